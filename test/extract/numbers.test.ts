import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeSign, factorToPct, findQuantities, parseNumber, parseNumberWord, type Quantity } from '../../src/extract/numbers.js';

/** All quantities of a sentence, after checking that every span's text is the slice it points at. */
function found(text: string, lang: string): Quantity[] {
  const qs = findQuantities(text, lang);
  for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text, `offsets of ${q.text}`);
  return qs;
}

/** The one quantity of a sentence, reduced to what a figure needs. */
function only(text: string, lang: string) {
  const qs = found(text, lang);
  assert.equal(qs.length, 1, `one quantity in: ${text} → ${JSON.stringify(qs)}`);
  const { kind, value, unit, change_pct, approx, text: span } = qs[0]!;
  return { kind, value, unit, change_pct: change_pct ?? null, approx: approx ?? false, text: span };
}

const money = (value: number, unit: string, text: string, approx = false) => ({
  kind: 'money',
  value,
  unit,
  change_pct: null,
  approx,
  text,
});
const count = (value: number, text: string, approx = false) => ({ kind: 'count', value, unit: 'count', change_pct: null, approx, text });
const tonnes = (value: number, text: string, approx = false) => ({ kind: 'tonnes', value, unit: 't', change_pct: null, approx, text });
const percent = (value: number, text: string, approx = false) => ({ kind: 'percent', value, unit: '%', change_pct: null, approx, text });
const change = (value: number, pct: number, text: string, approx = false) => ({
  kind: 'change',
  value,
  unit: '%',
  change_pct: pct,
  approx,
  text,
});
const times = (value: number, pct: number, text: string, approx = false) => ({
  kind: 'times',
  value,
  unit: null,
  change_pct: pct,
  approx,
  text,
});

test('parseNumber reads decimal commas in Russian and thousands commas in English', () => {
  assert.equal(parseNumber('612,4', 'ru'), 612.4);
  assert.equal(parseNumber('1.5', 'ru'), 1.5);
  assert.equal(parseNumber('12 300', 'ru'), 12300);
  assert.equal(parseNumber('12\u202f300,5', 'ru'), 12300.5);
  assert.equal(parseNumber('210,000', 'en'), 210000);
  assert.equal(parseNumber('1,250.75', 'en'), 1250.75);
});

test('parseNumberWord knows case forms and compounds', () => {
  assert.equal(parseNumberWord('восьми'), 8);
  assert.equal(parseNumberWord('двух'), 2);
  assert.equal(parseNumberWord('Six'), 6);
  assert.equal(parseNumberWord('двадцать пять'), 25);
  assert.equal(parseNumberWord('twenty-one'), 21);
  assert.equal(parseNumberWord('полтора'), 1.5);
  assert.equal(parseNumberWord('много'), null);
});

test('factorToPct turns a factor into growth or fall in per cent', () => {
  assert.equal(factorToPct(1.5, 1), 50);
  assert.equal(factorToPct(4, 1), 300);
  assert.equal(factorToPct(2, -1), -50);
  assert.equal(factorToPct(1.5, -1), -33.3);
});

test('money in Russian: multipliers, abbreviations, currencies', () => {
  assert.deepEqual(
    only('Объем торговли достиг 927 миллионов долларов США за год.', 'ru'),
    money(927e6, 'USD', '927 миллионов долларов США'),
  );
  assert.deepEqual(only('Оборот вырос до 305,7 млн долларов.', 'ru'), money(305.7e6, 'USD', '305,7 млн долларов'));
  assert.deepEqual(only('Проект обойдется в 2,3 млрд рублей.', 'ru'), money(2.3e9, 'RUB', '2,3 млрд рублей'));
  assert.deepEqual(only('Экспорт оценен в 17,2 млн долл. по итогам квартала.', 'ru'), money(17.2e6, 'USD', '17,2 млн долл.'));
  assert.deepEqual(only('Заказы превысили 40 млрд тенге.', 'ru'), money(40e9, 'KZT', '40 млрд тенге'));
  assert.deepEqual(only('Фонд составит 600 млн юаней.', 'ru'), money(600e6, 'CNY', '600 млн юаней'));
  assert.deepEqual(only('Грант в 3 млн евро получил университет.', 'ru'), money(3e6, 'EUR', '3 млн евро'));
  assert.deepEqual(only('Ферма вложила 90 млрд сумов в теплицы.', 'ru'), money(90e9, 'UZS', '90 млрд сумов'));
  assert.deepEqual(only('Бюджет проекта — 250 млн сомов.', 'ru'), money(250e6, 'KGS', '250 млн сомов'));
  assert.deepEqual(only('Завод получил заказ на 12 млн белорусских рублей.', 'ru'), money(12e6, 'BYN', '12 млн белорусских рублей'));
  assert.deepEqual(only('Аймак выделил 4 млрд тугриков на дороги.', 'ru'), money(4e9, 'MNT', '4 млрд тугриков'));
  assert.deepEqual(only('Сделка на 35 тыс. руб. закрыта.', 'ru'), money(35000, 'RUB', '35 тыс. руб.'));
  assert.deepEqual(only('Инвестиции составят около 1,1 трлн рублей.', 'ru'), money(1.1e12, 'RUB', 'около 1,1 трлн рублей', true));
});

test('money in English: currency signs and codes before the number', () => {
  assert.deepEqual(only('Bilateral trade hit $2.7 billion last year.', 'en'), money(2.7e9, 'USD', '$2.7 billion'));
  assert.deepEqual(only('Exports came to $441.3 million.', 'en'), money(441.3e6, 'USD', '$441.3 million'));
  assert.deepEqual(only('The deals are worth US$ 58 mln in total.', 'en'), money(58e6, 'USD', 'US$ 58 mln'));
  assert.deepEqual(only('The fund holds USD 15 million.', 'en'), money(15e6, 'USD', 'USD 15 million'));
  assert.deepEqual(only('Investors pledged €120 million.', 'en'), money(120e6, 'EUR', '€120 million'));
  assert.deepEqual(only('A loan of 5 billion tenge was approved.', 'en'), money(5e9, 'KZT', '5 billion tenge'));
  assert.deepEqual(only('Orders reached nearly $1.4bn.', 'en'), money(1.4e9, 'USD', 'nearly $1.4bn', true));
  assert.deepEqual(only('They spent 8,500,000 dollars on it.', 'en'), money(8.5e6, 'USD', '8,500,000 dollars'));
});

test('tonnes in both languages', () => {
  assert.deepEqual(only('Через переход прошло 2,6 млн тонн грузов.', 'ru'), tonnes(2.6e6, '2,6 млн тонн'));
  assert.deepEqual(only('Собрано около 350 тыс. тонн зерна.', 'ru'), tonnes(350e3, 'около 350 тыс. тонн', true));
  assert.deepEqual(only('Склад принял 12 500 тонн удобрений.', 'ru'), tonnes(12500, '12 500 тонн'));
  assert.deepEqual(only('The port handled 3.2 mln tonnes of coal.', 'en'), tonnes(3.2e6, '3.2 mln tonnes'));
  assert.deepEqual(only('Shipments reached 7.4 million tonnes.', 'en'), tonnes(7.4e6, '7.4 million tonnes'));
});

test('counts of people, companies and documents', () => {
  assert.deepEqual(only('В вузах края учатся почти 3 тысячи студентов.', 'ru'), count(3000, 'почти 3 тысячи', true));
  assert.deepEqual(only('Сейчас там обучаются более 1,6 тыс. студентов.', 'ru'), count(1600, 'более 1,6 тыс.', true));
  assert.deepEqual(only('В регионе проживают более 5-ти тысяч соотечественников.', 'ru'), count(5000, 'более 5-ти тысяч', true));
  assert.deepEqual(only('На форум приехали представители около 30 предприятий.', 'ru'), count(30, 'около 30', true));
  assert.deepEqual(only('Стороны подписали восемь соглашений.', 'ru'), count(8, 'восемь'));
  assert.deepEqual(only('В миссию вошли двадцать пять компаний.', 'ru'), count(25, 'двадцать пять'));
  assert.deepEqual(only('Выставку посетил десяток делегаций.', 'ru'), count(10, 'десяток', true));
  assert.deepEqual(only('Over 70 agreements have been concluded.', 'en'), count(70, 'Over 70', true));
  assert.deepEqual(only('The region welcomed 145,000 tourists.', 'en'), count(145000, '145,000'));
  assert.deepEqual(only('Firms signed nine commercial contracts.', 'en'), count(9, 'nine'));
  assert.deepEqual(only('A dozen exporters joined the mission.', 'en'), count(12, 'dozen', true));
  assert.deepEqual(only('Около 1 200 участников ждут на выставке.', 'ru'), count(1200, 'Около 1 200', true));
});

test('a count may leave its noun out after a bound', () => {
  assert.deepEqual(only('Число участников выросло до 45.', 'ru'), count(45, '45'));
  assert.deepEqual(only('Из них около 300 — из соседних районов.', 'ru'), count(300, 'около 300', true));
  assert.deepEqual(only('The number of members rose to 64.', 'en'), count(64, '64'));
  assert.deepEqual(found('Он ответил: 15.', 'ru'), []);
});

test('counts carry the word after them', () => {
  assert.equal(found('Приехали 40 экспортеров.', 'ru')[0]?.noun, 'экспортеров');
  assert.equal(found('Some 15 universities take part.', 'en')[0]?.noun, 'universities');
});

test('years, dates, ordinals, durations and glued words are not counts', () => {
  assert.deepEqual(found('В 2025 году стороны встретились 14.03.2025 в 11:30.', 'ru'), []);
  assert.deepEqual(found('Договор действует 5 лет, а выставка пройдет 12 июня.', 'ru'), []);
  assert.deepEqual(found('Это 30-летие связей и 3-й форум.', 'ru'), []);
  assert.deepEqual(found('Барнаул, 9 окт — агентство, двадцать первый форум.', 'ru'), []);
  assert.deepEqual(found('One of the partners opened 5G networks in 2024.', 'en'), []);
  assert.deepEqual(found('Они встречаются два раза в год.', 'ru'), []);
  assert.deepEqual(found('The plan covers 2025-2028 and runs for 3 years.', 'en'), []);
});

test('shares are plain percents', () => {
  assert.deepEqual(only('Доля Китая в обороте — 45%.', 'ru'), percent(45, '45%'));
  assert.deepEqual(only('На Казахстан приходится более 60% экспорта области.', 'ru'), percent(60, 'более 60%', true));
  assert.deepEqual(only('Grain makes up about 70 percent of the total.', 'en'), percent(70, 'about 70 percent', true));
  assert.deepEqual(only('Доля выросла до 35 процентов.', 'ru'), percent(35, '35 процентов'));
});

test('changes in per cent take their sign from the clause', () => {
  assert.deepEqual(only('Товарооборот увеличился на 14,6%.', 'ru'), change(14.6, 14.6, 'на 14,6%'));
  assert.deepEqual(only('Это на 9,1% больше, чем годом ранее.', 'ru'), change(9.1, 9.1, 'на 9,1% больше'));
  assert.deepEqual(only('Поставки, напротив, на 2% меньше.', 'ru'), change(2, -2, 'на 2% меньше'));
  assert.deepEqual(
    found('Оборот составил 80 млн долларов, сократившись на 6,3%.', 'ru').map((q) => [q.kind, q.change_pct ?? null]),
    [
      ['money', null],
      ['change', -6.3],
    ],
  );
  assert.deepEqual(only('Импорт упал на 11%.', 'ru'), change(11, -11, 'на 11%'));
  assert.deepEqual(only('Рост на 27% обеспечили поставки техники.', 'ru'), change(27, 27, 'на 27%'));
  assert.deepEqual(only('Снижение составило 4%.', 'ru'), change(4, -4, '4%'));
  assert.deepEqual(only('Экспорт вырос, по данным ведомства, на 16%.', 'ru'), change(16, 16, 'на 16%'));
  assert.deepEqual(only('Imports fell by 8% over the year.', 'en'), change(8, -8, 'by 8%'));
  assert.deepEqual(only('Sales were down 6 percent.', 'en'), change(6, -6, '6 percent'));
  assert.deepEqual(only('Trade rose by 10.4 percent.', 'en'), change(10.4, 10.4, 'by 10.4 percent'));
  assert.deepEqual(only('Exports grew 21% on the year.', 'en'), change(21, 21, '21%'));
  assert.deepEqual(only('That is 4% less than before.', 'en'), change(4, -4, '4% less'));
  assert.deepEqual(only('The index moved -3% in May.', 'en'), change(3, -3, '-3%'));
});

test('a growth rate in per cent is an index: 100% is no change', () => {
  assert.deepEqual(only('Темп роста составил 162%.', 'ru'), change(162, 62, '162%'));
  assert.deepEqual(only('Оборот составил 104,5% к уровню прошлого года.', 'ru'), change(104.5, 4.5, '104,5%'));
});

test('changes by a factor', () => {
  assert.deepEqual(only('Поставки выросли в 1,5 раза.', 'ru'), times(1.5, 50, 'в 1,5 раза'));
  assert.deepEqual(only('Оборот увеличился в 1,8 раза.', 'ru'), times(1.8, 80, 'в 1,8 раза'));
  assert.deepEqual(only('Число туристов выросло в 3 раза.', 'ru'), times(3, 200, 'в 3 раза'));
  assert.deepEqual(only('Выпуск увеличился в два раза.', 'ru'), times(2, 100, 'в два раза'));
  assert.deepEqual(only('Экспорт вырос в полтора раза.', 'ru'), times(1.5, 50, 'в полтора раза'));
  assert.deepEqual(only('Импорт сократился в 2 раза.', 'ru'), times(2, -50, 'в 2 раза'));
  assert.deepEqual(only('Сроки стали в три раза меньше.', 'ru'), times(3, -66.7, 'в три раза меньше'));
  assert.deepEqual(only('Выручка выросла в два с половиной раза.', 'ru'), times(2.5, 150, 'в два с половиной раза'));
  assert.deepEqual(only('Оборот за год вырос вдвое.', 'ru'), times(2, 100, 'вдвое'));
  assert.deepEqual(only('Новый мост позволит почти вдвое сократить путь.', 'ru'), times(2, -50, 'почти вдвое', true));
  assert.deepEqual(only('Производство удвоилось.', 'ru'), times(2, 100, 'удвоилось'));
  assert.deepEqual(only('Trade doubled within two years.', 'en'), times(2, 100, 'doubled'));
  assert.deepEqual(only('Exports grew 2.2 times.', 'en'), times(2.2, 120, '2.2 times'));
  assert.deepEqual(only('That is 1.7 times more than a year ago.', 'en'), times(1.7, 70, '1.7 times more'));
  assert.deepEqual(only('Output saw a threefold increase.', 'en'), times(3, 200, 'threefold'));
  assert.deepEqual(found('The delegation came three times this year.', 'en'), []);
});

test('several quantities in one sentence keep their own spans', () => {
  const text = 'За полгода оборот достиг 1,05 млрд долларов, что на 12% больше, а грузы выросли в 1,3 раза до 800 тыс. тонн.';
  assert.deepEqual(
    found(text, 'ru').map((q) => [q.kind, q.value, q.change_pct ?? null]),
    [
      ['money', 1.05e9, null],
      ['change', 12, 12],
      ['times', 1.3, 30],
      ['tonnes', 800000, null],
    ],
  );
  const en = 'Trade reached $96.2 million, up 14% on a year earlier, and 1,300 students now study there.';
  assert.deepEqual(
    found(en, 'en').map((q) => [q.kind, q.value, q.change_pct ?? null, q.text]),
    [
      ['money', 96.2e6, null, '$96.2 million'],
      ['change', 14, 14, '14%'],
      ['count', 1300, null, '1,300'],
    ],
  );
});

test('changeSign reads the nearest direction word in the clause', () => {
  const up = 'Экспорт вырос на 5%.';
  assert.equal(changeSign(up, up.indexOf('на'), up.length - 1), 1);
  const down = 'Оборот составил 5 млрд, снизившись на 3%.';
  assert.equal(changeSign(down, down.indexOf('на 3'), down.length - 1), -1);
  const mixed = 'Импорт упал, а экспорт прибавил 7%.';
  assert.equal(changeSign(mixed, mixed.indexOf('7'), mixed.length - 1), 1);
  const none = 'The share is 40%.';
  assert.equal(changeSign(none, none.indexOf('40'), none.length - 1), 0);
  const en = 'Shipments declined by 2%.';
  assert.equal(changeSign(en, en.indexOf('by'), en.length - 1), -1);
});
