import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../support/doc.js';
import { segment } from '../../src/text/segment.js';
import { tagMentions, type PersonValue, type PlaceValue } from '../../src/extract/mentions.js';

function mentionsOf(text: string, lang = 'ru') {
  const doc = docOf(text, lang, '2025-03-14');
  Object.assign(doc, segment(text));
  return tagMentions(doc).mentions;
}

const places = (text: string, lang?: string) =>
  mentionsOf(text, lang)
    .filter((m) => m.kind === 'place')
    .map((m) => (m.value as PlaceValue).code);

test('places in any case resolve to their codes', () => {
  assert.deepEqual(places('Делегация Алтайского края прибыла в Восточно-Казахстанскую область.'), ['RU-ALT', 'KZ-VOS']);
  assert.deepEqual(places('Переговоры с Алтайским краем прошли в Усть-Каменогорске.').slice(0, 1), ['RU-ALT']);
  assert.deepEqual(places('Аким ВКО встретился с губернатором края.'), ['KZ-VOS']);
  assert.deepEqual(places('Altai Krai and the Kyrgyz Republic discussed trade.', 'en'), ['RU-ALT', 'KG']);
  assert.deepEqual(places('Представители области Абай и Жетысуской области'), ['KZ-10', 'KZ-33']);
});

test('people: names in oblique cases, with the office that introduces them', () => {
  const ms = mentionsOf('Губернатор Томской области Иван Сидоренко провел переговоры с акимом Павлодарской области Ержаном Нуртаевым.');
  const people = ms.filter((m) => m.kind === 'person').map((m) => (m.value as PersonValue).last);
  assert.deepEqual(people, ['Сидоренко', 'Нуртаевым']);
  assert.ok(ms.some((m) => m.kind === 'office' && (m.value as { role: string }).role === 'governor'));
  assert.ok(ms.some((m) => m.kind === 'office' && (m.value as { role: string }).role === 'akim'));
});

test('goods map to HS chapters whatever their case, in both languages', () => {
  const chapters = (text: string, lang?: string) =>
    mentionsOf(text, lang)
      .filter((m) => m.kind === 'goods')
      .map((m) => (m.value as string[])[0]);
  assert.deepEqual(chapters('Область поставляет пшеницу, подсолнечное масло и пиломатериалы.'), ['10', '15', '44']);
  assert.deepEqual(chapters('The region ships wheat, sunflower oil and sawn timber.', 'en'), ['10', '15', '44']);
});

test('quantities and dates carry their values', () => {
  const ms = mentionsOf('За девять месяцев 2025 года товарооборот составил 312,5 млн долларов, увеличившись на 14%.');
  const money = ms.find((m) => m.kind === 'money')!.value as { value: number; unit: string };
  assert.equal(money.value, 312_500_000);
  assert.equal(money.unit, 'USD');
  assert.ok(ms.some((m) => m.kind === 'date' && (m.value as { value: string }).value === '2025-01..2025-09'));
});

const names = (text: string, lang?: string) =>
  mentionsOf(text, lang)
    .filter((m) => m.kind === 'person')
    .map((m) => (m.value as PersonValue).words.join(' '));

test('people: a given name, an East Asian family name or glued initials open a name; an unknown place before it does not', () => {
  assert.deepEqual(names('Алексей Текслер посетил Казахстан.'), ['Алексей Текслер']);
  assert.deepEqual(names('Секретарь ЦК КПК Чэнь Вэньцин посетил Владивосток.'), ['Чэнь Вэньцин']);
  assert.deepEqual(names('Prime Minister J.Erdenebat met Kh.Bolorchuluun.', 'en'), ['J. Erdenebat', 'Kh. Bolorchuluun']);
  assert.deepEqual(names('Губернатори вилояти Маскав Андрей Воробьев бо сафири Тоҷикистон вохӯрд.', 'tg'), ['Андрей Воробьев']);
  // «Иванов Иван Иванович» is written surname first, and stays whole
  assert.deepEqual(names('Губернатор Иванов Иван Иванович выступил.'), ['Иванов Иван Иванович']);
  // capitalised words that are not names
  assert.deepEqual(names('Business Contact Kazakhstan opened. Comrade Wang Ming spoke.', 'en'), ['Wang Ming']);
  assert.deepEqual(names('Южного Урала делегация прибыла.'), []);
  // a place's name before its generic word
  assert.deepEqual(names('Wang Ming met the governor of Khabarovskiy Kray.', 'en'), ['Wang Ming']);
});
