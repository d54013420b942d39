// Lists what each language module and the gazetteer lack, for the languages of the field's own
// media (Kazakh, Kyrgyz, Uzbek, Tajik, Azerbaijani, Belarusian, Mongolian):
//   npx tsx scripts/check-languages.ts
// A module: month names (twelve, with their case forms), document words, event words, the words
// of intention, and office titles (regional head, mayor, minister, deputy, ambassador). The
// gazetteer: every first-level unit of the field's countries with a Russian and an English name,
// and a name in the country's own language with its generic word («облысы», «viloyati»/«вилоят»,
// «облусу», «вилояти», «rayonu», «вобласць», «аймаг»). Prints one line per gap; exit code 0 with
// none, 1 otherwise. What it cannot judge (a wrong form) the tests of each language show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLexicon } from '../src/core/paths.js';
import type { Place } from '../src/extract/gazetteer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['kk', 'ky', 'uz', 'tg', 'az', 'be', 'mn'] as const;

type Table = Record<string, unknown>;
const triggers = readLexicon<Record<string, Table>>('triggers');
const offices = readLexicon<{ lang: string; role: string; terms: string[] }[]>('offices');

/** The terms of one language under a trigger key: "event.meeting", "future". */
function terms(key: string, lang: string): string[] {
  let node: unknown = triggers;
  for (const part of key.split('.')) node = (node as Table | undefined)?.[part];
  const list = (node as Table | undefined)?.[lang];
  return Array.isArray(list) ? (list as string[]) : [];
}

const gaps: string[] = [];
const gap = (what: string) => gaps.push(what);

const NEEDED_TRIGGERS = [
  'event.meeting',
  'event.visit',
  'event.signing',
  'event.forum',
  'event.proposal',
  'agreement.agreement',
  'agreement.memorandum',
  'agreement.protocol',
  'agreement.roadmap',
  'agreement.plan',
  'agreement.contract',
  'agreement.other',
  'plan.visit',
  'plan.project',
  'future',
  'intention',
];
/** Roles a module must name, each by one of the roles listed. */
const NEEDED_ROLES: Record<string, string[]> = {
  'head of a region': ['akim', 'hokim', 'governor', 'regional_head'],
  mayor: ['official', 'akim', 'hokim', 'regional_head'],
  minister: ['minister'],
  deputy: ['deputy'],
  ambassador: ['ambassador'],
  'head of state': ['head_of_state'],
  'head of government': ['head_of_government'],
};

for (const lang of LANGS) {
  let months: string[][] = [];
  try {
    months = readLexicon<{ months: string[][] }>(`lang/${lang}/calendar`).months;
  } catch {
    gap(`${lang}: no calendar.json`);
  }
  months.forEach((forms, i) => {
    if (!forms.length) gap(`${lang}: month ${i + 1} has no form`);
    // One bare form and no marks: its case forms are missing.
    else if (forms.length === 1 && !/[*+]$/.test(forms[0]!)) gap(`${lang}: month ${i + 1} has only «${forms[0]}»`);
  });
  for (const key of NEEDED_TRIGGERS) if (!terms(key, lang).length) gap(`${lang}: no ${key} words`);
  const roles = new Set(offices.filter((o) => o.lang === lang).map((o) => o.role));
  const mayor = offices.some(
    (o) => o.lang === lang && o.terms.some((t) => /мэр|meri|шаар|шаҳр|қала|shahar|хот|гарвыканкам|şəhər|icra hakimiyyət/iu.test(t)),
  );
  for (const [what, any] of Object.entries(NEEDED_ROLES))
    if (what === 'mayor' ? !mayor : !any.some((r) => roles.has(r))) gap(`${lang}: no office title for a ${what}`);
}

/** The country's own language and its generic word for a first-level unit. */
const OWN: Record<string, [lang: string, generic: RegExp | null]> = {
  KZ: ['kk', /облыс/iu],
  KG: ['ky', /облус/iu],
  UZ: ['uz', /viloyat|вилоят|respublika/iu],
  TJ: ['tg', /вилоят|ноҳия|шаҳр/iu],
  TM: ['tk', /welaýat/iu],
  AZ: ['az', /rayon|şəhər|respublika/iu],
  BY: ['be', /вобласц/iu],
  MN: ['mn', /аймаг|хот/iu],
  RU: ['ru', null],
  AM: ['ru', null],
  GE: ['ru', null],
  CN: ['ru', null],
};
const places = JSON.parse(readFileSync(path.join(root, 'lexicons', 'places.json'), 'utf8')) as Place[];
/** Units whose centre is left out on purpose (AZ-NV, the city of Nakhchivan, is named by its city entry). */
const OWN_CENTRE: Record<string, string> = {
  'BY-MI': 'Minsk is a unit of its own (BY-HM)',
  'KG-O': 'Osh is a unit of its own (KG-GO)',
  'TJ-RA': 'districts around Dushanbe, no one centre',
  'AM-AV': 'Armavir: the name of a Russian city too',
};
const CITY_UNIT = /^(?:город|city)(?=\s)|\sCity$/iu;
for (const p of places) {
  if (p.type !== 'region' || !(p.country in OWN)) continue;
  const [lang, generic] = OWN[p.country]!;
  if (!p.names.ru?.length) gap(`${p.code}: no Russian name`);
  if (!p.names.en?.length) gap(`${p.code}: no English name`);
  const own = p.names[lang] ?? [];
  const isCity = [...(p.names.ru ?? []), ...(p.names.en ?? [])].some((n) => CITY_UNIT.test(n));
  if (!own.length && p.code !== 'AZ-NV') gap(`${p.code} (${p.names.en?.[0]}): no name in ${lang}`);
  else if (generic && !isCity && !own.some((n) => generic.test(n)))
    gap(`${p.code} (${p.names.en?.[0]}): no ${lang} name with its generic word`);
  // Its main city mapped to it (Azerbaijan's rayons are named after theirs, its other units are cities).
  if (!p.centre && p.country !== 'AZ' && !isCity && !(p.code in OWN_CENTRE)) gap(`${p.code} (${p.names.en?.[0]}): no centre city`);
  if (p.country === 'UZ' && !own.some((n) => /\p{Script=Cyrillic}/u.test(n))) gap(`${p.code}: no Uzbek Cyrillic name`);
}

for (const g of gaps) console.log(g);
console.log(gaps.length ? `${gaps.length} gaps` : 'no gaps');
process.exitCode = gaps.length ? 1 : 0;
