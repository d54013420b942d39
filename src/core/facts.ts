// The facts record, version 1: the project's public interchange format (see FACTS.md in the
// shared contract). Extra fields (evidence) are allowed by the contract and ignored by scoring.

export type PlaceCode = string; // ISO 3166-1 alpha-2 or ISO 3166-2, e.g. "RU", "RU-ALT", "KZ-10"
export type HsChapter = string; // two digits, "01".."97"

export const EVENT_TYPES = ['meeting', 'visit', 'signing', 'forum', 'proposal'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const AGREEMENT_KINDS = ['agreement', 'protocol', 'memorandum', 'roadmap', 'plan', 'contract', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const ROLES = [
  'head_of_state',
  'head_of_government',
  'governor',
  'akim',
  'hokim',
  'regional_head',
  'minister',
  'deputy',
  'ambassador',
  'consul',
  'official',
  'business',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

export const METRICS = ['turnover', 'exports', 'imports', 'investment', 'students', 'agreements', 'companies', 'people', 'other'] as const;
export type Metric = (typeof METRICS)[number];

export const SECTORS = [
  'agriculture',
  'industry',
  'energy',
  'mining',
  'transport',
  'trade',
  'investment',
  'finance',
  'tourism',
  'education',
  'science',
  'healthcare',
  'culture',
  'sport',
  'environment',
  'digital',
  'security',
  'legal',
  'labour',
] as const;
export type Sector = (typeof SECTORS)[number];

export const PLAN_KINDS = ['visit', 'meeting', 'business_mission', 'event', 'project', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/**
 * The kinds of trigger words the relation rules read, by group of lexicons/triggers.json: an event
 * word is an event type or one the rules turn into one (discussing or receiving is a meeting,
 * interest a proposal); documents, plans and flows name their kinds. The lexicons are checked
 * against these when loaded (extract/lexicons.ts), and the rule table's trigger keys by the compiler.
 */
export const TRIGGER_KINDS = {
  event: [...EVENT_TYPES, 'discussion', 'reception', 'interest'],
  agreement: AGREEMENT_KINDS,
  plan: PLAN_KINDS,
  flow: ['export', 'import', 'move', 'demand'],
} as const;
export type TriggerGroup = keyof typeof TRIGGER_KINDS;
export type TriggerKind<G extends TriggerGroup = TriggerGroup> = (typeof TRIGGER_KINDS)[G][number];

/** Where an item came from: character offsets into the document's cleaned text. */
export interface Evidence {
  start: number;
  end: number;
  /** The sentence the item rests on, as written. */
  sentence?: string;
  /** Which rule produced the item (for --explain). */
  rule?: string;
}

export interface Person {
  name: string;
  role: Role | null;
  actor: PlaceCode | null;
  evidence?: Evidence[];
}

export interface CoopEvent {
  type: EventType;
  actors: PlaceCode[];
  date: string | null; // YYYY-MM-DD | YYYY-MM | YYYY
  place: string | null;
  evidence?: Evidence[];
}

export interface Agreement {
  kind: AgreementKind;
  actors: PlaceCode[];
  status: 'signed' | 'planned';
  year: number | null;
  until: number | null;
  evidence?: Evidence[];
}

export interface Flow {
  from: PlaceCode;
  to: PlaceCode;
  goods: HsChapter[];
  evidence?: Evidence[];
}

export interface Figure {
  metric: Metric;
  actors: PlaceCode[];
  value: number | null;
  unit: string | null;
  change_pct: number | null;
  period: string | null;
  evidence?: Evidence[];
}

export interface Plan {
  kind: PlanKind;
  actors: PlaceCode[];
  year: number | null;
  evidence?: Evidence[];
}

export interface FactsRecord {
  doc: string;
  lang: string;
  published: string | null;
  title?: string | null;
  actors: PlaceCode[];
  people: Person[];
  events: CoopEvent[];
  agreements: Agreement[];
  flows: Flow[];
  figures: Figure[];
  sectors: Sector[];
  plans: Plan[];
}

export function emptyFacts(doc: string, lang: string, published: string | null): FactsRecord {
  return { doc, lang, published, actors: [], people: [], events: [], agreements: [], flows: [], figures: [], sectors: [], plans: [] };
}
