// Places as the neighbours' own media write them: generic words of Kazakh, Kyrgyz, Uzbek, Tajik,
// Azerbaijani, Belarusian and Mongolian; coordinated names sharing one generic word; names of
// organisations that hold a place name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../support/doc.js';
import { segment } from '../../src/text/segment.js';
import { tagMentions, type PlaceValue } from '../../src/extract/mentions.js';
import { partyCode } from '../../src/resolve/parties.js';

function places(text: string, lang = 'ru'): string[] {
  const doc = docOf(text, lang, '2025-03-14');
  Object.assign(doc, segment(text));
  return tagMentions(doc)
    .mentions.filter((m) => m.kind === 'place')
    .map((m) => (m.value as PlaceValue).code);
}

test('a Russian oblast named with the generic word of each neighbour language', () => {
  assert.deepEqual(places('Свердлов облысының әкімдігі Қостанай облысымен келісім жасады.', 'kk'), ['RU-SVE', 'KZ-KUS']);
  assert.deepEqual(places('Пенза облусунун делегациясы Ош облусуна келди.', 'ky'), ['RU-PNZ', 'KG-O']);
  assert.deepEqual(places('Kaluga viloyati va Samarqand viloyati hamkorlikni kengaytiradi.', 'uz'), ['RU-KLU', 'UZ-SA']);
  assert.deepEqual(places('Делегацияи вилояти Ленинград ба вилояти Суғд омад.', 'tg'), ['RU-LEN', 'TJ-SU']);
  assert.deepEqual(places('Prezident Rusiyanın Tula vilayətinin nümayəndə heyətini qəbul edib.', 'az'), ['RU', 'RU-TUL']);
  assert.deepEqual(places('Губернатар Бранскай вобласці наведаў Гомельскую вобласць.', 'be'), ['RU-BRY', 'BY-HO']);
  assert.deepEqual(places('Эрхүү мужийн төлөөлөгчид Сэлэнгэ аймагт айлчлав.', 'mn'), ['RU-IRK', 'MN-049']);
});

test('Tajik names Moscow Oblast «вилояти Маскав», and its own regions with the generic word first', () => {
  assert.deepEqual(places('Ҳайати вилояти Маскави Русия ба вилояти Хатлон сафар кард.', 'tg'), ['RU-MOS', 'RU', 'TJ-KT']);
  assert.deepEqual(places('Раиси шаҳри Душанбе бо ҳайати Тоҷикистон.', 'tg'), ['TJ-DU', 'TJ']);
});

test('Armenian marzes by their bare names and their Russian adjectives', () => {
  assert.deepEqual(places('A delegation of Vayots Dzor visited the Omsk Region.', 'en'), ['AM-VD', 'RU-OMS']);
  assert.deepEqual(places('Глава Гегаркуникской области принял делегацию Омской области.'), ['AM-GR', 'RU-OMS']);
  assert.deepEqual(places('Губернатор прибыл в марз Ширак.'), ['AM-SH']);
});

test('bare names coordinated with a unit name share its generic word', () => {
  // Minsk city (BY-HM) and Minsk Oblast (BY-MI) share the adjective: «областей» says which.
  assert.deepEqual(places('Делегации Минской, Витебской и Гомельской областей прибыли в Казань.').slice(0, 3), ['BY-MI', 'BY-VI', 'BY-HO']);
  assert.deepEqual(places('Соглашения подписаны с Ленинградской и Псковской областями.'), ['RU-LEN', 'RU-PSK']);
  assert.deepEqual(places('Officials from the Omsk, Tyumen, and Kurgan regions met the akim.', 'en'), ['RU-OMS', 'RU-TYU', 'RU-KGN']);
  assert.deepEqual(places('Фергана жана Ош облустарынын өкүлдөрү жолугушту.', 'ky'), ['UZ-FA', 'KG-O']);
});

test('bare names after a unit word and "of" are units of that kind', () => {
  assert.deepEqual(places('Officials from the regions of Omsk, Tyumen and Kurgan arrived.', 'en'), ['RU-OMS', 'RU-TYU', 'RU-KGN']);
  assert.deepEqual(places('The city of Omsk hosted them.', 'en'), ['RU:omsk']);
});

test('a bare name not followed by a shared unit word keeps its own reading', () => {
  // «Минский горисполком»: the city; "Omsk and Tyumen" without a unit word: the cities.
  assert.deepEqual(
    places('Делегация посетила Омск и Тюмень.').map((c) => c.split(':')[0]),
    ['RU', 'RU'],
  );
  assert.deepEqual(places('The delegation visited Omsk and Tyumen.', 'en'), ['RU:omsk', 'RU:tyumen']);
});

test('a place inside the name of an organisation or a treaty is no place', () => {
  assert.deepEqual(places('Форум стран Шанхайской организации сотрудничества прошёл в Могилёве.').slice(0, 1), ['BY:mogilev']);
  assert.deepEqual(places('Leaders of the Shanghai Cooperation Organisation met in Astana.', 'en'), ['KZ-AST']);
  assert.deepEqual(places('Five Russian Far Eastern regions signed memorandums with Indian states.', 'en'), ['RU', 'IN']);
  assert.deepEqual(places('Переговоры прошли в Шанхае.'), ['CN-SH']);
});

test('English media writing the Russian adjective in Latin letters', () => {
  assert.deepEqual(places('The governor of Khabarovskiy Kray met a delegation from Sverdlovskaya Oblast.', 'en'), ['RU-KHA', 'RU-SVE']);
  assert.deepEqual(places('Krasnoyarskiy Krai and Novosibirskaya Oblast signed a plan.', 'en'), ['RU-KYA', 'RU-NVS']);
});

test('the cities of farther partners stand for their regions', () => {
  const parties = (text: string, lang = 'ru') => {
    const doc = docOf(text, lang, '2025-03-14');
    Object.assign(doc, segment(text));
    return tagMentions(doc)
      .mentions.filter((m) => m.kind === 'place')
      .map((m) => partyCode(m.value as PlaceValue));
  };
  assert.deepEqual(parties('Делегация Гюмри и Гавара прибыла в Омскую область.'), ['AM-SH', 'AM-GR', 'RU-OMS']);
  assert.deepEqual(parties('Officials from Sendai, Suwon and Jaipur attended.', 'en'), ['JP-04', 'KR-41', 'IN-RJ']);
  assert.deepEqual(parties('Мэр Телави посетил Барнаул.'), ['GE-KA', 'RU-ALT']);
});

test('Chinese provinces with е for э, their adjectives, and Xinjiang in Kazakh and Uzbek', () => {
  assert.deepEqual(places('Делегация провинции Хейлунцзян и хенаньские компании прибыли в Хабаровск.').slice(0, 2), ['CN-HL', 'CN-HA']);
  assert.deepEqual(places('Шыңжаңмен сауда артты.', 'kk'), ['CN-XJ']);
  assert.deepEqual(places('Shinjon bilan savdo o‘sdi.', 'uz'), ['CN-XJ']);
  // A city of Heilongjiang written with е: «Хейхе».
  assert.deepEqual(places('Грузы идут через Хейхе.'), ['CN:heihe']);
});

test('former names of units resolve to the units of today, without taking their old adjectives', () => {
  assert.deepEqual(places('Делегация Читинской области прибыла в Семипалатинскую область.'), ['RU-ZAB', 'KZ-10']);
  assert.deepEqual(places('Ленинабадская область и Пермская область подписали протокол.'), ['TJ-SU', 'RU-PER']);
  // «уральский» is the Urals, «шымкентский» the city of Shymkent.
  assert.deepEqual(places('Уральский федеральный округ и шымкентские предприниматели.'), ['KZ-SHY']);
});

test("Uzbekistan's river-named regions by their bare names", () => {
  assert.deepEqual(places('Хокимият Кашкадарьи и делегация Сурхандарьи провели переговоры.'), ['UZ-QA', 'UZ-SU']);
  assert.deepEqual(places('Investors from Kashkadarya visited Omsk.', 'en').slice(0, 1), ['UZ-QA']);
});

test("Armenian «марз» and Azerbaijan's districts as their media write them", () => {
  assert.deepEqual(places('Губернатор Сюникского марза встретился с делегацией Омской области.'), ['AM-SU', 'RU-OMS']);
  assert.deepEqual(places('Investors visited the Gabala region and Guba District.', 'en'), ['AZ-QAB', 'AZ-QBA']);
  assert.deepEqual(places('Quba rayonunda görüş keçirildi.', 'az'), ['AZ-QBA']);
  // "Quba" alone is no district: only with its generic word.
  assert.deepEqual(places('Quba is a word.', 'en'), []);
});
