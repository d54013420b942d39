// The facts record of a document, assembled from the relation rules.
import type { Doc, Mention } from '../core/doc.js';
import { emptyFacts, type FactsRecord, type Sector } from '../core/facts.js';
import { resolveParties, countryOf, type Parties } from './parties.js';
import { resolvePeople } from './people.js';
import { findAgreements, findEvents, findPlans } from './relations.js';
import { sentenceViews } from './sentences.js';
import { findFigures, findFlows } from './trade.js';
import { recorder, storyAt, traceStory, traceViews } from './trace.js';

/** Fills `doc.facts`. Expects the mentions layer. */
export function resolveFacts(doc: Doc): Doc {
  const facts = emptyFacts(doc.id, doc.lang, doc.published);
  facts.title = doc.title;
  const parties = resolveParties(doc);
  doc.facts = facts;
  // A story needs two parties from different countries, the second named more than once in
  // passing: domestic news («…рекордный сбор в Казахстане») yields an empty record.
  const trace = recorder(doc);
  traceStory(doc, parties);
  if (
    trace.veto(
      parties.main.length < 2 || countryOf(parties.main[0]!) === countryOf(parties.main[1]!),
      storyAt,
      'story-one-country',
      'story',
    )
  )
    return doc;
  if (
    trace.veto(
      presence(parties, countryOf(parties.main[1]!)) < MIN_PARTNER_PRESENCE && !actTogether(doc, parties),
      storyAt,
      'partner-absent',
      'story',
    )
  )
    return doc;
  const views = sentenceViews(doc, parties);
  traceViews(doc, views);
  const people = resolvePeople(doc, parties);
  facts.events = findEvents(doc, views, parties, people);
  facts.agreements = findAgreements(doc, views, parties);
  facts.plans = findPlans(doc, views, parties);
  facts.flows = findFlows(doc, views, parties, people);
  facts.figures = findFigures(doc, views, parties);
  const related = facts.events.length + facts.agreements.length + facts.flows.length + facts.plans.length;
  if (!trace.need(related > 0, storyAt, 'nothing-related', 'story')) {
    facts.figures = [];
    return doc;
  }
  facts.people = people.map((p) => p.person).filter((p) => p.actor === null || facts.events.some(() => true));
  facts.sectors = sectorsOf(doc);
  facts.actors = [...new Set([...actorsOf(facts), ...listedSides(doc, parties, facts)])];
  return doc;
}

/** A list this long of one country's regions in the sentence of an item names its sides. */
const MIN_LISTED = 3;

/**
 * «поставки в Алтайский, Приморский края, Томскую, Новосибирскую области», "with the Samara, Omsk
 * and Penza regions": where a sentence with a word of an event, a document or trade lists several
 * regions of a country the story's items are about, each of them acts, though the items name only
 * the country or one of them.
 */
function listedSides(doc: Doc, parties: Parties, f: FactsRecord): string[] {
  const items = [...f.events, ...f.agreements, ...f.flows];
  const countries = new Set(items.flatMap((it) => ('from' in it ? [it.from, it.to] : it.actors)).map(countryOf));
  const sentences = sentencesWith(doc, ['event', 'agreement', 'flow']);
  const out: string[] = [];
  for (const index of sentences) {
    const refs = (parties.bySentence.get(index) ?? []).filter((r) => r.via !== 'reference' && r.code.includes('-'));
    const byCountry = new Map<string, Set<string>>();
    for (const r of refs) byCountry.set(countryOf(r.code)!, (byCountry.get(countryOf(r.code)!) ?? new Set()).add(r.code));
    for (const [country, codes] of byCountry) if (countries.has(country) && codes.size >= MIN_LISTED) out.push(...codes);
  }
  return out;
}

const MIN_PARTNER_PRESENCE = 2;

/**
 * Both principal countries named in one sentence that tells an event or an agreement («Делегация
 * Харбина посетила Новосибирск»): a partner named once, by a city, is a side all the same.
 */
function actTogether(doc: Doc, parties: Parties): boolean {
  const sides = parties.main.map(countryOf);
  const told = sentencesWith(doc, ['event', 'agreement']);
  for (const [sentence, refs] of parties.bySentence) {
    if (!told.has(sentence)) continue;
    const named = new Set(refs.filter((r) => r.via !== 'reference').map((r) => countryOf(r.code)));
    if (sides.every((c) => named.has(c))) return true;
  }
  return false;
}

/** The sentences with a trigger word of these groups (events, documents, trade). */
function sentencesWith(doc: Doc, groups: string[]): Set<number> {
  return new Set(doc.mentions.filter((m) => m.kind === 'trigger' && groups.includes(m.attrs?.group as string)).map((m) => m.sentence));
}

/** How present a country is in the story: the salience of its parties together. */
function presence(parties: Parties, country: string): number {
  let total = 0;
  for (const [code, score] of parties.salience) if (countryOf(code) === country) total += score;
  return total;
}

/**
 * The fields of cooperation the story names: not words inside the names of institutions ("Department
 * for Investment"), nor words that only name goods shipped («минеральные удобрения», "supplies
 * medicines"). Agricultural goods do name a field: food supplies are agriculture.
 */
function sectorsOf(doc: Doc): Sector[] {
  const goods = doc.mentions.filter((m) => m.kind === 'goods');
  const flowSentences = new Set(
    doc.mentions.filter((m) => m.kind === 'trigger' && (m.attrs?.group as string) === 'flow').map((m) => m.sentence),
  );
  // Food and farm goods (HS chapters 01-24) do name agriculture; "agricultural machinery" does not.
  const farmGoods = (g: Mention) => (g.value as string[]).some((ch) => ch <= '24');
  const namesGoods = (m: Mention) =>
    goods.some(
      (g) =>
        (m.value !== 'agriculture' || !farmGoods(g)) &&
        g.tokenStart <= m.tokenStart &&
        m.tokenEnd <= g.tokenEnd &&
        (g.tokenEnd - g.tokenStart > m.tokenEnd - m.tokenStart || flowSentences.has(m.sentence)),
    );
  const trace = recorder(doc);
  const evidence = doc.mentions.filter(
    (m) =>
      m.kind === 'sector' &&
      !trace.veto(Boolean(m.attrs?.inName), m, 'in-name', 'sector') &&
      !trace.veto(namesGoods(m), m, 'names-goods', 'sector') &&
      !trace.veto(negated(doc, m), m, 'negated', 'sector'),
  );
  for (const m of evidence) trace.made(m, 'sector', 'sectors', { sector: m.value });
  return [...new Set(evidence.map((m) => m.value as Sector))];
}

/** "non-energy exports": the field is named only to be excluded. */
function negated(doc: Doc, m: Mention): boolean {
  const hyphen = doc.tokens[m.tokenStart - 1];
  const word = doc.tokens[m.tokenStart - 2];
  return Boolean(hyphen && word && hyphen.text === '-' && word.end === hyphen.start && word.lower === 'non');
}

/** Every place that acts as a party in some item. */
function actorsOf(f: FactsRecord): string[] {
  const codes = [
    ...f.events.flatMap((e) => e.actors),
    ...f.agreements.flatMap((a) => a.actors),
    ...f.flows.flatMap((x) => [x.from, x.to]),
    // A place a trade figure is about; a count of other things (regions, meetings) makes no side.
    ...f.figures.filter((x) => x.metric !== 'other').flatMap((x) => x.actors),
    ...f.plans.flatMap((p) => p.actors),
    ...f.people.map((p) => p.actor).filter((a): a is string => a !== null),
  ];
  return [...new Set(codes)];
}
