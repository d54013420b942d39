import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const RU = [
  'Томская область и Павлодарская область подписали дорожную карту до 2028 года',
  '',
  'Губернатор Томской области Иван Сидоренко и аким Павлодарской области Ержан Нуртаев вчера провели переговоры в Томске и подписали дорожную карту сотрудничества до 2028 года.',
  'Павлодарская делегация прибыла в Томск в понедельник.',
  'По словам Ивана Сидоренко, товарооборот с республикой в 2024 году составил 150 млн долларов, увеличившись на 12%.',
  'Томская область поставляет в Павлодарскую область пиломатериалы и лекарственные препараты, а из Павлодарской области в Томскую область поступают пшеница и уголь.',
  'Аким Павлодарской области предложил томским компаниям наладить сборку сельхозтехники.',
  'Стороны договорились провести в 2026 году Дни Томской области в Павлодаре.',
].join('\n');

test('a Russian story: parties, people, events, agreement, flows, figure, plan', () => {
  const f = factsOf(RU, 'ru');
  assert.deepEqual(new Set(f.actors), new Set(['RU-TOM', 'KZ-PAV']));
  assert.deepEqual(
    f.people.map((p) => [p.name, p.role, p.actor]),
    [
      ['Иван Сидоренко', 'governor', 'RU-TOM'],
      ['Ержан Нуртаев', 'akim', 'KZ-PAV'],
    ],
  );
  const types = new Set(f.events.map((e) => e.type));
  for (const t of ['meeting', 'signing', 'visit', 'proposal']) assert.ok(types.has(t as never), `event ${t}`);
  const meeting = f.events.find((e) => e.type === 'meeting')!;
  assert.equal(meeting.date, '2025-04-09');
  assert.equal(meeting.place, 'Tomsk');
  const visit = f.events.find((e) => e.type === 'visit')!;
  assert.deepEqual(visit.actors, ['KZ-PAV', 'RU-TOM']);
  assert.deepEqual(
    f.agreements.map((a) => [a.kind, a.status, a.year, a.until]),
    [['roadmap', 'signed', 2025, 2028]],
  );
  const out = f.flows.find((x) => x.from === 'RU-TOM')!;
  const back = f.flows.find((x) => x.from === 'KZ-PAV')!;
  assert.deepEqual(out.goods, ['44', '30']);
  assert.deepEqual(back.goods, ['10', '27']);
  assert.deepEqual(
    f.figures.map((x) => [x.metric, x.value, x.unit, x.change_pct, x.period]),
    [['turnover', 150_000_000, 'USD', 12, '2024']],
  );
  assert.deepEqual(
    f.plans.map((p) => [p.kind, p.year]),
    [['event', 2026]],
  );
  assert.ok(f.sectors.includes('trade'));
});

const EN = [
  'Grodno region and Namangan region sign memorandum',
  '',
  'NAMANGAN, April 9 - Grodno Region Chairman Pavel Lisovsky held talks with Namangan region hokim Azizbek Usmonov on Tuesday and signed a memorandum of understanding.',
  'Grodno supplies milk powder and tractors to Uzbekistan, while Namangan ships dried fruit and cotton yarn to Belarus.',
  'Trade between the two regions reached $21.5 million in 2024, up 30 percent.',
  'Usmonov invited Lisovsky to visit Namangan next year.',
].join('\n');

test('an English story: roles by country, directions by verbs and prepositions, invitation as plan', () => {
  const f = factsOf(EN, 'en');
  assert.deepEqual(
    f.people.map((p) => [p.name, p.role, p.actor]),
    [
      ['Pavel Lisovsky', 'regional_head', 'BY-HR'],
      ['Azizbek Usmonov', 'hokim', 'UZ-NG'],
    ],
  );
  assert.ok(f.events.some((e) => e.type === 'meeting' && e.date === '2025-04-08'));
  assert.ok(f.agreements.some((a) => a.kind === 'memorandum' && a.status === 'signed' && a.year === 2025));
  assert.deepEqual(f.flows.find((x) => x.from === 'BY-HR')?.to, 'UZ');
  assert.deepEqual(f.flows.find((x) => x.from === 'UZ-NG')?.to, 'BY');
  assert.ok(f.figures.some((x) => x.metric === 'turnover' && x.value === 21_500_000 && x.change_pct === 30));
  assert.ok(f.plans.some((p) => p.kind === 'visit' && p.year === 2026));
});

test('every item points at the span it came from', () => {
  const f = factsOf(RU, 'ru');
  for (const list of [f.events, f.agreements, f.flows, f.figures, f.plans, f.people])
    for (const item of list) {
      assert.ok(item.evidence?.length, `evidence for ${JSON.stringify(item)}`);
      for (const e of item.evidence!) {
        assert.ok(e.start < e.end && e.end <= RU.length);
        assert.ok(e.sentence && RU.includes(e.sentence));
      }
    }
});

test('domestic news yields an empty record', () => {
  const f = factsOf(
    'Аграрии Томской области собрали 1,2 млн тонн зерна. Губернатор Иван Сидоренко поблагодарил механизаторов. Погода была лучше, чем в Казахстане.',
    'ru',
  );
  assert.deepEqual([f.actors, f.events, f.people, f.figures], [[], [], [], []]);
});

test('names in the instrumental come back to the nominative; nominatives stay', () => {
  const f = factsOf(
    'Губернатор Омской области Сергей Белоусов провел переговоры с акимом Павлодарской области Мариной Кравец. Сергей Белоусов и Марина Кравец подписали соглашение. Аким Марина Кравец предложила Омской области наладить поставки зерна.',
    'ru',
  );
  assert.deepEqual(f.people.map((p) => p.name).sort(), ['Марина Кравец', 'Сергей Белоусов']);
});
