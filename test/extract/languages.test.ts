// Kazakh, Uzbek (Latin and Cyrillic) and Kyrgyz news: agglutinated names, titles after the place
// they serve, verb-final clauses, case endings in place of prepositions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactsRecord } from '../../src/core/facts.js';
import { factsOf } from '../support/doc.js';
import { findQuantities } from '../../src/extract/numbers.js';
import { findDates, findPeriods } from '../../src/extract/dates.js';

const people = (f: FactsRecord) => f.people.map((p) => [p.name, p.role, p.actor]);
const flows = (f: FactsRecord) => f.flows.map((x) => [x.from, x.to, [...x.goods].sort()]);
const eventTypes = (f: FactsRecord) => new Set(f.events.map((e) => e.type));
const agreements = (f: FactsRecord) => f.agreements.map((a) => [a.kind, a.status, a.until]);
const turnover = (f: FactsRecord) => f.figures.filter((x) => x.metric === 'turnover').map((x) => [x.value, x.unit, x.period]);

const KK = [
  'Шығыс Қазақстан облысы мен Алтай өлкесі жол картасына қол қойды',
  '',
  'Шығыс Қазақстан облысының әкімі Ермек Көшербаев пен Алтай өлкесінің губернаторы Виктор Томенко Өскеменде кездесті.',
  'Тараптар 2027 жылға дейінгі ынтымақтастық жөніндегі жол картасына қол қойды.',
  'Былтыр Шығыс Қазақстан облысы мен Алтай өлкесі арасындағы тауар айналымы 250 млн долларды құрады.',
  'Шығыс Қазақстан облысы Алтай өлкесіне бидай мен ұн экспорттайды.',
  'Шығыс Қазақстан облысы Алтай өлкесінен көмір импорттайды.',
].join('\n');

test('a Kazakh story: parties, akim and governor, meeting, signed roadmap, flows both ways, turnover', () => {
  const f = factsOf(KK, 'kk');
  assert.deepEqual(new Set(f.actors), new Set(['KZ-VOS', 'RU-ALT']));
  assert.deepEqual(people(f), [
    ['Ермек Көшербаев', 'akim', 'KZ-VOS'],
    ['Виктор Томенко', 'governor', 'RU-ALT'],
  ]);
  assert.ok(eventTypes(f).has('meeting') && eventTypes(f).has('signing'));
  assert.equal(f.events.find((e) => e.type === 'meeting')?.place, 'Oskemen');
  assert.deepEqual(agreements(f), [['roadmap', 'signed', 2027]]);
  assert.deepEqual(flows(f), [
    ['KZ-VOS', 'RU-ALT', ['10', '11']],
    ['RU-ALT', 'KZ-VOS', ['27']],
  ]);
  assert.deepEqual(turnover(f), [[250_000_000, 'USD', '2024']]);
});

const UZ = [
  "Samarqand viloyati va Sverdlovsk viloyati hamkorlik bo'yicha yo'l xaritasini imzoladi",
  '',
  'Samarqand viloyati hokimi Erkinjon Turdimov va Sverdlovsk viloyati gubernatori Denis Pasler Toshkentda uchrashdi.',
  "Tomonlar 2027-yilgacha mo'ljallangan hamkorlik bo'yicha yo'l xaritasini imzoladi.",
  "O'tgan yili Samarqand viloyati va Sverdlovsk viloyati o'rtasidagi tovar aylanmasi 120 mln dollarni tashkil etdi.",
  'Samarqand viloyati Sverdlovsk viloyatiga meva-sabzavot va paxta eksport qiladi.',
  'Samarqand viloyati Sverdlovsk viloyatidan metall mahsulotlari import qiladi.',
].join('\n');

test('an Uzbek (Latin) story: hokim and governor, meeting in Tashkent, roadmap, flows, turnover', () => {
  const f = factsOf(UZ, 'uz');
  assert.deepEqual(new Set(f.actors), new Set(['UZ-SA', 'RU-SVE']));
  assert.deepEqual(people(f), [
    ['Erkinjon Turdimov', 'hokim', 'UZ-SA'],
    ['Denis Pasler', 'governor', 'RU-SVE'],
  ]);
  assert.ok(eventTypes(f).has('meeting') && eventTypes(f).has('signing'));
  assert.equal(f.events.find((e) => e.type === 'meeting')?.place, 'Tashkent');
  assert.deepEqual(agreements(f), [['roadmap', 'signed', 2027]]);
  assert.deepEqual(flows(f), [
    ['UZ-SA', 'RU-SVE', ['07', '08', '52']],
    ['RU-SVE', 'UZ-SA', ['72']],
  ]);
  assert.deepEqual(turnover(f), [[120_000_000, 'USD', '2024']]);
});

test('Uzbek Latin names typed with the modifier letter ʻ match as with the apostrophe', () => {
  const f = factsOf(UZ.replaceAll("'", 'ʻ').replace('Samarqand viloyati hokimi', 'Fargʻona viloyati hokimi'), 'uz');
  assert.ok(f.actors.includes('UZ-FA'));
  assert.deepEqual(f.people[0], { ...f.people[0], name: 'Erkinjon Turdimov', role: 'hokim', actor: 'UZ-FA' });
});

const UZ_CYRL = [
  'Фарғона вилояти ва Новосибирск вилояти ҳамкорлик меморандумини имзолади',
  '',
  'Фарғона вилояти ҳокими Хайрулло Бозоров ва Новосибирск вилояти губернатори Андрей Травников Новосибирскда учрашди.',
  'Томонлар ҳамкорлик тўғрисидаги меморандумни имзолади.',
  'Ўтган йили Фарғона вилояти ва Новосибирск вилояти ўртасидаги товар айланмаси 80 млн долларни ташкил этди.',
  'Фарғона вилояти Новосибирск вилоятига мева-сабзавот ва пахта экспорт қилади.',
].join('\n');

test('an Uzbek (Cyrillic) story: hokim and governor, memorandum, flow, turnover', () => {
  const f = factsOf(UZ_CYRL, 'uz');
  assert.deepEqual(new Set(f.actors), new Set(['UZ-FA', 'RU-NVS']));
  assert.deepEqual(people(f), [
    ['Хайрулло Бозоров', 'hokim', 'UZ-FA'],
    ['Андрей Травников', 'governor', 'RU-NVS'],
  ]);
  assert.ok(eventTypes(f).has('meeting') && eventTypes(f).has('signing'));
  assert.equal(f.events.find((e) => e.type === 'meeting')?.place, 'Novosibirsk');
  assert.deepEqual(agreements(f), [['memorandum', 'signed', null]]);
  assert.deepEqual(flows(f), [['UZ-FA', 'RU-NVS', ['07', '08', '52']]]);
  assert.deepEqual(turnover(f), [[80_000_000, 'USD', '2024']]);
});

const KY = [
  'Ош облусу менен Омск облусу жол картасына кол коюшту',
  '',
  'Ош облусундагы ыйгарым укуктуу өкүл Жумабек Салимов жана Омск облусунун губернатору Виталий Хоценко Ошто жолугушту.',
  'Тараптар 2028-жылга чейин кызматташтык боюнча жол картасына кол коюшту.',
  'Былтыр Ош облусу менен Омск облусунун ортосундагы соода жүгүртүү 40 млн долларды түздү.',
  'Ош облусу Омск облусуна пахта жана жашылча-жемиш экспорттойт.',
  'Ош облусу Омск облусунан буудай импорттойт.',
].join('\n');

test('a Kyrgyz story: plenipotentiary and governor, meeting in Osh, roadmap, flows, turnover', () => {
  const f = factsOf(KY, 'ky');
  assert.deepEqual(new Set(f.actors), new Set(['KG-O', 'RU-OMS']));
  assert.deepEqual(people(f), [
    ['Жумабек Салимов', 'regional_head', 'KG-O'],
    ['Виталий Хоценко', 'governor', 'RU-OMS'],
  ]);
  assert.ok(eventTypes(f).has('meeting') && eventTypes(f).has('signing'));
  assert.equal(f.events.find((e) => e.type === 'meeting')?.place, 'Osh');
  assert.deepEqual(agreements(f), [['roadmap', 'signed', 2028]]);
  assert.deepEqual(flows(f), [
    ['KG-O', 'RU-OMS', ['07', '08', '52']],
    ['RU-OMS', 'KG-O', ['10']],
  ]);
  assert.deepEqual(turnover(f), [[40_000_000, 'USD', '2024']]);
});

test('visits and plans in Kazakh and Uzbek: a trip to the partner, a joint venture and a forum ahead', () => {
  const kk = factsOf(
    [
      'Павлодар облысы мен Омбы облысы ынтымақтастықты кеңейтеді',
      '',
      'Павлодар облысының әкімі Асайын Байханов Омбы облысына сапармен барды.',
      'Павлодар облысы мен Омбы облысы 2026 жылы Павлодарда бірлескен кәсіпорын ашуды жоспарлап отыр.',
      'Тараптар келесі жылы Омбыда іскерлік форум өткізуге келісті.',
    ].join('\n'),
    'kk',
  );
  assert.deepEqual(people(kk), [['Асайын Байханов', 'akim', 'KZ-PAV']]);
  assert.ok(eventTypes(kk).has('visit'));
  assert.deepEqual(
    kk.plans.map((p) => [p.kind, p.year]),
    [
      ['project', 2026],
      ['event', 2026],
    ],
  );
  const uz = factsOf(
    [
      'Andijon viloyati va Tatariston hamkorlikni kengaytiradi',
      '',
      'Andijon viloyati hokimi Shuhratbek Abdurahmonov Tatariston Respublikasiga tashrif buyurdi.',
      "Tomonlar kelgusi yilda Andijonda qo'shma korxona ochishni rejalashtirmoqda.",
    ].join('\n'),
    'uz',
  );
  assert.deepEqual(new Set(uz.actors), new Set(['UZ-AN', 'RU-TA']));
  assert.deepEqual(people(uz), [['Shuhratbek Abdurahmonov', 'hokim', 'UZ-AN']]);
  assert.ok(eventTypes(uz).has('visit'));
  assert.deepEqual(
    uz.plans.map((p) => [p.kind, p.year]),
    [['project', 2026]],
  );
});

test('amounts in tenge, som, soum and with Uzbek multipliers', () => {
  const money = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit]);
  assert.deepEqual(money('Инвестиция көлемі 12 млрд теңгені құрады.', 'kk'), [[12e9, 'KZT']]);
  assert.deepEqual(money("Loyiha qiymati 3,5 mlrd so'm.", 'uz'), [[3.5e9, 'UZS']]);
  assert.deepEqual(money('Долбоорго 200 млн сом бөлүндү.', 'ky'), [[200e6, 'KGS']]);
  assert.deepEqual(money('Savdo 15 foizga oshdi.', 'uz').length, 1);
});

test('months, years, "until" after the year and relative years in Kazakh, Uzbek and Kyrgyz', () => {
  const values = (text: string) => findDates(text, 'kk', '2025-04-10').map((d) => [d.kind, d.value, d.until ?? null]);
  assert.deepEqual(values('Кездесу 12 қаңтарда өтті.'), [['date', '2025-01-12', null]]);
  assert.deepEqual(values('Uchrashuv 5 avgustda boʻlib oʻtdi.'), [['date', '2025-08-05', null]]);
  assert.deepEqual(values('Келишим 20 июнда кол коюлду.'), [['date', '2025-06-20', null]]);
  assert.deepEqual(values('2024 жылы тауар айналымы өсті.'), [['year', '2024', null]]);
  assert.deepEqual(values('Dastur 2030-yilgacha amal qiladi.'), [['range', null, '2030']]);
  assert.deepEqual(values('Жоспар 2030 жылға дейін жасалды.'), [['range', null, '2030']]);
  const periods = (text: string) => findPeriods(text, 'uz', '2025-04-10').map((p) => p.value);
  assert.deepEqual(periods('Былтыр сауда өсті.'), ['2024']);
  assert.deepEqual(periods('Oʻtgan yili savdo oʻsdi.'), ['2024']);
  assert.deepEqual(periods('Биыл сауда өсті.'), ['2025']);
});

test('the Kazakh, Kyrgyz and Uzbek forms leave Russian text alone', () => {
  // «Ошибка» begins like Osh, «Элчибек» like «элчи», «россиян» like «Россия…»: none is a place or an office.
  const f = factsOf(
    [
      'Алтайский край и Ошская область подписали соглашение',
      '',
      'Ошибка в отчете не помешала: губернатор Алтайского края Виктор Томенко и полпред в Ошской области Элчибек Жантаев провели встречу.',
      'Россияне поставляют в Ошскую область пшеницу.',
    ].join('\n'),
    'ru',
  );
  assert.deepEqual(new Set(f.actors), new Set(['RU-ALT', 'KG-O']));
  assert.ok(!f.people.some((p) => p.role === 'ambassador'));
});
