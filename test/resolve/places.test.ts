// Place names that the gazetteer flags or lacked: cities that are their own subdivision, names
// with one place reading that are also a lake or a peninsula, the Far East's Asian partners.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';
import { placeByCode } from '../../src/extract/gazetteer.js';

const actors = (text: string, lang = 'ru') => factsOf(text, lang).actors.sort();

test('a capital that is its own subdivision is not ambiguous with its oblast', () => {
  // «минский» is shared by Minsk city and Minsk Oblast, the noun «Минск» only by the city.
  assert.equal(placeByCode('BY:minsk')?.ambiguous, undefined);
  assert.ok(!placeByCode('BY-HM')?.ambiguous?.includes('Минск'));
  assert.ok(placeByCode('BY-MI')?.ambiguous?.includes('минский'));
  assert.deepEqual(actors('Минск и Томская область подписали соглашение о сотрудничестве в сфере образования.'), ['BY-HM', 'RU-TOM']);
  assert.deepEqual(actors('Делегация Минска посетила Томскую область.'), ['BY-HM', 'RU-TOM']);
});

test('an ambiguous name with one place reading counts when it stands beside a named party', () => {
  assert.deepEqual(actors('Ямал и Карагандинская область подписали соглашение о сотрудничестве.'), ['KZ-KAR', 'RU-YAN']);
  assert.deepEqual(actors('Костанайская область и Кубань подписали меморандум.'), ['KZ-KUS', 'RU-KDA']);
  assert.deepEqual(actors('Sakhalin and Hokkaido signed a new memorandum on trade.', 'en'), ['JP-01', 'RU-SAK']);
  assert.deepEqual(actors('Губернатор Сахалинской области провёл переговоры с губернатором Хоккайдо.'), ['JP-01', 'RU-SAK']);
});

test('a lake, a peninsula or a poet is still not a party', () => {
  assert.ok(!actors('Летом на Иссык-Куле отдыхали туристы из Омской области и Казахстана.').includes('KG-Y'));
  assert.ok(!actors('Газ Ямала идёт в Китай, сообщили в Монголии.').includes('RU-YAN'));
  assert.ok(!actors('Стихи поэта Абая читали в Омске и Павлодаре.').includes('KZ-10'));
});

test('Japan and the two Koreas have their prefectures and provinces', () => {
  assert.deepEqual(actors('Приморский край и префектура Тоттори подписали план обмена.'), ['JP-31', 'RU-PRI']);
  assert.deepEqual(actors('Хабаровский край и префектура Ниигата подписали соглашение о морских перевозках.'), ['JP-15', 'RU-KHA']);
  assert.deepEqual(actors('Primorsky Krai and Gangwon Province signed a memorandum.', 'en'), ['KR-51', 'RU-PRI']);
  assert.deepEqual(actors('Toyama Prefecture and Primorsky Krai signed an agreement on student exchanges.', 'en'), ['JP-16', 'RU-PRI']);
  // «Канвондо» in Russian news is South Korea's province; North Korea's keeps its English name.
  assert.deepEqual(placeByCode('KP-07')?.names.en, ['Kangwon Province', 'Kangwon']);
  assert.ok(!placeByCode('KP-07')?.names.ru.includes('Канвондо'));
  assert.equal(placeByCode('JP:tokyo')?.region, 'JP-13');
  assert.equal(placeByCode('KP:pyongyang')?.capital_of, 'KP');
});

test('two cities acting together are their regions, even when the partner is named once', () => {
  const en = factsOf('A delegation from Harbin visited Novosibirsk and signed a cooperation agreement.', 'en');
  assert.deepEqual(en.actors.sort(), ['CN-HL', 'RU-NVS']);
  assert.deepEqual(en.events.map((e) => e.type).sort(), ['signing', 'visit']);
  const ru = factsOf('Делегация Пусана посетила Владивосток.', 'ru');
  assert.deepEqual(ru.actors.sort(), ['KR-26', 'RU-PRI']);
  // A foreign city named once, with nothing done together, is still no side.
  assert.deepEqual(factsOf('Омские аграрии собрали рекордный урожай, сообщили в Харбине.', 'ru').actors, []);
});

test('a delegation comes from a side, even one whose name is also a landscape', () => {
  assert.deepEqual(factsOf('Делегация Забайкалья посетила Монголию.', 'ru').actors.sort(), ['MN', 'RU-ZAB']);
  assert.deepEqual(factsOf('A delegation from Yamal visited Kazakhstan and met the akim of Atyrau Region.', 'en').actors.sort(), [
    'KZ-ATY',
    'RU-YAN',
  ]);
});
