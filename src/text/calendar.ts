// The calendar words of every language module (lexicons/lang/<code>/calendar.json): month and
// weekday names, read once into regex sources for the date grammar and a lookup for the header
// reader. The marks a form may carry (`*` any letters after, `+` the language's endings, `.` an
// optional abbreviation dot) are described in lexicons/lang/README.md.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, readLexicon } from '../core/paths.js';

interface CalendarFile {
  lang: string;
  months: string[][];
  weekdays: string[][];
  endings?: string[];
  /** Days named relative to publication, by offset in days ("-1": yesterday). */
  days?: Record<string, string[]>;
}

export interface Calendar {
  /** Per month (January = index 0), a regex source matching any of its forms in any language. */
  months: string[];
  /** The same, English forms only (the "October 14" word order is English). */
  monthsEn: string[];
  /** Per weekday (Monday = index 0), a regex source over every language. */
  weekdays: string[];
  /** The same, Russian and English only: the weekday rule's prepositions are theirs, and Tajik «душанбе» is also the capital. */
  weekdaysRuEn: string[];
  /** Per offset in days from publication, a regex source of the words that name that day («вчера», «кеше», "today"). */
  relativeDays: [number, string][];
  /** The language codes that have a calendar. */
  langs: string[];
  /**
   * The words every month form starts with, lower case, with no mark (`январ+` → «январ», `may oy*`
   * → "may"), a word left out where a shorter one begins it («январ» under «янв»): a text without
   * any of them has no month. The same for the Russian and English weekdays.
   */
  monthStarts: string[];
  weekdayStartsRuEn: string[];
}

/** The first word of each form without its mark, lower case; none that another of them begins. */
function starts(forms: string[]): string[] {
  const words = [
    ...new Set(
      forms.map((f) =>
        f
          .replace(/[*+.]$/, '')
          .split(' ')[0]!
          .toLowerCase(),
      ),
    ),
  ].sort();
  return words.filter((w, i) => !words.slice(0, i).some((shorter) => w.startsWith(shorter)));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One written form as a regex source. */
function formSource(form: string, endings: readonly string[]): string {
  const word = escape(form.slice(0, /[*+.]$/.test(form) ? -1 : undefined)).replace(/ /g, '\\s+');
  if (form.endsWith('*')) return `${word}\\p{L}*`;
  if (form.endsWith('+')) return endings.length ? `${word}(?:${endings.map(escape).join('|')})?` : word;
  if (form.endsWith('.')) return `${word}\\.?`;
  return word;
}

/** Longer sources first: an alternation tries them in order. */
const union = (sources: string[]): string => [...new Set(sources)].sort((a, b) => b.length - a.length).join('|');

function readFiles(): CalendarFile[] {
  const dir = join(projectRoot(), 'lexicons', 'lang');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .flatMap((code) => {
      try {
        return [readLexicon<CalendarFile>(`lang/${code}/calendar`)];
      } catch {
        return []; // a language module without a calendar
      }
    });
}

function build(files: CalendarFile[]): Calendar {
  const column = (pick: (f: CalendarFile) => string[][], n: number, only?: string) =>
    Array.from({ length: n }, (_, i) =>
      union(files.filter((f) => !only || f.lang === only).flatMap((f) => (pick(f)[i] ?? []).map((x) => formSource(x, f.endings ?? [])))),
    );
  for (const f of files)
    if (f.months.length !== 12 || f.weekdays.length !== 7)
      throw new Error(`coopgraph: lexicons/lang/${f.lang}/calendar.json: 12 months and 7 weekdays`);
  return {
    months: column((f) => f.months, 12),
    monthsEn: column((f) => f.months, 12, 'en'),
    weekdays: column((f) => f.weekdays, 7),
    weekdaysRuEn: column((f) => (f.lang === 'ru' || f.lang === 'en' ? f.weekdays : []), 7),
    relativeDays: [...new Set(files.flatMap((f) => Object.keys(f.days ?? {})))]
      .map(Number)
      .sort((a, b) => a - b)
      .map((offset) => [offset, union(files.flatMap((f) => (f.days?.[String(offset)] ?? []).map((x) => formSource(x, []))))]),
    langs: files.map((f) => f.lang),
    monthStarts: starts(files.flatMap((f) => f.months.flat())),
    weekdayStartsRuEn: starts(files.flatMap((f) => (f.lang === 'ru' || f.lang === 'en' ? f.weekdays.flat() : []))),
  };
}

let cached: Calendar | null = null;

/** The calendar of every language module, read once. */
export function calendar(): Calendar {
  return (cached ??= build(readFiles()));
}

let monthRes: RegExp[] | null = null;

/** The month (1-12) a word names in any language, or null. */
export function monthNumber(word: string): number | null {
  monthRes ??= calendar().months.map((src) => new RegExp(`^(?:${src})$`, 'iu'));
  const i = monthRes.findIndex((re) => re.test(word));
  return i >= 0 ? i + 1 : null;
}

let weekdayRes: RegExp[] | null = null;

/** The ISO weekday (Monday = 1) a word names in any language («Среда», "Wednesday", «сәрсенбі»), or null. */
export function weekdayNumber(word: string): number | null {
  weekdayRes ??= calendar().weekdays.map((src) => new RegExp(`^(?:${src})$`, 'iu'));
  const i = weekdayRes.findIndex((re) => re.test(word));
  return i >= 0 ? i + 1 : null;
}
