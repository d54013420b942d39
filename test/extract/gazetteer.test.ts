import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryOf, placeByCode, places, type Place } from '../../src/extract/gazetteer.js';

const all = places();
const ofType = (type: Place['type'], country?: string) => all.filter((p) => p.type === type && (!country || p.country === country));
const codes = (type: Place['type'], country: string) => new Set(ofType(type, country).map((p) => p.code));
const get = (code: string): Place => {
  const p = placeByCode(code);
  assert.ok(p, `no place ${code}`);
  return p;
};
const forms = (p: Place) => [...Object.values(p.names), ...Object.values(p.abbr), ...Object.values(p.adjectives)].flat();
/** The places that list this exact form as a name, abbreviation or adjective. */
const withForm = (form: string) => all.filter((p) => forms(p).includes(form)).map((p) => p.code);

test('covers every ISO 3166-1 country and the subdivisions of the region', () => {
  assert.ok(ofType('country').length >= 249);
  assert.ok(codes('region', 'RU').size >= 83);
  const expected: Record<string, string[]> = {
    RU: [
      'RU-ALT',
      'RU-AL',
      'RU-NVS',
      'RU-OMS',
      'RU-BU',
      'RU-AMU',
      'RU-PRI',
      'RU-KEM',
      'RU-TYU',
      'RU-SVE',
      'RU-CHE',
      'RU-MOW',
      'RU-SPE',
      'RU-YEV',
    ],
    KZ: ['KZ-VOS', 'KZ-SEV', 'KZ-ZAP', 'KZ-PAV', 'KZ-KAR', 'KZ-AKM', 'KZ-KUS', 'KZ-AKT', 'KZ-ATY', 'KZ-MAN', 'KZ-ZHA', 'KZ-YUZ'],
    KG: ['KG-B', 'KG-C', 'KG-GB', 'KG-GO', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y'],
    UZ: ['UZ-AN', 'UZ-BU', 'UZ-FA', 'UZ-JI', 'UZ-NG', 'UZ-NW', 'UZ-QA', 'UZ-QR', 'UZ-SA', 'UZ-SI', 'UZ-SU', 'UZ-TK', 'UZ-TO', 'UZ-XO'],
    TJ: ['TJ-DU', 'TJ-GB', 'TJ-KT', 'TJ-RA', 'TJ-SU'],
    TM: ['TM-A', 'TM-B', 'TM-D', 'TM-L', 'TM-M', 'TM-S'],
    BY: ['BY-BR', 'BY-HO', 'BY-HR', 'BY-MA', 'BY-MI', 'BY-VI', 'BY-HM'],
    MN: ['MN-1', 'MN-049', 'MN-043', 'MN-071', 'MN-041'],
    CN: ['CN-XJ', 'CN-HL', 'CN-JL', 'CN-NM', 'CN-LN', 'CN-BJ', 'CN-SH', 'CN-GD'],
  };
  for (const [country, list] of Object.entries(expected)) {
    const have = codes('region', country);
    for (const code of list) assert.ok(have.has(code), `missing ${code}`);
  }
  const kz = codes('region', 'KZ');
  assert.ok(kz.size >= 17);
  for (const code of ['KZ-AST', 'KZ-ALA', 'KZ-SHY', 'KZ-ALM', 'KZ-10', 'KZ-33', 'KZ-62']) assert.ok(kz.has(code), `missing ${code}`);
  assert.equal(codes('region', 'CN').size, 31);
  for (const country of ['AZ', 'AM', 'GE', 'MD']) assert.ok(codes('region', country).size >= 10, country);
});

test('codes are well-formed and unique, and every reference resolves', () => {
  const seen = new Set<string>();
  for (const p of all) {
    const shape = p.type === 'country' ? /^[A-Z]{2}$/ : p.type === 'region' ? /^[A-Z]{2}-[A-Z0-9]{1,3}$/ : /^[A-Z]{2}:[a-z0-9-]+$/;
    assert.match(p.code, shape);
    assert.ok(p.code.startsWith(p.country), p.code);
    for (const c of [p.code, ...(p.aliases ?? [])]) {
      assert.ok(!seen.has(c), `duplicate ${c}`);
      seen.add(c);
    }
    assert.ok(p.names.ru.length && p.names.en.length, `${p.code} lacks a ru or en name`);
    for (const f of p.ambiguous ?? []) assert.ok(forms(p).includes(f), `${p.code}: flagged form ${f} is not its own`);
  }
  for (const p of all) {
    if (p.type === 'city') assert.ok(p.region && seen.has(p.region), `${p.code}: region ${p.region}`);
    if (p.capital_of) assert.equal(get(p.capital_of).type, 'country');
    if (p.centre) assert.equal(get(p.centre).type, 'city');
  }
});

test('countries have Russian and English names, abbreviations and adjectives', () => {
  const kg = get('KG');
  for (const n of ['Кыргызстан', 'Киргизия', 'Кыргызская Республика']) assert.ok(kg.names.ru.includes(n), n);
  for (const n of ['Kyrgyzstan', 'Kyrgyz Republic']) assert.ok(kg.names.en.includes(n), n);
  assert.ok(get('CN').names.ru.includes('Китай'));
  assert.deepEqual(get('CN').abbr, { ru: ['КНР'], en: ['PRC'], mn: ['БНХАУ'] });
  assert.ok(get('BY').names.ru.includes('Белоруссия') && get('BY').names.ru.includes('Республика Беларусь'));
  for (const [code, abbr] of [
    ['RU', 'РФ'],
    ['KZ', 'РК'],
    ['US', 'США'],
    ['US', 'USA'],
    ['AE', 'ОАЭ'],
    ['AE', 'UAE'],
    ['GB', 'UK'],
  ])
    assert.ok(Object.values(get(code!).abbr).flat().includes(abbr!), `${code} ${abbr}`);
  const adjectives: Record<string, [string, string]> = {
    RU: ['российский', 'Russian'],
    KZ: ['казахстанский', 'Kazakhstani'],
    KG: ['киргизский', 'Kyrgyz'],
    UZ: ['узбекский', 'Uzbek'],
    BY: ['белорусский', 'Belarusian'],
    CN: ['китайский', 'Chinese'],
    MN: ['монгольский', 'Mongolian'],
    TJ: ['таджикский', 'Tajik'],
    TM: ['туркменский', 'Turkmen'],
    TR: ['турецкий', 'Turkish'],
    IR: ['иранский', 'Iranian'],
    AZ: ['азербайджанский', 'Azerbaijani'],
    VN: ['вьетнамский', 'Vietnamese'],
  };
  for (const [code, [ru, en]] of Object.entries(adjectives)) {
    assert.ok(get(code).adjectives.ru.includes(ru), ru);
    assert.ok(get(code).adjectives.en.includes(en), en);
  }
  assert.ok(get('KZ').names.kk?.includes('Қазақстан'));
});

test('regions carry the usual name patterns, informal names and adjectives', () => {
  const has = (code: string, form: string) => assert.ok(forms(get(code)).includes(form), `${code}: ${form}`);
  has('RU-OMS', 'Омская область');
  has('RU-OMS', 'Omsk Oblast');
  has('RU-OMS', 'Omsk Region');
  has('RU-OMS', 'Прииртышье');
  has('RU-OMS', 'омский');
  assert.ok(!forms(get('RU-OMS')).includes('Омская'));
  has('RU-NVS', 'Novosibirsk Oblast');
  has('RU-ALT', 'алтайский');
  has('RU-AL', 'Республика Алтай');
  has('RU-AL', 'горно-алтайский');
  assert.ok(get('RU-AL').ambiguous?.includes('Алтай'));
  for (const [code, form] of [
    ['RU-AMU', 'Приамурье'],
    ['RU-PRI', 'Primorye'],
    ['RU-KEM', 'Кузбасс'],
    ['RU-KHM', 'ХМАО'],
    ['RU-YAN', 'ЯНАО'],
    ['RU-YEV', 'ЕАО'],
    ['RU-KGN', 'Зауралье'],
    ['RU-KDA', 'Кубань'],
    ['RU-BA', 'Башкирия'],
    ['RU-SA', 'Yakutia'],
    ['RU-TY', 'Тува'],
    ['RU-BU', 'бурятский'],
    ['KZ-VOS', 'ВКО'],
    ['KZ-VOS', 'Восточный Казахстан'],
    ['KZ-VOS', 'восточно-казахстанский'],
    ['KZ-SEV', 'северо-казахстанский'],
    ['KZ-YUZ', 'ЮКО'],
    ['KZ-YUZ', 'Туркестанская область'],
    ['KZ-10', 'область Абай'],
    ['KZ-10', 'Abai Region'],
    ['KZ-33', 'Jetisu'],
    ['KZ-62', 'Улытауская область'],
    ['KG-O', 'Osh Oblast'],
    ['KG-O', 'ошский'],
    ['UZ-SI', 'сырдарьинский'],
    ['CN-JL', 'провинция Цзилинь'],
    ['CN-JL', 'Jilin Province'],
    ['CN-XJ', 'СУАР'],
    ['CN-XJ', 'Синьцзян'],
    ['CN-NM', 'Внутренняя Монголия'],
    ['MN-049', 'аймак Сэлэнгэ'],
    ['MN-049', 'Селенгинский аймак'],
    ['MN-049', 'Selenge aimag'],
    ['MN-049', 'Selenge Province'],
  ])
    has(code!, form!);
});

test('old and renumbered codes resolve to the current entry', () => {
  assert.equal(get('KZ-63').code, 'KZ-VOS');
  assert.equal(get('CN-65').code, 'CN-XJ');
  assert.equal(get('cn-hl').code, 'CN-HL');
  assert.ok(get('IR-10').names.en.includes('Isfahan Province'));
  assert.equal(countryOf('RU-ALT'), 'RU');
  assert.equal(countryOf('RU:barnaul'), 'RU');
  assert.equal(countryOf('KZ-63'), 'KZ');
  assert.equal(countryOf('BR-SP'), 'BR');
  assert.equal(countryOf('not a code'), undefined);
});

test('cities map to their regions, with the English name first', () => {
  const city = (en: string) => {
    const found = ofType('city').filter((p) => p.names.en.includes(en));
    assert.equal(found.length, 1, en);
    return found[0]!;
  };
  assert.equal(city('Barnaul').region, 'RU-ALT');
  assert.equal(city('Ulan-Ude').region, 'RU-BU');
  assert.equal(city('Semipalatinsk').names.en[0], 'Semey');
  assert.equal(city('Semey').region, 'KZ-10');
  assert.ok(city('Semey').adjectives.ru.includes('семейский'));
  assert.ok(city('Ust-Kamenogorsk').names.kk?.includes('Өскемен'));
  assert.equal(city('Petropavlovsk').names.en[0], 'Petropavl');
  assert.ok(city('Almaty').names.ru.includes('Алма-Ата'));
  assert.ok(city('Nur-Sultan').names.ru.includes('Астана'));
  const ownCode: Record<string, string> = {
    Moscow: 'RU-MOW',
    Minsk: 'BY-HM',
    Tashkent: 'UZ-TK',
    Almaty: 'KZ-ALA',
    Astana: 'KZ-AST',
    Shymkent: 'KZ-SHY',
    Bishkek: 'KG-GB',
    Osh: 'KG-GO',
    Ulaanbaatar: 'MN-1',
    Dushanbe: 'TJ-DU',
    Ashgabat: 'TM-S',
    Beijing: 'CN-BJ',
  };
  for (const [en, region] of Object.entries(ownCode)) assert.equal(city(en).region, region, en);
  assert.equal(city('Bishkek').capital_of, 'KG');
  for (const en of ['Harbin', 'Heihe', 'Suifenhe', 'Hunchun', 'Urumqi', 'Manzhouli', 'Erenhot', 'Changchun', 'Dalian'])
    assert.equal(city(en).country, 'CN', en);
  const barnaul = city('Barnaul');
  assert.ok(Math.abs(barnaul.lat! - 53.35) < 0.2 && Math.abs(barnaul.lon! - 83.77) < 0.2);
  assert.equal(get('RU-ALT').centre, barnaul.code);
});

test('shared abbreviations and names are flagged on every place that has them', () => {
  assert.deepEqual(withForm('РБ').sort(), ['BY', 'RU-BA', 'RU-BU']);
  for (const code of withForm('РБ')) assert.ok(get(code).ambiguous?.includes('РБ'), code);
  const khorgos = withForm('Хоргос');
  assert.equal(khorgos.length, 2);
  for (const code of khorgos) assert.ok(get(code).ambiguous?.includes('Хоргос'), code);
  // A city and its own region, or a capital and its country, share names without ambiguity.
  assert.equal(get('RU-MOW').ambiguous, undefined);
  assert.equal(get('KG-GO').ambiguous, undefined);
});

test("every oblast and krai of Russia carries the generic words of the neighbours' languages", () => {
  const oblasts = ofType('region', 'RU').filter((p) => p.names.ru.some((n) => /^[А-ЯЁ][а-яё]+ская область$/.test(n)));
  assert.ok(oblasts.length >= 40);
  const lacking = oblasts.filter((p) => !['kk', 'ky', 'uz', 'tg', 'az'].every((lang) => p.names[lang]?.length));
  // Only oblasts whose English name is no bare proper name (Jewish Autonomous Oblast) may lack them.
  assert.ok(lacking.length <= 2, lacking.map((p) => p.code).join(' '));
  const has = (code: string, lang: string, form: string) => assert.ok(get(code).names[lang]?.includes(form), `${code} ${lang}: ${form}`);
  has('RU-SVE', 'uz', 'Sverdlovsk viloyati');
  has('RU-SVE', 'az', 'Sverdlovsk vilayəti');
  has('RU-LEN', 'tg', 'вилояти Ленинград');
  has('RU-PNZ', 'ky', 'Пенза облусу');
  has('RU-KRS', 'be', 'Курск* вобласц*');
  has('RU-ARK', 'uz', 'Arxangelsk viloyati');
  has('RU-KYA', 'kk', 'Красноярск өлкесі');
  has('UZ-FA', 'ky', 'Фергана облусу');
  has('TJ-KT', 'tg', 'вилояти Хатлон');
});

test('the field countries are named in Azerbaijani, Belarusian, Mongolian, Tajik and Turkmen, with suffixes', () => {
  const has = (code: string, lang: string, form: string) => assert.ok(get(code).names[lang]?.includes(form), `${code} ${lang}: ${form}`);
  has('RU', 'az', 'Rusiya');
  has('RU', 'az', 'Rusiy*');
  has('RU', 'be', 'Расі*');
  has('RU', 'tg', 'Русия');
  has('CN', 'mn', 'Хятад*');
  has('TJ', 'tg', 'Тоҷикистон*');
  // A prefix that begins another country's name is left out (Mongolian «Турк» and Туркменистан).
  assert.ok(!get('TR').names.mn?.includes('Турк*'));
  assert.deepEqual(withForm('Турк*'), []);
});

test('Armenian marzes have their bare names; bare Nakhchivan is the autonomous republic', () => {
  assert.deepEqual(withForm('Vayots Dzor'), ['AM-VD']);
  assert.deepEqual(withForm('Гегаркуникская область'), ['AM-GR']);
  assert.ok(withForm('Nakhchivan').includes('AZ-NX'));
  assert.ok(!withForm('Nakhchivan').includes('AZ-NV'));
  assert.ok(get('IR-07').ambiguous?.includes('Fars'));
});
