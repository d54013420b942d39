// The facts record of a document, assembled from the relation rules.
import type { Doc, Mention } from '../core/doc.js';
import { emptyFacts, type FactsRecord, type Sector } from '../core/facts.js';
import { resolveParties, countryOf, type Parties } from './parties.js';
import { resolvePeople } from './people.js';
import { findAgreements, findEvents, findPlans } from './relations.js';
import { sentenceViews } from './sentences.js';
import { findFigures, findFlows } from './trade.js';

/** Fills `doc.facts`. Expects the mentions layer. */
export function resolveFacts(doc: Doc): Doc {
  const facts = emptyFacts(doc.id, doc.lang, doc.published);
  facts.title = doc.title;
  const parties = resolveParties(doc);
  doc.facts = facts;
  // A story needs two parties from different countries, the second named more than once in
  // passing: domestic news («…рекордный сбор в Казахстане») yields an empty record.
  if (parties.main.length < 2 || countryOf(parties.main[0]!) === countryOf(parties.main[1]!)) return doc;
  if (presence(parties, countryOf(parties.main[1]!)) < MIN_PARTNER_PRESENCE) return doc;
  const views = sentenceViews(doc, parties);
  const people = resolvePeople(doc, parties);
  facts.events = findEvents(doc, views, parties, people);
  facts.agreements = findAgreements(doc, views, parties);
  facts.plans = findPlans(doc, views, parties);
  facts.flows = findFlows(doc, views, parties);
  facts.figures = findFigures(doc, views, parties);
  const related = facts.events.length + facts.agreements.length + facts.flows.length + facts.plans.length;
  if (!related) {
    facts.figures = [];
    return doc;
  }
  facts.people = people.map((p) => p.person).filter((p) => p.actor === null || facts.events.some(() => true));
  facts.sectors = sectorsOf(doc);
  facts.actors = actorsOf(facts);
  return doc;
}

const MIN_PARTNER_PRESENCE = 2;

/** How present a country is in the story: the salience of its parties together. */
function presence(parties: Parties, country: string): number {
  let total = 0;
  for (const [code, score] of parties.salience) if (countryOf(code) === country) total += score;
  return total;
}

/** The fields of cooperation the story names; not words inside the names of institutions ("Department for Investment"). */
function sectorsOf(doc: Doc): Sector[] {
  return [...new Set(doc.mentions.filter((m) => m.kind === 'sector' && !insideName(doc, m)).map((m) => m.value as Sector))];
}

/** A sector word in title case inside an English sentence ("the Ministry of Energy") belongs to a name. */
function insideName(doc: Doc, m: Mention): boolean {
  const first = doc.tokens[m.tokenStart]!;
  const prev = doc.tokens[m.tokenStart - 1];
  return doc.lang === 'en' && first.upper && Boolean(prev && prev.sentence === first.sentence && !/^[«"“(:—–-]$/.test(prev.text));
}

/** Every place that acts as a party in some item. */
function actorsOf(f: FactsRecord): string[] {
  const codes = [
    ...f.events.flatMap((e) => e.actors),
    ...f.agreements.flatMap((a) => a.actors),
    ...f.flows.flatMap((x) => [x.from, x.to]),
    ...f.figures.flatMap((x) => x.actors),
    ...f.plans.flatMap((p) => p.actors),
    ...f.people.map((p) => p.actor).filter((a): a is string => a !== null),
  ];
  return [...new Set(codes)];
}
