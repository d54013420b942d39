// Property-based tests (fast-check) of every reader and text stage: arbitrary input never makes
// one throw or hang, and every offset it gives stays inside its text. `npm test` runs them with a
// fixed seed; `npm run fuzz` runs many more cases with a fresh seed (FUZZ_RUNS, FUZZ_SEED).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeSource } from '../../src/app/pipeline.js';
import { decode } from '../../src/ingest/decode.js';
import { readFeed } from '../../src/ingest/feed.js';
import { htmlText, readHtmlPage } from '../../src/ingest/html.js';
import { readMarkdown } from '../../src/ingest/markdown.js';
import { readJson, readJsonLines } from '../../src/ingest/records.js';
import type { SourceResult } from '../../src/ingest/read.js';
import { findDates, findPeriods } from '../../src/extract/dates.js';
import { findQuantities, parseNumber } from '../../src/extract/numbers.js';
import { clean, readHeader, toRaw } from '../../src/text/clean.js';
import { textKeys } from '../../src/text/morph.js';
import { segment } from '../../src/text/segment.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 40;
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED) || 20261206;
const params = (runs = RUNS) => ({ numRuns: runs, seed: SEED, endOnFailure: true });
if (process.env.FUZZ_RUNS) console.log(`fuzz: ${RUNS} runs a property, seed ${SEED}`);

/** Pieces news text is made of, and the odd characters that broke stages before. */
const PIECES = [
  'Омская область',
  'Казахстан',
  'подписали соглашение',
  'Altai Krai',
  'signed a memorandum',
  ' ',
  '\n',
  '\n\n',
  '. ',
  ', ',
  '12 марта 2025 года',
  '2025-03-12',
  'в 2024 году',
  'на 15%',
  '1,5 млрд рублей',
  '$3.2 million',
  'тыс. тонн',
  'ϒ',
  '𝖣',
  'ё',
  'Ё',
  '\u00a0',
  '\u200b',
  '\ufffd',
  '\u0301',
  '«',
  '»',
  '—',
  '"',
  "'",
  '<',
  '>',
  '&amp;',
  '<p>',
  '</p>',
  '<div>',
  '<h>',
  '<br>',
  '<script>x</script>',
  '#',
  '*',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  ':',
  '\t',
  '\r\n',
  ' date ',
  'ВКО',
  'РФ',
  'Mr.',
  'г.',
  'т.е.',
  '…',
  '🙂',
  '\ud800',
  '0',
  '9999999999999',
];
const newsish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(newsish, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));

function resultsOk(results: SourceResult[]): void {
  assert.ok(Array.isArray(results));
  for (const r of results)
    if (r.ok) assert.equal(typeof r.doc.raw, 'string');
    else assert.equal(typeof r.reason, 'string');
}

test('decoding any bytes gives text or a reason', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
      const d = decode(bytes);
      assert.ok(d.ok ? typeof d.text === 'string' : typeof d.reason === 'string');
    }),
    params(),
  );
  fc.assert(
    fc.property(newsish, (text) => {
      const d = decode(Buffer.from(text, 'utf8'));
      assert.ok(!text || d.ok || /binary|NUL/.test(d.reason));
    }),
    params(),
  );
});

test('HTML, Markdown, feeds, JSON and JSON Lines readers never throw', () => {
  const where = { id: 'p', source: 'p' };
  fc.assert(
    fc.property(anyText, (text) => {
      resultsOk([readHtmlPage(text, where), readMarkdown(text, where)]);
      assert.equal(typeof htmlText(text), 'string');
      resultsOk(readFeed(`<?xml version="1.0"?><rss><channel><item>${text}</item></channel></rss>`, 'f', 'f'));
      resultsOk(readFeed(text, 'f', 'f'));
      resultsOk(readJson(text, 'j', 'j'));
      resultsOk(readJsonLines(text, 'j', 'j'));
    }),
    params(),
  );
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      resultsOk(readJson(JSON.stringify(value), 'j', 'j'));
      resultsOk(readJsonLines(`${JSON.stringify(value)}\n${JSON.stringify({ text: value })}`, 'j', 'j'));
    }),
    params(),
  );
});

test('cleaning, segmentation, morphology, numbers and dates keep their offsets inside the text', () => {
  fc.assert(
    fc.property(anyText, (raw) => {
      const cleaned = clean(raw);
      for (const s of cleaned.offsets) {
        assert.ok(s.start >= 0 && s.start + s.length <= cleaned.text.length);
        assert.ok(s.rawStart >= 0 && s.rawStart + s.length <= raw.length);
      }
      for (let i = 0; i <= cleaned.text.length; i += 7) {
        const r = toRaw(cleaned.offsets, i);
        assert.ok(r >= 0 && r <= raw.length);
      }
      readHeader(raw);
      const { tokens, sentences } = segment(cleaned.text);
      for (const span of [...tokens, ...sentences]) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= cleaned.text.length);
      for (const t of tokens) assert.ok(Array.isArray(textKeys(t.text)));
      for (const lang of ['ru', 'en']) {
        for (const q of findQuantities(cleaned.text, lang)) assert.ok(q.start >= 0 && q.start <= q.end && q.end <= cleaned.text.length);
        for (const d of [...findDates(cleaned.text, lang, '2025-03-12'), ...findPeriods(cleaned.text, lang, null)])
          assert.ok(d.start >= 0 && d.start <= d.end && d.end <= cleaned.text.length);
        parseNumber(raw.slice(0, 40), lang);
      }
    }),
    params(),
  );
});

test('the whole pipeline on any text: facts whose evidence lies inside the text', () => {
  fc.assert(
    fc.property(anyText, fc.option(fc.constantFrom('2025-03-12', '1999-01-01')), (raw, published) => {
      if (!raw.trim()) return;
      const { doc, facts } = analyzeSource({ id: 'fuzz', source: 'fuzz', title: null, published, raw, url: null });
      for (const span of [...doc.tokens, ...doc.sentences, ...doc.mentions])
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= doc.text.length);
      for (const list of ['events', 'agreements', 'flows', 'figures', 'plans', 'people'] as const)
        for (const item of facts[list] as { evidence?: { start: number; end: number }[] }[])
          for (const e of item.evidence ?? []) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= doc.text.length, JSON.stringify(e));
    }),
    params(Math.max(10, Math.round(RUNS / 2))),
  );
});
