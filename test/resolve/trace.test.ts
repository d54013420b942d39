// The trace layer: which rules fired in a sentence and which a named check stopped; every item's
// evidence names a rule of the table. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyTrace, type Doc, type TraceEntry } from '../../src/core/doc.js';
import { PLAN_KINDS } from '../../src/core/facts.js';
import { readLexicon } from '../../src/core/paths.js';
import { analyze } from '../../src/resolve/index.js';
import { CHECKS, FLOW_KINDS, RELATION_RULES } from '../../src/resolve/rules.js';
import { wordRule } from '../../src/resolve/trace.js';
import { traceRecords, traceText } from '../../src/app/trace.js';
import { docOf } from '../support/doc.js';

const story = (...lines: string[]) => lines.join('\n');
const RULES = new Set<string>(RELATION_RULES.map((r) => r.name));

function traced(text: string, lang: string, published: string | null = '2025-04-10'): Doc {
  const doc = docOf(text, lang, published);
  doc.trace = emptyTrace();
  return analyze(doc);
}

/** The entries of the sentence that holds `words`. */
function entriesOf(doc: Doc, words: string): TraceEntry[] {
  const s = doc.sentences.find((x) => doc.text.slice(x.start, x.end).includes(words));
  assert.ok(s, `no sentence with ${words}`);
  return doc.trace!.entries.filter((e) => e.sentence === s.index);
}

const HEAD = 'Новосибирская и Карагандинская области';

test('a signing that took place fires, and the trace names the item it made', () => {
  const doc = traced(
    story(HEAD, '', 'Губернатор Новосибирской области и аким Карагандинской области подписали соглашение о сотрудничестве.'),
    'ru',
  );
  const entries = entriesOf(doc, 'подписали');
  const signing = entries.find((e) => e.rule === 'signing');
  assert.equal(signing?.outcome, 'fired', JSON.stringify(entries));
  assert.equal(doc.text.slice(signing!.start, signing!.end), 'подписали');
  assert.ok(
    signing!.emitted?.some((x) => x.list === 'events' && x.item.type === 'signing'),
    JSON.stringify(signing),
  );
  const agreement = entries.find((e) => e.rule === 'agreement:signed');
  assert.equal(agreement?.outcome, 'fired');
  assert.ok(!entries.some((e) => e.outcome === 'stopped' && e.rule === 'signing'), JSON.stringify(entries));
});

test('a recalled signing shows the veto that stopped it', () => {
  const doc = traced(
    story(
      HEAD,
      '',
      'Губернатор Новосибирской области провел встречу с акимом Карагандинской области.',
      'Напомним, губернатор Новосибирской области и аким Карагандинской области подписали дорожную карту.',
    ),
    'ru',
  );
  const signing = entriesOf(doc, 'Напомним').find((e) => e.rule === 'signing');
  assert.equal(signing?.outcome, 'stopped', JSON.stringify(doc.trace!.entries));
  assert.equal(signing!.check, 'recalls');
  assert.ok(!doc.facts!.events.some((e) => e.type === 'signing'), JSON.stringify(doc.facts!.events));
  // The sentence's own reading is traced with it: the flag the veto read.
  const read = doc.trace!.sentences.find((s) => s.index === signing!.sentence);
  assert.ok(read?.flags.includes('recalls'), JSON.stringify(read));
});

test('a meeting still to come, a cancelled visit and an offer each name their check', () => {
  const doc = traced(
    story(
      'Omsk and Karaganda',
      '',
      'The Governor of Omsk region met the Akim of Karaganda region in Omsk.',
      'The Governor of Omsk region will hold a meeting with the Akim of Karaganda region in June.',
      'The visit of the Akim of Karaganda region to Omsk was cancelled.',
    ),
    'en',
  );
  const ahead = entriesOf(doc, 'will hold').find((e) => e.rule === 'meeting');
  assert.equal(ahead?.check, 'ahead', JSON.stringify(doc.trace!.entries));
  const cancelled = entriesOf(doc, 'cancelled').find((e) => e.rule === 'visit');
  assert.equal(cancelled?.check, 'unrealized', JSON.stringify(doc.trace!.entries));
  const met = entriesOf(doc, ' met ').find((e) => e.rule === 'meeting');
  assert.equal(met?.outcome, 'fired');
});

test('a flow talked about is stopped, and goods shipped fire a flow', () => {
  const doc = traced(
    story(
      HEAD,
      '',
      'Новосибирская область поставляет в Карагандинскую область пшеницу и муку.',
      'Стороны обсудили поставки угля в Новосибирскую область.',
    ),
    'ru',
  );
  const shipped = entriesOf(doc, 'поставляет').find((e) => e.rule.startsWith('flow:'));
  assert.equal(shipped?.outcome, 'fired', JSON.stringify(doc.trace!.entries));
  assert.ok(shipped!.emitted?.some((x) => x.list === 'flows'));
  const talked = entriesOf(doc, 'обсудили').find((e) => e.rule.startsWith('flow:'));
  assert.equal(talked?.check, 'talked-about', JSON.stringify(doc.trace!.entries));
});

test('a plan kind given up for another reading of the sentence names why', () => {
  const doc = traced(
    story(
      HEAD,
      '',
      'Губернатор Новосибирской области пригласил акима Карагандинской области на международный форум в сентябре.',
      'Губернатор Новосибирской области посетит Караганду в сентябре.',
    ),
    'ru',
  );
  const invited = entriesOf(doc, 'пригласил');
  assert.equal(invited.find((e) => e.rule === 'plan:visit')?.check, 'invited-to-event', JSON.stringify(invited));
  assert.equal(invited.find((e) => e.rule === 'plan:event')?.outcome, 'fired', JSON.stringify(invited));
  // A visit with nothing else to read it as stays a visit plan.
  const visit = entriesOf(doc, 'посетит');
  assert.equal(visit.find((e) => e.rule === 'plan:visit')?.outcome, 'fired', JSON.stringify(visit));
});

test('a sector word inside an office title is stopped, one of the field fires', () => {
  const doc = traced(
    story(
      HEAD,
      '',
      'Министр сельского хозяйства Новосибирской области и аким Карагандинской области подписали соглашение о сотрудничестве в сфере туризма.',
    ),
    'ru',
  );
  const sectors = entriesOf(doc, 'туризма').filter((e) => e.rule === 'sector');
  assert.ok(
    sectors.some((e) => e.outcome === 'stopped' && e.check === 'in-name'),
    JSON.stringify(sectors),
  );
  assert.ok(
    sectors.some((e) => e.outcome === 'fired' && e.emitted?.[0]?.item.sector === 'tourism'),
    JSON.stringify(sectors),
  );
});

test('a story with one country stops at the gate, named for the story as a whole', () => {
  const doc = traced(story('Новосибирская область', '', 'Губернатор Новосибирской области провел совещание в Новосибирске.'), 'ru');
  const gate = doc.trace!.entries.find((e) => e.sentence === -1);
  assert.equal(gate?.rule, 'story');
  assert.equal(gate?.check, 'story-one-country');
});

test('without a trace asked for, the document gets none and the record is the same', () => {
  const text = story(
    HEAD,
    '',
    'Губернатор Новосибирской области и аким Карагандинской области подписали соглашение.',
    'Напомним, в 2019 году стороны подписали меморандум.',
  );
  const plain = analyze(docOf(text, 'ru'));
  assert.equal(plain.trace, undefined);
  assert.deepEqual(traced(text, 'ru').facts, plain.facts);
});

// A small fixture of our own sentences that makes an item of every list.
const FIXTURE = [
  story(
    HEAD,
    '',
    'Губернатор Новосибирской области Андрей Травников и аким Карагандинской области Ермаганбет Булекпаев провели переговоры в Новосибирске.',
    'Стороны подписали дорожную карту и соглашение о торгово-экономическом сотрудничестве.',
    'Новосибирская область экспортирует в Карагандинскую область пшеницу, а импортирует оттуда уголь.',
    'Товарооборот между регионами в 2024 году составил 150 млн долларов, увеличившись на 12%.',
    'В сентябре делегация Карагандинской области посетит Новосибирск.',
  ),
  story(
    'Omsk and Karaganda',
    '',
    'The Governor of Omsk region Vitaly Khotsenko met the Akim of Karaganda region in Omsk.',
    'The sides signed a memorandum on cooperation in education.',
    'Omsk region exports grain and sunflower oil to Karaganda region.',
    'Trade between the regions reached $95 million last year.',
    'The sides agreed to hold a business forum in Karaganda next year.',
  ),
];

test('every item of the fixture names a rule of the table, and every trace entry a rule and a check', () => {
  const lists = new Set<string>();
  for (const [i, text] of FIXTURE.entries()) {
    const doc = traced(text, i === 0 ? 'ru' : 'en');
    const f = doc.facts!;
    for (const [list, items] of Object.entries({
      people: f.people,
      events: f.events,
      agreements: f.agreements,
      flows: f.flows,
      figures: f.figures,
      plans: f.plans,
    }))
      for (const item of items as { evidence?: { rule?: string }[] }[]) {
        lists.add(list);
        assert.ok(item.evidence?.length, `${list}: ${JSON.stringify(item)}`);
        for (const e of item.evidence) assert.ok(e.rule && RULES.has(e.rule), `${list}: ${JSON.stringify(e)}`);
      }
    for (const e of doc.trace!.entries) {
      assert.ok(RULES.has(e.rule), JSON.stringify(e));
      if (e.outcome === 'stopped') assert.ok(e.check && e.check in CHECKS, JSON.stringify(e));
    }
    // Every item is made by some fired entry of the trace.
    const fired = doc.trace!.entries.filter((e) => e.outcome === 'fired').flatMap((e) => e.emitted ?? []);
    assert.ok(fired.length > 0);
  }
  assert.deepEqual([...lists].sort(), ['agreements', 'events', 'figures', 'flows', 'people', 'plans']);
});

test('the trace prints as text by sentence and as JSON entries', () => {
  const doc = traced(FIXTURE[0]!, 'ru');
  const text = traceText(doc);
  assert.match(text, /^t · ru · published 2025-04-10 · parties /);
  assert.match(text, /\+ signing +«подписали» → events: signing/);
  const records = traceRecords(doc) as { rule: string; outcome: string; word: string }[];
  assert.ok(records.some((r) => r.rule === 'signing' && r.outcome === 'fired' && r.word === 'подписали'));
  const stopped = traceRecords(
    traced(story(HEAD, '', 'Напомним, губернатор Новосибирской области и аким Карагандинской области подписали план.'), 'ru'),
  );
  assert.ok(
    stopped.some((r) => (r as { check?: string }).check === 'recalls'),
    JSON.stringify(stopped),
  );
});

test('every word kind of the trigger lexicon is read by a rule of the table', () => {
  const lx = readLexicon<Record<string, Record<string, unknown>>>('triggers');
  for (const group of ['event', 'agreement', 'plan', 'flow'])
    for (const kind of Object.keys(lx[group]!)) {
      const rule = wordRule({ sentence: 0, start: 0, end: 0, kind: 'trigger', attrs: { group, kinds: [kind] } });
      assert.ok(rule && RULES.has(rule), `${group}.${kind}`);
    }
  for (const kind of FLOW_KINDS) assert.ok(RULES.has(`flow:${kind}`));
  for (const kind of PLAN_KINDS) assert.ok(RULES.has(`plan:${kind}`));
});
