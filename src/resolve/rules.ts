// The relation rules as named, declarative entries: what each reads (trigger lexicon keys of
// lexicons/triggers.json, in every language the lexicon lists), the conditions under which it
// fires, the vetoes that stop it, and what it emits. Every item's `evidence.rule` is one of these
// names, so `extract --explain` leads from an item to its entry here. The conditions are carried
// out in relations.ts; the table says which function carries out each.

export interface RelationRule {
  /** The name an item's `evidence.rule` carries. */
  name: string;
  /** What the rule emits: the list and the kind. */
  emits: string;
  /** Trigger lexicon keys it reads (group.kind in lexicons/triggers.json). */
  triggers: string[];
  /** What must hold, in words; each names the function that checks it. */
  when: string[];
  /** What stops it, in words: the vetoes. */
  unless: string[];
}

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
    name: 'agreement:planned',
    emits: 'agreements: status planned; year the date it is meant for, or its deadline',
    triggers: ['agreement.*', 'future.*', 'prospect.*', 'intention.*'],
    when: ['a future, prospect or intention word in the sentence and no signing that took place'],
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
    when: ['a reference word right before the name (isReference)'],
    unless: ['a date after the name, which dates the document (then agreement:signed)'],
  },
  ...(['visit', 'meeting', 'business_mission', 'event', 'project', 'other'] as const).map((kind) => ({
    name: `plan:${kind}` as const,
    emits: `plans: ${kind}`,
    triggers: [`plan.${kind}`, 'future.*', 'prospect.*', 'intention.*'],
    when: [
      'a future, prospect or intention word in the sentence (sentenceViews)',
      kind === 'event'
        ? 'an invitation to a forum with no word of travel is the forum to be held (invitedTo)'
        : kind === 'visit'
          ? 'an invitation to visit is a visit plan; with a word of travel it wins over the forum it goes to'
          : 'two parties',
    ],
    unless: [
      'an offer or readiness before the plan word: a proposal event instead',
      'a document’s name: an agreement planned instead',
      'the word tells an event that took place (not eventAhead): «с визитом прибыла делегация»',
    ],
  })),
] as const satisfies readonly RelationRule[];

export type RuleName = (typeof RELATION_RULES)[number]['name'];
