// The relation rules as named, declarative entries: what each reads (trigger lexicon keys of
// lexicons/triggers.json, in every language the lexicon lists), the conditions under which it
// fires, the vetoes that stop it, and what it emits. Every item's `evidence.rule` is one of these
// names, so `extract --explain` leads from an item to its entry here. The conditions are carried
// out in relations.ts; the table says which function carries out each.

import { METRICS, PLAN_KINDS, TRIGGER_KINDS, type TriggerGroup, type TriggerKind } from '../core/facts.js';

export interface RelationRule {
  /** The name an item's `evidence.rule` carries. */
  name: string;
  /** What the rule emits: the list and the kind. */
  emits: string;
  /** Trigger lexicon keys it reads (group.kind in lexicons/triggers.json). */
  triggers: TriggerKey[];
  /** What must hold, in words; each names the function that checks it. */
  when: string[];
  /** What stops it, in words: the vetoes. */
  unless: string[];
}

/** The kinds of the flow words (the `flow` group of lexicons/triggers.json). */
export const FLOW_KINDS = TRIGGER_KINDS.flow;

/** A trigger lexicon key a rule reads: group.kind, or a whole group. */
type TriggerKey =
  { [G in TriggerGroup]: `${G}.${TriggerKind<G>}` | `${G}.*` }[TriggerGroup] | 'future.*' | 'prospect.*' | 'intention.*' | 'onset.*';

const EVENT_VETOES = [
  'a future word in the clause of the trigger, or in a relative clause right after it; a framed occasion («в ходе встречи») only by one before it (eventAhead)',
  'a date of the sentence after the publication date (eventAhead)',
  'the sentence tells of an intention that did not come true: unrealized.* (sentenceViews)',
  'a readiness word earlier in the clause, or an offer word whose content the trigger is («предложил провести форум»): readiness.*, event.proposal (offeredOnly)',
  'a count right before the word: «11 деловых встреч», "held 5 forums" (tallied)',
];

export const RELATION_RULES = [
  {
    name: 'meeting',
    emits: 'events: meeting, the parties of the clause of the trigger',
    triggers: ['event.meeting', 'event.discussion', 'event.reception'],
    when: [
      '«принял»/"received" only with an official or a person right by the verb (receivedOfficial)',
      'two parties of different countries in the sentence, else the story’s (relationParties)',
      '«обсудили» / "discussed" only with two sides named before it, as places or as the parties of the people named, two people named before it, or a partner after with.* («обсудил с консулом Монголии»; the story’s own side where none is named before) (asMeeting, partnerAfter)',
      'a region after «в»/"in" whose country another side of the sentence stands for is where it was held, not a side (withoutVenue)',
      'one meeting per sides: a report naming more of them («встреча прошла с участием…») is the same meeting (mergeEvents)',
      'dated by its sentence, else by «в тот же день»/"the same day" (sameDay.*), the sitting’s day, a recent day the next or previous sentence tells, the publication date, or without one the latest year the story tells (eventDate, sameDay, sharedDates, neighbourDates, datedByPublication)',
      'a report recalled from earlier years joins it without lending its date (mergeEvents)',
    ],
    unless: EVENT_VETOES,
  },
  {
    name: 'visit',
    emits: 'events: visit, guest first (visitDirection)',
    triggers: ['event.visit', 'plan.business_mission'],
    when: ['a business mission counts only when dated in the past (findEvents)'],
    unless: [
      ...EVENT_VETOES,
      'a visit still prepared or awaited: «подготовка визита», "ahead of the visit" (awaitedVisit)',
      'a delegation with neither origin nor destination in the sentence (visitDirection, isDelegation)',
      'a later report of the same sides’ visit that does not name both its ends joins the visit told before (mergeEvents)',
    ],
  },
  {
    name: 'signing',
    emits: 'events: signing, the parties of the clause of the trigger (clauseParties)',
    triggers: ['event.signing'],
    when: ['two parties of different countries'],
    unless: [
      ...EVENT_VETOES,
      'every date of the sentence in earlier years, or the nearest one (pastYearNear), or a month already past (earlierMonth)',
      'the sentence opens by recalling: recall.* (sentenceViews)',
      'time counted from it: since.* («с момента подписания», "since the signing") (countedFrom)',
      'a date put long past: longAgo.* («ещё в октябре 2018 г.», "back in 2018") (longAgo)',
      'only counted documents over time: «с начала года подписано 25 документов» (counted)',
      'no meeting is implied by a signing at a forum of the same sides (withMeetings)',
    ],
  },
  {
    name: 'signing:pairs',
    emits: 'events: one signing per pair of sides',
    triggers: ['event.signing'],
    when: [
      'two or more pairs of sides of two countries, each joined by «и»/"and" (coordinatedPairs)',
      'the pairs outnumber the signing verbs of the sentence: they share one verb (sharedVerb)',
    ],
    unless: ['as signing'],
  },
  {
    name: 'forum',
    emits: 'events: forum; a meeting of a council or commission is its session (sessionOf)',
    triggers: ['event.forum', 'event.meeting'],
    when: [
      'two parties of different countries; a region it is held in is no side where its country has one (withoutVenue)',
      'a signing told at it takes its day (sharedDates)',
    ],
    unless: EVENT_VETOES,
  },
  {
    name: 'proposal',
    emits: 'events: proposal, the proposer first (proposersOf)',
    triggers: ['event.proposal', 'event.interest'],
    when: [
      'interest only when it names what: goods, a field or a plan word after it (specificInterest)',
      'the proposer is the speaker, a party named before it, not one after with.* («на встрече с акимом …») (proposerOf)',
    ],
    unless: [
      'an offer another party made and this one takes up: response.* (takenUp)',
      'an offer or interest of both sides: mutual.* near it, or (interest) the two sides after between.* (mutualOffer)',
      'told without its agent («предлагается», "it is proposed"): passive.*, unless a party is named before it (agentless)',
    ],
  },
  {
    name: 'agreement:signed',
    emits: 'agreements: status signed; year its date, else the publication year, else the story’s (storyYear)',
    triggers: ['agreement.*', 'event.signing'],
    when: [
      'a signing word in the sentence, or «Документ подписан» in the next, or a date of its own not after publication',
      '«документы»/"documents" (agreement.other) only where no kind is named in this or the previous sentence (documentNouns)',
    ],
    unless: [
      'a count of documents: «подписано 15 соглашений» is a figure unless only those signed now (counted)',
      'a contract yet to be drawn up',
    ],
  },
  {
    name: 'agreement:signed:each-partner',
    emits: 'agreements: one per partner, when one party faces several of one other country (documentSides)',
    triggers: ['agreement.*'],
    when: ['as agreement:signed'],
    unless: ['as agreement:signed'],
  },
  {
    name: 'agreement:signed:pairs',
    emits: 'agreements: one per pair of sides (coordinatedPairs, sharedVerb)',
    triggers: ['agreement.*'],
    when: ['as signing:pairs'],
    unless: ['as agreement:signed'],
  },
  {
    name: 'agreement:listed',
    emits: 'agreements: one per entry of the list after the name (listedEntries)',
    triggers: ['agreement.*'],
    when: [
      'a colon a few words after the name, then entries each opened by clause.listItem («о», "on") or a quote, none of them naming a document itself (listedEntries)',
      'as agreement:signed or agreement:planned',
    ],
    unless: ['as agreement:signed', 'a count of documents («подписаны 3 соглашения: …»): one item, the count a figure'],
  },
  {
    name: 'agreement:planned',
    emits: 'agreements: status planned; year the date it is meant for, or its deadline',
    triggers: ['agreement.*', 'future.*', 'prospect.*', 'intention.*', 'event.proposal'],
    when: [
      'a future, prospect or intention word in the sentence and no signing that took place',
      'or a proposal word before the name and no signing: «предложила подписать соглашение» (proposedBefore)',
    ],
    unless: ['a contract yet to be drawn up'],
  },
  {
    name: 'agreement:planned:each-partner',
    emits: 'agreements: planned, one per partner (documentSides)',
    triggers: ['agreement.*'],
    when: ['as agreement:planned'],
    unless: [],
  },
  {
    name: 'agreement:planned:pairs',
    emits: 'agreements: planned, one per pair of sides',
    triggers: ['agreement.*'],
    when: ['as agreement:planned'],
    unless: [],
  },
  {
    name: 'agreement:referenced',
    emits: 'agreements: signed, year untold: the document another implements («план по реализации соглашения», "under the agreement")',
    triggers: ['agreement.*'],
    when: ['a reference word right before the name: reference.* («в рамках», «на основе», "based on") (isReference, referenceBefore)'],
    unless: ['a date after the name, which dates the document (then agreement:signed)'],
  },
  ...PLAN_KINDS.map((kind) => ({
    name: `plan:${kind}` as const,
    emits: `plans: ${kind}`,
    triggers: [
      `plan.${kind}`,
      'future.*',
      'prospect.*',
      'intention.*',
      ...(kind === 'meeting'
        ? (['event.meeting'] as const)
        : kind === 'project'
          ? (['event.discussion', 'event.meeting', 'onset.*', 'flow.*'] as const)
          : []),
    ] satisfies TriggerKey[],
    when: [
      kind === 'project'
        ? 'a future, prospect or intention word in the sentence (sentenceViews); or a project word after a word of talks in its clause, started by an onset word before it or, verb-final, right after it («обсудили открытие торгового дома», «layihələrin həyata keçirilməsi») (discussedProjects); or a flow word the future reaches, in a sentence naming goods: a supply still to come (plannedSupplies)'
        : 'a future, prospect or intention word in the sentence (sentenceViews), or in the one before that it continues: continuation.* («В том числе…») (continues)',
      kind === 'event'
        ? 'an invitation to a forum with no word of travel is the forum to be held (invitedTo)'
        : kind === 'visit'
          ? 'an invitation to visit is a visit plan; with a word of travel it wins over the forum it goes to'
          : kind === 'meeting'
            ? 'talks with a future word in their clause («проведут переговоры», "will meet"), one meeting per partner region (documentSides)'
            : kind === 'other'
              ? 'a target word with an amount after it («довести товарооборот до…», "bring trade to $…"); with a deadline to come it needs no future word (targetDue)'
              : 'two parties',
      'the parties: the sentence’s own, a city as its region or country; several regions of one country with the story’s partner (planParties)',
    ],
    unless: [
      'an offer or readiness before the plan word: a proposal event instead',
      'a document’s name: an agreement planned instead',
      'the word tells an event that took place (not eventAhead): «с визитом прибыла делегация»',
      'the occasion that frames the sentence («в ходе мероприятия», "during the event") with no future word before it (framed)',
      'thanks earlier in its clause: gratitude.* («поблагодарил за поддержку в проведении форума») (thankedFor)',
      'an invitation a visit took place on: invitedBy.* («по приглашению губернатора», "at the invitation of") (invitedBy)',
      'a project word that names a field of cooperation: field.* ("cooperate in diamond production") (fieldOf)',
      'an event told as running to its end: underway.* ("will run through June 30") (underway)',
      'a visit or invitation of travellers on their own account: travellers.* («ожидания туристов от посещения», "students invited to study") (byTravellers)',
    ],
  })),
  ...FLOW_KINDS.map((kind) => ({
    name: `flow:${kind}` as const,
    emits: `flows: goods from one party to another, read from a flow word of kind ${kind} (findFlows, directionOf)`,
    triggers: [`flow.${kind}`] satisfies TriggerKey[],
    when: [
      'goods in the clause of the flow word (clausesOf); a clause without a party goes the way of the one before',
      'a direction: an origin and a destination of different countries (directionOf)',
    ],
    unless: [
      'a contract for supplies, an interest, or supplies talked about (nearAgreement, talkedAbout)',
      'an offer, a hope, a future that reaches the flow word, or supplies agreed to (hoped, futureFlow, agreedTo)',
    ],
  })),
  {
    name: 'flow:carried',
    emits: 'flows: goods of a clause with no flow word of its own, the way the clause before went',
    triggers: [] satisfies TriggerKey[],
    when: ['a flow word earlier in the sentence'],
    unless: ['as flow:*'],
  },
  ...METRICS.map((metric) => ({
    name: `figure:${metric}` as const,
    emits: `figures: ${metric}, a number with the metric word before or after it (metrics lexicon)`,
    triggers: [] satisfies TriggerKey[],
    when: [
      'a party in the sentence or the story (relationParties)',
      'a metric word for the number, or the metric of the sentence before it goes on about',
    ],
    unless: ['an exchange rate', 'a change told with an amount (the amount carries it)', 'no event, document, flow or plan in the story'],
  })),
  {
    name: 'sector',
    emits: 'sectors: the field of cooperation a sector word names (lexicons/sectors.json, sector-cues.json; sectorsOf)',
    triggers: [] satisfies TriggerKey[],
    when: ['an event, a document, a flow or a plan in the story'],
    unless: ['a word inside the name of an institution, a word that only names goods shipped, a field named to be excluded'],
  },
  {
    name: 'person',
    emits: 'people: a named person, with the role and party of the office named beside them (resolvePeople)',
    triggers: [] satisfies TriggerKey[],
    when: ['a person mention (extract/mentions)'],
    unless: [],
  },
  {
    name: 'story',
    emits: 'nothing of its own: the gate every record passes (resolveFacts)',
    triggers: [] satisfies TriggerKey[],
    when: [
      'two principal parties of different countries, the partner named more than once or acting with the other in one sentence',
      'an event, a document, a flow or a plan: figures alone make no record',
    ],
    unless: [],
  },
] as const satisfies readonly RelationRule[];

export type RuleName = (typeof RELATION_RULES)[number]['name'];

/** The rule of a flow made from a flow word of this kind (the kinds the lexicon lists), or carried from the clause before. */
export function flowRule(kind: string | undefined): RuleName {
  return (FLOW_KINDS as readonly string[]).includes(kind ?? '') ? (`flow:${kind}` as RuleName) : 'flow:carried';
}

/**
 * What stops a rule, each named: a veto (something said that takes the statement back: recalled,
 * ahead, offered, cancelled…) or a condition not met (no second party, no goods…). A trace
 * (`extract --trace`) names the check that stopped each rule it considered.
 */
export const CHECKS = {
  // vetoes
  ahead: {
    kind: 'veto',
    says: 'told as still to come: a future word in the clause of the word or a relative clause right after it, or a date of the sentence after publication; not where thanks come before it with no plan word between (eventAhead)',
  },
  awaited: { kind: 'veto', says: 'a visit still prepared or awaited: «подготовка визита», "ahead of the visit" (awaitedVisit)' },
  unrealized: { kind: 'veto', says: 'an intention that did not come true or was called off: unrealized.* (sentenceViews)' },
  offered: { kind: 'veto', says: 'offered only: a readiness word earlier in the clause, readiness.* (offeredOnly)' },
  'counted-from': { kind: 'veto', says: 'time counted from it: since.*, «с момента подписания» (countedFrom)' },
  'earlier-years': { kind: 'veto', says: 'recalled: every date of the sentence lies in earlier years' },
  recalls: { kind: 'veto', says: 'recalled: the sentence opens by recalling, recall.* (sentenceViews)' },
  'past-year-near': { kind: 'veto', says: 'recalled: the date nearest the word lies in an earlier year (pastYearNear)' },
  'earlier-month': { kind: 'veto', says: 'recalled: its date is a month already past (earlierMonth)' },
  'taken-up': { kind: 'veto', says: 'an offer another party made, taken up: response.* (takenUp)' },
  counted: { kind: 'veto', says: 'a count of documents: a figure, not a document signed now (counted)' },
  'reference-ahead': {
    kind: 'veto',
    says: 'a document referred to in a sentence about the future: its date is the new one’s (isReference)',
  },
  'contract-hoped': { kind: 'veto', says: 'a contract yet to be drawn up: a hope, not a document' },
  'documents-named': {
    kind: 'veto',
    says: '«документы»/"documents" where this or the sentence before names a kind: they point back (documentNouns)',
  },
  'supply-contract': { kind: 'veto', says: 'a supply agreed, not goods moving: «контракт на поставку» (nearAgreement)' },
  'interest-only': { kind: 'veto', says: 'goods a party is only interested in: an interest word before the flow word' },
  'talked-about': { kind: 'veto', says: 'supplies as a topic of talks: «обсудили поставки» (talkedAbout)' },
  'flow-in-name': {
    kind: 'veto',
    says: 'a flow word inside a short quoted name or qualifying a contract: «экспортные контракты» (inName)',
  },
  purpose: { kind: 'veto', says: 'a purpose, not goods moving: «склад для поставок», "for the supply of" (flow-cues purpose)' },
  'count-in-words': {
    kind: 'veto',
    says: 'other things counted in words frame the sides («между двумя регионами»): a statistic is in digits',
  },
  offer: { kind: 'veto', says: 'an offer in the sentence: a proposal event, not this' },
  hoped: { kind: 'veto', says: 'a hope: «могли бы», "can export", flow-cues hope.* (hoped)' },
  'future-flow': { kind: 'veto', says: 'planned: the sentence’s future reaches the flow word (futureFlow)' },
  'agreed-to': { kind: 'veto', says: 'planned: supplies the parties agreed to, an intention word before the flow word (agreedTo)' },
  'readiness-before': { kind: 'veto', says: 'readiness or interest before the plan word: a proposal event instead' },
  'event-told': { kind: 'veto', says: 'the word tells an event that took place: the event rule reads it (not eventAhead)' },
  'document-name': { kind: 'veto', says: 'a word inside a document’s name («план мероприятий»): the document rule reads it' },
  tallied: { kind: 'veto', says: 'a count right before the event word tallies events over time: «11 встреч» (tallied)' },
  'documents-tallied': {
    kind: 'veto',
    says: 'documents counted over years: «с начала года подписано 25 документов», "signed 25 documents since 2019"',
  },
  'long-ago': { kind: 'veto', says: 'the date is put long past by longAgo.* right before it: «ещё в 2018 году», "back in 2018" (longAgo)' },
  'mutual-offer': {
    kind: 'veto',
    says: 'readiness or interest of both sides at once: mutual.*, between.* («стороны выразили готовность») (mutualOffer)',
  },
  'invited-by': { kind: 'veto', says: 'an invitation a visit took place on: invitedBy.* («по приглашению губернатора») (invitedBy)' },
  'thanked-for': {
    kind: 'veto',
    says: 'thanks earlier in the clause: gratitude.* («поблагодарил за поддержку в проведении форума») (thankedFor)',
  },
  'business-invited': {
    kind: 'veto',
    says: 'business people invited to visit: businessPeople.* ("invited the business circles of X to visit"): a business mission instead (businessInvited)',
  },
  'under-way': {
    kind: 'veto',
    says: 'an event told as running to its end: underway.* ("will run through June 30", «продлится до») (underway)',
  },
  travellers: {
    kind: 'veto',
    says: 'a visit or invitation of travellers on their own account: travellers.* («туристов от посещения», "students invited") (byTravellers)',
  },
  'field-of': { kind: 'veto', says: 'a project word naming a field of cooperation: field.* ("cooperate in diamond production") (fieldOf)' },
  framed: { kind: 'veto', says: 'the occasion that frames the sentence («в ходе мероприятия»), with no future word before it (framed)' },
  'target-without-amount': { kind: 'veto', says: 'a target word with no amount of money after it: no target set' },
  'mission-over-visit': { kind: 'veto', says: 'a business mission in the sentence: the more precise kind of visit plan' },
  'invited-to-event': {
    kind: 'veto',
    says: 'an invitation to a forum with no word of travel: the forum to be held, not a visit (invitedTo)',
  },
  'occasion-of-visit': { kind: 'veto', says: 'the event only dates a visit or is where it goes: «приедет на форум» (invitedTo, timedBy)' },
  'occasion-of-signing': {
    kind: 'veto',
    says: 'the event is where a document is to be signed: the document’s occasion, not a plan (timedBy)',
  },
  'in-name': {
    kind: 'veto',
    says: 'a word inside the name of an institution or office: «министерство сельского хозяйства» (sectorsInNames)',
  },
  'names-goods': { kind: 'veto', says: 'a word that only names goods shipped: «минеральные удобрения», "supplies medicines" (sectorsOf)' },
  negated: { kind: 'veto', says: 'a field named only to be excluded: "non-energy exports" (negated)' },
  'exchange-rate': { kind: 'veto', says: 'a small amount with no metric: an exchange rate' },
  'change-of-amount': { kind: 'veto', says: 'a change told with an amount in the same statement: the amount’s figure carries it' },
  // conditions
  'one-country': { kind: 'condition', says: 'no two parties of different countries in the sentence, nor in the story (relationParties)' },
  'no-official': { kind: 'condition', says: '«принял»/"received" with no official or person right after it (receivedOfficial)' },
  'one-side-discussed': {
    kind: 'condition',
    says: '«обсудили»/"discussed" without two sides of different countries named before it (asMeeting)',
  },
  'interest-unspecific': { kind: 'condition', says: 'interest that names no goods, field or plan word after it (specificInterest)' },
  'no-proposer': { kind: 'condition', says: 'no proposer: no party or person named before the word, nor a speaker (proposersOf)' },
  'delegation-undirected': {
    kind: 'condition',
    says: 'a delegation with neither origin nor destination in the sentence (visitDirection, isDelegation)',
  },
  'no-signing': { kind: 'condition', says: 'no signing word (nor «Документ подписан» next), no date of its own, no future word' },
  'not-ahead': {
    kind: 'condition',
    says: 'nothing ahead: no future, prospect or intention word and no date after publication (sentenceViews)',
  },
  'no-direction': { kind: 'condition', says: 'no direction: origin or destination not found, or both of one country (directionOf)' },
  'no-goods': { kind: 'condition', says: 'no goods in the clause: its direction only carries on to the next sentence' },
  'no-party': { kind: 'condition', says: 'no party in the sentence nor in the story' },
  'no-metric': { kind: 'condition', says: 'no metric word for the number (lexicons/metrics.json)' },
  'no-counted': { kind: 'condition', says: 'a count with no counted noun after it (lexicons/metrics.json count)' },
  'story-one-country': { kind: 'condition', says: 'the story has no two principal parties of different countries (resolveParties)' },
  'partner-absent': {
    kind: 'condition',
    says: 'the partner country is named once in passing and never acts with the other (presence, actTogether)',
  },
  'nothing-related': { kind: 'condition', says: 'no event, document, flow or plan: figures alone make no record' },
} as const satisfies Record<string, { kind: 'veto' | 'condition'; says: string }>;

export type CheckName = keyof typeof CHECKS;
