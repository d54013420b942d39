// What scripts/check-languages.ts asks of every language of the field's own media: places with
// the generic word of the language (and the spellings its alphabet gives a Russian name), document
// words, office titles, month names. Sentences written for these tests; each checks also a
// near miss that must not fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactsRecord } from '../../src/core/facts.js';
import { findDates } from '../../src/extract/dates.js';
import { analyze } from '../../src/resolve/index.js';
import { docOf, factsOf } from '../support/doc.js';

const kinds = (f: FactsRecord) => f.agreements.map((a) => a.kind);
const roles = (f: FactsRecord) => f.people.map((p) => `${p.role}:${p.actor}`);

test('Azerbaijani: a Russian oblast spelled letter by letter («Çelyabinsk», «Volqoqrad»), a city unit, documents', () => {
  const f = factsOf(
    'Çelyabinsk vilayətinin qubernatoru Aleksey Teksler Gəncə şəhərinə səfər edib. Tərəflər əməkdaşlığa dair sənədlər imzalayıblar.',
    'az',
  );
  assert.deepEqual(f.actors.sort(), ['AZ-GA', 'RU-CHE']);
  assert.deepEqual(kinds(f), ['other']);
  assert.deepEqual(factsOf('Volqoqrad vilayəti ilə Sumqayıt şəhəri arasında görüş keçirilib.', 'az').actors.sort(), ['AZ-SM', 'RU-VGG']);
  // Names Azerbaijani has of its own: «Həştərxan» (Astrakhan), «Daşkənd vilayəti» (the region, not the city).
  const h = factsOf(
    'Azərbaycanın Baş naziri Əli Əsədov Həştərxan vilayətinin qubernatoru İqor Babuşkin ilə görüşüb. Tərəflər memorandum imzalayıblar.',
    'az',
  );
  assert.ok(h.actors.includes('RU-AST') && roles(h).includes('governor:RU-AST'), JSON.stringify(h.people));
  assert.deepEqual(factsOf('Daşkənd vilayəti ilə Həştərxan vilayəti arasında görüş keçirilib.', 'az').actors.sort(), ['RU-AST', 'UZ-TO']);
  // A mayor («meri») names a city's head; a word that only begins like it does not.
  const g = factsOf('Bakı şəhərinin meri Eldar Əzizov Moskva meri ilə görüşüb.', 'az');
  assert.ok(roles(g).includes('official:AZ-BA'), JSON.stringify(g.people));
  assert.deepEqual(factsOf('Merinos yunu Bakıya gətirilib.', 'az').people, []);
});

test('Uzbek: a Russian oblast in Uzbek Latin («Nijniy Novgorod viloyati») and in Cyrillic', () => {
  const f = factsOf(
    "Nijniy Novgorod viloyati gubernatori Gleb Nikitin Samarqand viloyati hokimi bilan uchrashdi va hamkorlik to'g'risidagi memorandumni imzoladi.",
    'uz',
  );
  assert.deepEqual(f.actors.sort(), ['RU-NIZ', 'UZ-SA']);
  assert.deepEqual(kinds(f), ['memorandum']);
  assert.deepEqual(factsOf('Нижний Новгород вилояти ва Фарғона вилояти ўртасида учрашув бўлди.', 'uz').actors.sort(), ['RU-NIZ', 'UZ-FA']);
});

test('Belarusian: Russian oblasts as Belarusian spells them («Валгаградская», «Растоўскай»), a roadmap', () => {
  const f = factsOf('Магілёўская вобласць і Валгаградская вобласць падпісалі дарожную карту супрацоўніцтва.', 'be');
  assert.deepEqual(f.actors.sort(), ['BY-MA', 'RU-VGG']);
  assert.deepEqual(kinds(f), ['roadmap']);
  assert.ok(factsOf('Дэлегацыя Растоўскай вобласці наведала Гомельскую вобласць.', 'be').actors.includes('RU-ROS'));
  // «дарожная» alone is a road, not a document.
  assert.deepEqual(kinds(factsOf('Магілёўская і Валгаградская вобласці абмеркавалі дарожнае будаўніцтва.', 'be')), []);
});

test('Tajik: «ҳуҷҷатҳо» are documents signed', () => {
  const f = factsOf('Раиси вилояти Суғд бо губернатори вилояти Челябинск вохӯрӣ намуда, ҳуҷҷатҳои ҳамкориро ба имзо расониданд.', 'tg');
  assert.deepEqual(f.actors.sort(), ['RU-CHE', 'TJ-SU']);
  assert.deepEqual(kinds(f), ['other']);
});

test('Kyrgyz: a city mayor («мэри»)', () => {
  const f = factsOf('Бишкектин мэри Айбек Жунушалиев Казан шаарына барып, Татарстан менен келишимге кол койду.', 'ky');
  assert.ok(roles(f).includes('official:KG-GB'), JSON.stringify(f.people));
  assert.deepEqual(kinds(f), ['agreement']);
});

test('Mongolian: an aimag in the genitive («Төв аймгийн»), «баримт бичиг», a city head, months', () => {
  const f = factsOf('Төв аймгийн Засаг дарга Эрхүү мужийн амбан захирагчтай уулзаж, баримт бичигт гарын үсэг зурлаа.', 'mn');
  assert.deepEqual(f.actors.sort(), ['MN-047', 'RU-IRK']);
  assert.deepEqual(kinds(f), ['other']);
  // «Төв» alone is "centre", «Дорнод» alone "east": no aimag without its word or context.
  assert.deepEqual(factsOf('Төв цэнгэлдэх хүрээлэнд Дорнод Азийн орнуудын наадам болов.', 'mn').actors, []);
  // Months are ordinals of «сар» in words, with the day after them.
  const dates = (t: string) => findDates(t, 'mn', '2025-04-10').map((d) => d.value);
  assert.deepEqual(dates('2025 оны гуравдугаар сарын 12-нд уулзав.'), ['2025-03-12']);
  assert.deepEqual(dates('Арван нэгдүгээр сарын 5-нд форум болно.'), ['2025-11-05']);
  assert.deepEqual(dates('Нэгдүгээр сарын 20-нд'), ['2025-01-20']);
  assert.deepEqual(dates('3 хоногийн дараа 12 хүн ирнэ.'), []);
});

test('the Mongolian «протокол» forms do not read Russian «протокольные» as a protocol', () => {
  const f = factsOf('Губернатор Астраханской области и глава Хатлонской области провели протокольную встречу.', 'ru');
  assert.ok(!kinds(f).includes('protocol'), JSON.stringify(f.agreements));
});

test('a capitalised word right before a generic place word of the language is a place name, not a surname', () => {
  const persons = (text: string, lang: string) =>
    analyze(docOf(text, lang))
      .mentions.filter((m) => m.kind === 'person')
      .map((m) => text.slice(m.start, m.end));
  // «Баргузин аймагт» (a Buryat district, «аймаг» in Mongolian), «Жарков ауданының»: places.
  assert.deepEqual(persons('Төлөөлөгчид Баргузин аймагт айлчлав.', 'mn'), []);
  assert.deepEqual(persons('Ресей делегациясы Жарков ауданының кәсіпорындарын аралады.', 'kk'), []);
  // A name before a title, or after one, is still a name.
  assert.deepEqual(persons('Сэлэнгэ аймгийн Засаг дарга Б.Батбаяр Эрхүү мужийн амбан захирагчтай уулзав.', 'mn'), ['Б.Батбаяр']);
  assert.deepEqual(persons('Павлодар облысының әкімі Асаин Байханов Омбы облысына барды.', 'kk'), ['Асаин Байханов']);
});
