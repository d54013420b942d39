// Language of a document. The script and the letters only some alphabets have pick the candidate
// languages (a Russian text that names "Ұлытау" once stays Russian: letters count by density);
// franc's trigram models, restricted to those candidates, decide between look-alikes.
import { franc } from 'franc-all';

/** ISO 639-3 (franc) → ISO 639-1 for the languages we may meet. */
const ISO1: Record<string, string> = {
  rus: 'ru',
  eng: 'en',
  kaz: 'kk',
  kir: 'ky',
  uzn: 'uz',
  ukr: 'uk',
  bel: 'be',
  tgk: 'tg',
  khk: 'mn',
  tat: 'tt',
  tuk: 'tk',
  azj: 'az',
  tur: 'tr',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  cmn: 'zh',
  arb: 'ar',
  pes: 'fa',
};

/**
 * The letters each Cyrillic alphabet has beyond Russian's. A text is in another alphabet when such
 * letters reach a share of its letters (a name or two in a Russian text stays below it); the
 * candidates are the alphabets that have every such letter the text uses more than once (Kazakh
 * shares қ and ғ with Uzbek and ө, ү, ң with Kyrgyz, so no single letter decides).
 */
const ALPHABETS: Record<string, string> = {
  kaz: 'әғқңөұүһі',
  kir: 'ңөү',
  uzn: 'ўқғҳ',
  tgk: 'ғӣқӯҳҷ',
  tat: 'әөүҗңһ',
  khk: 'өү',
  bel: 'ўі',
  ukr: 'іїєґ',
};
const MARKED = new RegExp(`[${[...new Set(Object.values(ALPHABETS).join(''))].join('')}]`, 'gu');
const MARKED_DENSITY = 0.03;
/** Uzbek Latin oʻ gʻ (modifier letter, or the apostrophes typed in its place). */
const UZBEK_LATIN = /[og][ʻʼ'‘’`]/giu;
const LATIN_CANDIDATES = ['eng', 'uzn', 'tur', 'azj', 'tuk', 'deu', 'fra', 'spa'];
/** English function words: a fifth of the words of any English prose, rare in other languages. */
const ENGLISH_FUNCTION_WORDS = new Set('the of and a an in to is are was for on with by at from that about'.split(' '));
const MIN_ENGLISH_SHARE = 0.1;
/** Share of oʻ/gʻ among the letters from which a Latin text is Uzbek (Uzbek: about 1%). */
const UZBEK_DENSITY = 0.004;
/** Franc reads this much; a news article's language shows in its first paragraphs. */
const SAMPLE = 2000;

export function detectLang(text: string): string {
  const sample = text.slice(0, SAMPLE * 2).toLowerCase();
  const cyrillic = countScript(sample, CYRILLIC);
  const latin = countScript(sample, LATIN);
  if (cyrillic === 0 && latin === 0) return otherScript(sample);
  if (cyrillic >= latin) return cyrillicLang(sample, cyrillic);
  if (count(sample, UZBEK_LATIN) / latin >= UZBEK_DENSITY) return 'uz';
  const latinWords = sample.match(/\p{Script=Latin}+/gu) ?? [];
  const english = latinWords.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return english / latinWords.length >= MIN_ENGLISH_SHARE ? 'en' : pick(sample, LATIN_CANDIDATES, 'en');
}

function cyrillicLang(sample: string, letters: number): string {
  const marks = sample.match(MARKED) ?? [];
  if (marks.length / letters < MARKED_DENSITY) return 'ru';
  const times = new Map<string, number>();
  for (const m of marks) times.set(m, (times.get(m) ?? 0) + 1);
  const used = [...times].filter(([, n]) => n > 1).map(([letter]) => letter);
  const covers = (lang: string) => used.filter((l) => ALPHABETS[lang]!.includes(l)).length;
  const best = Math.max(...Object.keys(ALPHABETS).map(covers));
  const candidates = Object.keys(ALPHABETS).filter((lang) => covers(lang) === best);
  return pick(sample, candidates, 'ru');
}

function otherScript(sample: string): string {
  if (/\p{Script=Han}/u.test(sample)) return 'zh';
  if (/\p{Script=Arabic}/u.test(sample)) return pick(sample, ['arb', 'pes'], 'ar');
  return 'und';
}

function pick(sample: string, only: string[], fallback: string): string {
  if (only.length === 1) return ISO1[only[0]!] ?? fallback;
  const code = franc(sample.slice(0, SAMPLE), { only, minLength: 10 });
  return ISO1[code] ?? fallback;
}

/** A script's letters: a table of the Basic Multilingual Plane made once, a pattern for the rest. */
interface Script {
  re: RegExp;
  bmp: Uint8Array | null;
}
const CYRILLIC: Script = { re: /^\p{Script=Cyrillic}$/u, bmp: null };
const LATIN: Script = { re: /^\p{Script=Latin}$/u, bmp: null };

/** How many characters of a script a text has, counted without making a string per character. */
function countScript(s: string, script: Script): number {
  if (!script.bmp) {
    script.bmp = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) script.bmp[c] = script.re.test(String.fromCharCode(c)) ? 1 : 0;
  }
  const bmp = script.bmp;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) n += bmp[c]!;
    else {
      const point = s.codePointAt(i)!;
      if (point > 0xffff) i++;
      if (script.re.test(String.fromCodePoint(point))) n++;
    }
  }
  return n;
}

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}
