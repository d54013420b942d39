// Language modules (lexicons/lang/CODE/): Tajik, Azerbaijani, Belarusian and Mongolian each add
// their trigger words, sector cues and office titles as a folder, and Russia's regions as their
// news names them come from the gazetteer. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlayLanguage } from '../../src/core/paths.js';
import type { FactsRecord } from '../../src/core/facts.js';
import { factsOf } from '../support/doc.js';

const types = (f: FactsRecord) => new Set(f.events.map((e) => e.type));
const people = (f: FactsRecord) => f.people.map((p) => [p.role, p.actor]);

test('a language module adds its entries under its own language, wherever the base keeps one per language', () => {
  const base = {
    _doc: 'triggers',
    event: { meeting: { ru: ['встреча'], en: ['talks'] } },
    future: { ru: ['будет'] },
    verbFinal: { kk: { to: ['ға'] } },
  };
  const module = { event: { meeting: ['вохӯрӣ*'], forum: ['намоишгоҳ*'] }, future: ['хоҳад шуд'], verbFinal: { to: ['ба'] } };
  assert.deepEqual(overlayLanguage(base, module, 'tg'), {
    _doc: 'triggers',
    event: { meeting: { ru: ['встреча'], en: ['talks'], tg: ['вохӯрӣ*'] }, forum: { tg: ['намоишгоҳ*'] } },
    future: { ru: ['будет'], tg: ['хоҳад шуд'] },
    verbFinal: { kk: { to: ['ға'] }, tg: { to: ['ба'] } },
  });
  // Lists of entries gain the module's, each marked with the language; the base is left as it was.
  const list = [{ sector: 'trade', lang: 'ru', terms: ['торговля'] }];
  assert.deepEqual(overlayLanguage(list, [{ sector: 'trade', terms: ['савдо*'] }], 'tg'), [
    { sector: 'trade', lang: 'ru', terms: ['торговля'] },
    { sector: 'trade', terms: ['савдо*'], lang: 'tg' },
  ]);
  assert.equal(list.length, 1);
  assert.throws(() => overlayLanguage({ future: { ru: ['будет'] } }, { future: 'хоҳад' }, 'tg'), /language module \(tg\)/);
});

test('Tajik: a Russian oblast and Tajikistan sign an agreement; sectors in Tajik', () => {
  const f = factsOf(
    'Ҷумҳурии Тоҷикистон ва вилояти Свердловск созишномаи ҳамкорӣ имзо карданд. Тарафҳо ҳамкорӣ дар соҳаҳои саноат, кишоварзӣ ва маориф баррасӣ карданд.',
    'tg',
  );
  assert.deepEqual(new Set(f.actors), new Set(['TJ', 'RU-SVE']));
  assert.ok(types(f).has('signing'));
  assert.deepEqual(
    f.agreements.map((a) => [a.kind, a.status]),
    [['agreement', 'signed']],
  );
  for (const s of ['industry', 'agriculture', 'education']) assert.ok(f.sectors.includes(s as never), s);
});

test('Azerbaijani: a meeting of a governor and a minister; no event without a trigger word', () => {
  const f = factsOf(
    'Azərbaycanın iqtisadiyyat naziri Samir Məmmədov Sverdlovsk vilayətinin qubernatoru Pavel Orlov ilə görüşüb. Tərəflər ticarət və turizm sahəsində əməkdaşlığı müzakirə ediblər.',
    'az',
  );
  assert.deepEqual(new Set(f.actors), new Set(['AZ', 'RU-SVE']));
  assert.ok(types(f).has('meeting'));
  assert.ok(f.sectors.includes('trade') && f.sectors.includes('tourism'));
  assert.deepEqual(new Set(people(f).map((p) => p[0])), new Set(['minister', 'governor']));
  const quiet = factsOf('Azərbaycan və Sverdlovsk vilayəti haqqında yeni kitab çap olunub.', 'az');
  assert.equal(quiet.events.length, 0);
});

test('Belarusian: a Russian oblast delegation visits Belarus and signs', () => {
  const f = factsOf(
    'Дэлегацыя Курскай вобласці наведала Беларусь. Бакі падпісалі пагадненне аб супрацоўніцтве ў сферы прамысловасці і адукацыі.',
    'be',
  );
  assert.ok(f.actors.includes('RU-KRS'), JSON.stringify(f.actors));
  assert.ok(types(f).has('signing') || types(f).has('visit'), JSON.stringify(f.events));
  assert.ok(f.sectors.includes('industry') && f.sectors.includes('education'), JSON.stringify(f.sectors));
});

test('Mongolian: Buryatia and a Mongolian aimag meet; tourism and trade', () => {
  const f = factsOf(
    'Буриад улсын төлөөлөгчид Сэлэнгэ аймагт айлчлал хийж, аялал жуулчлал, худалдааны салбарт хамтран ажиллах талаар уулзалт хийв.',
    'mn',
  );
  assert.ok(f.actors.includes('RU-BU'), JSON.stringify(f.actors));
  assert.ok(f.sectors.includes('tourism') && f.sectors.includes('trade'), JSON.stringify(f.sectors));
});
