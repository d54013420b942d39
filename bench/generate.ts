// Deterministic synthetic articles for the benchmarks: regional cooperation news in Russian and
// English (about 2–4 KB each), assembled from our own templates with varied places, people,
// goods and figures. The same seed always gives the same articles.
//   npx tsx bench/generate.ts N DIR [SEED]   writes N .txt files (a ` date` header, title, body)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import seedrandom from 'seedrandom';

export interface Article {
  id: string;
  lang: 'ru' | 'en';
  published: string;
  title: string;
  /** The file form: a ` date YYYY-MM-DD` line, the title, then paragraphs. */
  text: string;
}

interface Place {
  /** Russian: nominative, genitive, locative ("в …"); English name. */
  ru: [string, string, string];
  en: string;
  /** The head's title (Russian, English) and the main city (Russian locative: "в …", English). */
  head: [string, string];
  city: [string, string];
}

const RUSSIAN_REGIONS: Place[] = [
  { ru: ['Алтайский край', 'Алтайского края', 'Алтайском крае'], en: 'Altai Krai', head: ['губернатор', 'Governor'], city: ['Барнауле', 'Barnaul'] },
  { ru: ['Омская область', 'Омской области', 'Омской области'], en: 'Omsk Region', head: ['губернатор', 'Governor'], city: ['Омске', 'Omsk'] },
  { ru: ['Новосибирская область', 'Новосибирской области', 'Новосибирской области'], en: 'Novosibirsk Region', head: ['губернатор', 'Governor'], city: ['Новосибирске', 'Novosibirsk'] },
  { ru: ['Республика Бурятия', 'Республики Бурятия', 'Республике Бурятия'], en: 'the Republic of Buryatia', head: ['глава', 'Head'], city: ['Улан-Удэ', 'Ulan-Ude'] },
  { ru: ['Томская область', 'Томской области', 'Томской области'], en: 'Tomsk Region', head: ['губернатор', 'Governor'], city: ['Томске', 'Tomsk'] },
  { ru: ['Челябинская область', 'Челябинской области', 'Челябинской области'], en: 'Chelyabinsk Region', head: ['губернатор', 'Governor'], city: ['Челябинске', 'Chelyabinsk'] },
  { ru: ['Оренбургская область', 'Оренбургской области', 'Оренбургской области'], en: 'Orenburg Region', head: ['губернатор', 'Governor'], city: ['Оренбурге', 'Orenburg'] },
  { ru: ['Красноярский край', 'Красноярского края', 'Красноярском крае'], en: 'Krasnoyarsk Krai', head: ['губернатор', 'Governor'], city: ['Красноярске', 'Krasnoyarsk'] },
  { ru: ['Иркутская область', 'Иркутской области', 'Иркутской области'], en: 'Irkutsk Region', head: ['губернатор', 'Governor'], city: ['Иркутске', 'Irkutsk'] },
  { ru: ['Курганская область', 'Курганской области', 'Курганской области'], en: 'Kurgan Region', head: ['губернатор', 'Governor'], city: ['Кургане', 'Kurgan'] },
]; // prettier-ignore

const PARTNERS: Place[] = [
  { ru: ['Восточно-Казахстанская область', 'Восточно-Казахстанской области', 'Восточно-Казахстанской области'], en: 'East Kazakhstan Region', head: ['аким', 'Akim'], city: ['Усть-Каменогорске', 'Ust-Kamenogorsk'] },
  { ru: ['Северо-Казахстанская область', 'Северо-Казахстанской области', 'Северо-Казахстанской области'], en: 'North Kazakhstan Region', head: ['аким', 'Akim'], city: ['Петропавловске', 'Petropavl'] },
  { ru: ['Павлодарская область', 'Павлодарской области', 'Павлодарской области'], en: 'Pavlodar Region', head: ['аким', 'Akim'], city: ['Павлодаре', 'Pavlodar'] },
  { ru: ['Узбекистан', 'Узбекистана', 'Узбекистане'], en: 'Uzbekistan', head: ['министр инвестиций', 'Minister of Investment'], city: ['Ташкенте', 'Tashkent'] },
  { ru: ['Самаркандская область', 'Самаркандской области', 'Самаркандской области'], en: 'Samarkand Region', head: ['хоким', 'Hokim'], city: ['Самарканде', 'Samarkand'] },
  { ru: ['Киргизия', 'Киргизии', 'Киргизии'], en: 'Kyrgyzstan', head: ['министр экономики', 'Minister of Economy'], city: ['Бишкеке', 'Bishkek'] },
  { ru: ['Монголия', 'Монголии', 'Монголии'], en: 'Mongolia', head: ['посол', 'Ambassador'], city: ['Улан-Баторе', 'Ulaanbaatar'] },
  { ru: ['Таджикистан', 'Таджикистана', 'Таджикистане'], en: 'Tajikistan', head: ['министр промышленности', 'Minister of Industry'], city: ['Душанбе', 'Dushanbe'] },
  { ru: ['Минская область', 'Минской области', 'Минской области'], en: 'Minsk Region', head: ['председатель облисполкома', 'Chairman'], city: ['Минске', 'Minsk'] },
  { ru: ['Синьцзян-Уйгурский автономный район', 'Синьцзян-Уйгурского автономного района', 'Синьцзян-Уйгурском автономном районе'], en: 'Xinjiang', head: ['вице-губернатор', 'Vice Governor'], city: ['Урумчи', 'Urumqi'] },
]; // prettier-ignore

/** Goods: Russian (accusative plural-safe) and English. */
const GOODS: [string, string][] = [
  ['зерно', 'grain'], ['муку', 'flour'], ['подсолнечное масло', 'sunflower oil'], ['сельскохозяйственную технику', 'farm machinery'],
  ['уголь', 'coal'], ['хлопковое волокно', 'cotton fibre'], ['свежие фрукты', 'fresh fruit'], ['овощи', 'vegetables'],
  ['пиломатериалы', 'sawn timber'], ['минеральные удобрения', 'mineral fertilisers'], ['говядину', 'beef'], ['молочную продукцию', 'dairy products'],
  ['железнодорожные вагоны', 'railway wagons'], ['шерсть', 'wool'], ['металлопрокат', 'rolled steel'], ['кондитерские изделия', 'confectionery'],
  ['лекарственные препараты', 'medicines'], ['текстиль', 'textiles'], ['сухофрукты', 'dried fruit'], ['семена рапса', 'rapeseed'],
]; // prettier-ignore

const SECTORS: [string, string][] = [
  ['сельское хозяйство', 'agriculture'], ['машиностроение', 'engineering'], ['образование', 'education'], ['туризм', 'tourism'],
  ['логистику', 'logistics'], ['здравоохранение', 'healthcare'], ['энергетику', 'energy'], ['культурный обмен', 'cultural exchange'],
  ['цифровые технологии', 'digital technology'], ['ветеринарию', 'veterinary services'], ['горнодобывающую отрасль', 'mining'],
]; // prettier-ignore

const FIRST: [string, string][] = [
  ['Андрей', 'Andrei'], ['Олег', 'Oleg'], ['Сергей', 'Sergei'], ['Марат', 'Marat'], ['Ерлан', 'Yerlan'], ['Бахтиёр', 'Bakhtiyor'],
  ['Айбек', 'Aibek'], ['Ганбаатар', 'Ganbaatar'], ['Ирина', 'Irina'], ['Дилноза', 'Dilnoza'], ['Нурлан', 'Nurlan'], ['Тимур', 'Timur'],
]; // prettier-ignore
const LAST: [string, string][] = [
  ['Веретенников', 'Veretennikov'], ['Сарыбаев', 'Sarybayev'], ['Холматов', 'Kholmatov'], ['Ордабеков', 'Ordabekov'],
  ['Лыткин', 'Lytkin'], ['Жумабеков', 'Zhumabekov'], ['Турсунов', 'Tursunov'], ['Батсурэн', 'Batsuren'], ['Крапивин', 'Krapivin'],
  ['Исмаилов', 'Ismailov'], ['Кожахметов', 'Kozhakhmetov'], ['Савельев', 'Savelyev'],
]; // prettier-ignore

const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Rng = () => number;

interface Story {
  home: Place;
  partner: Place;
  homeHead: string[];
  partnerHead: string[];
  goodsOut: [string, string][];
  goodsIn: [string, string][];
  sectors: [string, string][];
  turnover: number;
  growth: number;
  year: number;
  month: number;
  day: number;
  until: number;
  companies: number;
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
function some<T>(rng: Rng, list: readonly T[], n: number): T[] {
  const copy = [...list];
  return Array.from({ length: Math.min(n, copy.length) }, () => copy.splice(Math.floor(rng() * copy.length), 1)[0]!);
}
const person = (rng: Rng): string[] => {
  const [f, l] = [pick(rng, FIRST), pick(rng, LAST)];
  return [`${f[0]} ${l[0]}`, `${f[1]} ${l[1]}`];
};
const list = (items: string[], and: string): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

function story(rng: Rng): Story {
  const year = 2023 + Math.floor(rng() * 3);
  return {
    home: pick(rng, RUSSIAN_REGIONS),
    partner: pick(rng, PARTNERS),
    homeHead: person(rng),
    partnerHead: person(rng),
    goodsOut: some(rng, GOODS, 2 + Math.floor(rng() * 3)),
    goodsIn: some(rng, GOODS, 1 + Math.floor(rng() * 3)),
    sectors: some(rng, SECTORS, 3 + Math.floor(rng() * 3)),
    turnover: Math.round(20 + rng() * 900),
    growth: Math.round(rng() * 600) / 10,
    year,
    month: Math.floor(rng() * 12),
    day: 1 + Math.floor(rng() * 28),
    until: year + 2 + Math.floor(rng() * 4),
    companies: 5 + Math.floor(rng() * 60),
  };
}

// Paragraph templates: each takes the story and gives one paragraph. Sentences are ours.
type Paragraph = (s: Story) => string;
const RU: Paragraph[] = [
  (s) =>
    `${cap(s.home.head[0])} ${s.home.ru[1]} ${s.homeHead[0]} и ${s.partner.head[0]} ${s.partner.ru[1]} ${s.partnerHead[0]} провели переговоры в ${s.home.city[0]}. Стороны обсудили развитие торговли, промышленную кооперацию и новые логистические маршруты.`,
  (s) =>
    `По итогам встречи подписано соглашение о торгово-экономическом, научно-техническом и гуманитарном сотрудничестве, а также дорожная карта до ${s.until} года. Документ предусматривает совместные проекты в сферах: ${list(s.sectors.map((x) => x[0]), 'и')}.`,
  (s) =>
    `Товарооборот ${s.home.ru[1]} и ${s.partner.ru[1]} по итогам ${s.year - 1} года составил ${s.turnover} млн долларов, что на ${fmt(s.growth, ',')}% больше, чем годом ранее. Регион поставляет партнёрам ${list(s.goodsOut.map((g) => g[0]), 'и')}.`,
  (s) => `В обратном направлении идут ${list(s.goodsIn.map((g) => g[0]), 'и')}. Участники встречи договорились упростить оформление грузов на пограничных переходах и увеличить число контейнерных поездов.`,
  (s) =>
    `«Мы видим большой потенциал для роста. Наши предприятия готовы наращивать выпуск и открывать совместные производства», — отметил ${s.homeHead[0]}. По его словам, уже сегодня с партнёрами из ${s.partner.ru[1]} работают ${s.companies} компаний региона.`,
  (s) =>
    `${cap(s.partner.head[0])} ${s.partnerHead[0]} пригласил делегацию ${s.home.ru[1]} принять участие в международной выставке, которая пройдёт в ${s.partner.city[0]} в ${s.year + 1} году, и предложил организовать бизнес-миссию для производителей продовольствия.`,
  (s) =>
    `Отдельное внимание уделили подготовке кадров: вузы ${s.home.ru[1]} принимают студентов из ${s.partner.ru[1]}, а в следующем учебном году число бюджетных мест планируется увеличить. Обсуждалась и организация летних школ для преподавателей.`,
  (s) =>
    `В ${s.home.ru[2]} продолжается строительство логистического центра, который позволит сократить сроки доставки грузов до ${s.partner.ru[1]} почти вдвое. Первая очередь объекта должна заработать к концу ${s.year + 1} года.`,
  () =>
    `Делегация также посетила несколько предприятий агропромышленного комплекса, познакомилась с работой селекционного центра и технопарка. Гости высоко оценили опыт региона в переработке сельхозсырья.`,
  (s) => `Следующее заседание рабочей группы по сотрудничеству стороны условились провести в ${s.year + 1} году. До этого времени планируется подготовить перечень из ${3 + (s.companies % 7)} приоритетных инвестиционных проектов.`,
  () => `Напомним, что межрегиональные связи активно развиваются в последние годы: растёт число прямых авиарейсов, расширяется сотрудничество в сфере туризма, культуры и спорта.`,
]; // prettier-ignore

const EN: Paragraph[] = [
  (s) =>
    `${s.home.head[1]} of ${s.home.en} ${s.homeHead[1]} and ${s.partner.head[1]} of ${s.partner.en} ${s.partnerHead[1]} held talks in ${s.home.city[1]} on ${MONTHS_EN[s.month]} ${s.day}. The sides discussed trade, industrial cooperation and new transport routes.`,
  (s) =>
    `Following the meeting, the parties signed a memorandum of understanding on trade, economic and humanitarian cooperation and a roadmap until ${s.until}. The document covers joint projects in ${list(s.sectors.map((x) => x[1]), 'and')}.`,
  (s) =>
    `Trade between ${s.home.en} and ${s.partner.en} reached ${s.turnover} million US dollars in ${s.year - 1}, up ${fmt(s.growth, '.')}% on the previous year. The region ships ${list(s.goodsOut.map((g) => g[1]), 'and')} to its partners.`,
  (s) => `In the other direction come ${list(s.goodsIn.map((g) => g[1]), 'and')}. The participants agreed to simplify customs clearance at border crossings and to add more container trains.`,
  (s) =>
    `"We see a lot of room for growth. Our companies are ready to expand output and set up joint production," ${s.homeHead[1]} said, adding that ${s.companies} companies from the region already work with partners in ${s.partner.en}.`,
  (s) =>
    `${s.partnerHead[1]} invited a delegation from ${s.home.en} to an international exhibition to be held in ${s.partner.city[1]} in ${s.year + 1} and proposed a business mission for food producers.`,
  (s) =>
    `Education was also on the agenda: universities in ${s.home.en} host students from ${s.partner.en}, and the number of state-funded places is set to grow next academic year. Summer schools for teachers were discussed as well.`,
  (s) =>
    `A logistics hub under construction in ${s.home.en} is expected to nearly halve delivery times to ${s.partner.en}. Its first phase should open by the end of ${s.year + 1}.`,
  () =>
    `The delegation toured several agricultural enterprises and visited a plant-breeding centre and a technology park. The guests praised the region's experience in processing farm produce.`,
  (s) => `The working group on cooperation will meet again in ${s.year + 1}. By then, the sides plan to draw up a list of ${3 + (s.companies % 7)} priority investment projects.`,
  () => `Ties between the regions have grown steadily in recent years, with more direct flights and wider cooperation in tourism, culture and sport.`,
]; // prettier-ignore

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const fmt = (n: number, point: string) => String(n).replace('.', point);

function titleOf(s: Story, lang: 'ru' | 'en'): string {
  return lang === 'ru'
    ? `${s.home.ru[0]} и ${s.partner.ru[0]} договорились о расширении сотрудничества`
    : `${cap(s.home.en)} and ${s.partner.en} agree to expand cooperation`;
}

/** The i-th article of the stream for `seed`: independent of how many come before it. */
export function article(i: number, seed = 'coopgraph'): Article {
  const rng = seedrandom(`${seed}:${i}`);
  const s = story(rng);
  const lang = rng() < 0.6 ? 'ru' : 'en';
  const templates = lang === 'ru' ? RU : EN;
  // The opening four paragraphs carry the story; the rest are drawn (with repeats of the
  // background kinds) until the article is 2–4 KB.
  const target = 2000 + Math.floor(rng() * 2000);
  const paragraphs = templates.slice(0, 4).map((t) => t(s));
  const rest = some(rng, templates.slice(4), templates.length - 4);
  for (const t of rest) {
    if (Buffer.byteLength(paragraphs.join('\n\n')) >= target) break;
    paragraphs.push(t(s));
  }
  const published = `${s.year}-${String(s.month + 1).padStart(2, '0')}-${String(Math.min(s.day + 1, 28)).padStart(2, '0')}`;
  const title = titleOf(s, lang);
  const dateline = lang === 'ru' ? `${s.day} ${MONTHS_RU[s.month]} ${s.year}` : `${MONTHS_EN[s.month]} ${s.day}, ${s.year}`;
  const text = ` date ${published}\n${title}\n\n${dateline}\n\n${paragraphs.join('\n\n')}\n`;
  return { id: `bench-${String(i).padStart(6, '0')}`, lang, published, title, text };
}

export function* articles(n: number, seed?: string): Generator<Article> {
  for (let i = 0; i < n; i++) yield article(i, seed);
}

/** Writes `n` articles as DIR/bench-NNNNNN.txt; returns the bytes written. */
export function writeArticles(dir: string, n: number, seed?: string): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const a of articles(n, seed)) {
    writeFileSync(join(dir, `${a.id}.txt`), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [n, dir, seed] = process.argv.slice(2);
  if (!n || !dir) {
    console.error('usage: tsx bench/generate.ts N DIR [SEED]');
    process.exit(2);
  }
  const bytes = writeArticles(dir, Number(n), seed);
  console.log(`wrote ${n} articles (${(bytes / 1e6).toFixed(1)} MB) to ${dir}`);
}
