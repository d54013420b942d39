// Typed loaders for the curated word lists under lexicons/: HS chapter names, the goods lexicon
// (term → HS chapters), the sector lexicon, the offices lexicon (title → ROLE), and the kinds the
// trigger and metric lexicons name (each one declared in core/facts.ts). Each file is
// read once, checked against its schema (a broken edit fails loudly at start-up, not as a silent
// miss later) and kept. No npm package carries HS chapters or these trade terms, so the lists are
// hand-made data; this module only loads them.
import { z } from 'zod';
import { readLexicon } from '../core/paths.js';
import { METRICS, ROLES, SECTORS, TRIGGER_KINDS, type HsChapter, type Role } from '../core/facts.js';

const chapter = z.string().regex(/^(0[1-9]|[1-8]\d|9[0-7])$/, 'an HS chapter, "01".."97"');
const lang = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code');
const role = z.enum(ROLES);
const list = <T extends z.ZodType>(item: T) => z.array(item).nonempty();

const hsChapterSchema = z.strictObject({ chapter, en: z.string().min(1), ru: z.string().min(1), reserved: z.literal(true).optional() });

const goodsTermSchema = z.strictObject({
  term: z.string().min(1),
  lang,
  /** Most likely first: the first is the default reading of the term. */
  chapters: list(chapter),
  /** The term names every chapter at once («плодоовощная продукция»: 07 and 08), not one of them. */
  all: z.literal(true).optional(),
  /** A wide product group («строительные материалы»): the chapters are guesses. */
  broad: z.literal(true).optional(),
  note: z.string().optional(),
});

const sectorTermsSchema = z.strictObject({ sector: z.enum(SECTORS), lang, terms: list(z.string().min(1)) });

const officeTermSchema = z.strictObject({
  terms: list(z.string().min(1)),
  lang,
  /** The role when the office holder's country is unknown. */
  role,
  /** The kind of party the office speaks for; 'any' when the words around it tell. */
  party: z.enum(['country', 'region', 'city', 'organisation', 'any']),
  /** The role by the party's country (ISO alpha-2), '*' for any other: a governor is `governor` in Russia only. */
  role_by_country: z.record(z.string().regex(/^([A-Z]{2}|\*)$/), role).optional(),
  /** Institutions the office heads (акимат, hokimiyat, облисполком): they name the party, not a person. */
  bodies: list(z.string().min(1)).optional(),
  note: z.string().optional(),
});

export type HsChapterName = z.infer<typeof hsChapterSchema>;
export type GoodsTerm = z.infer<typeof goodsTermSchema>;
export type SectorTerms = z.infer<typeof sectorTermsSchema>;
export type OfficeTerm = z.infer<typeof officeTermSchema>;
export type OfficeParty = OfficeTerm['party'];

function loader<T>(name: string, item: z.ZodType<T>): () => readonly T[] {
  let cached: readonly T[] | null = null;
  return () => {
    if (cached) return cached;
    const parsed = z.array(item).safeParse(readLexicon<unknown>(name));
    if (!parsed.success) throw new Error(`coopgraph: lexicons/${name}.json: ${z.prettifyError(parsed.error)}`);
    return (cached = parsed.data);
  };
}

/** The 97 HS chapters with short English and Russian names. */
export const hsChapters = loader('hs-chapters', hsChapterSchema);
/** The commodity lexicon: a term in one language and the HS chapters it names. */
export const goodsTerms = loader('goods', goodsTermSchema);
/** Per sector and language, the terms that name that field of cooperation. */
export const sectorTerms = loader('sectors', sectorTermsSchema);
/** Titles and offices, with the role and kind of party they imply. */
export const officeTerms = loader('offices', officeTermSchema);

/** Terms by language (a `_doc` note allowed). */
const byLang = z.record(z.string(), z.union([z.array(z.string()), z.string()]));

export const triggerKindsSchema = z.looseObject({
  event: z.partialRecord(z.enum(TRIGGER_KINDS.event), byLang),
  agreement: z.partialRecord(z.enum(TRIGGER_KINDS.agreement), byLang),
  plan: z.partialRecord(z.enum(TRIGGER_KINDS.plan), byLang),
  flow: z.partialRecord(z.enum(TRIGGER_KINDS.flow), byLang),
});

const metric = z.enum(METRICS);
export const metricKindsSchema = z.looseObject({
  money: z.partialRecord(metric, byLang),
  count: z.partialRecord(metric, byLang),
  shipment: z.partialRecord(metric, byLang),
});

function checked<T>(name: string, schema: z.ZodType, read: () => T): () => T {
  let cached: T | null = null;
  return () => {
    if (cached) return cached;
    const data = read();
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new Error(`coopgraph: lexicons/${name}.json: ${z.prettifyError(parsed.error)}`);
    return (cached = data);
  };
}

/**
 * The trigger lexicon (with every language module's part), its event, document, plan and flow
 * kinds checked against the declared ones: a kind no rule reads fails at start-up, not as a miss.
 */
export const triggerLexicon = <T>(): T => checkedTriggers() as T;
const checkedTriggers = checked('triggers', triggerKindsSchema, () => readLexicon<unknown>('triggers'));

/** The metric lexicon, its metrics checked against the declared ones. */
export const metricLexicon = <T>(): T => checkedMetrics() as T;
const checkedMetrics = checked('metrics', metricKindsSchema, () => readLexicon<unknown>('metrics'));

/** The name of an HS chapter in English or Russian ("10" → "Cereals"). */
export function chapterName(ch: HsChapter, language: 'en' | 'ru' = 'en'): string | undefined {
  return hsChapters().find((c) => c.chapter === ch)?.[language];
}

/** The role an office gives its holder, once the party's country is known. */
export function roleFor(office: OfficeTerm, country?: string | null): Role {
  const byCountry = office.role_by_country;
  if (!byCountry || !country) return office.role;
  return byCountry[country] ?? byCountry['*'] ?? office.role;
}
