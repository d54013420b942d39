// Cleaning of scraped article text: header lines, photo credits, share buttons and related-news
// tails go; paragraphs stay, one per source line, separated by a blank line. Every kept character
// is copied from `raw`, so a segment map leads each cleaned offset back to its raw offset.
// Hand-written: the debris patterns are those of Russian/Central Asian news sites, which no
// boilerplate library knows (Readability works on HTML structure, not on plain-text lines).
import type { OffsetSegment } from '../core/doc.js';
import { append } from '../core/append.js';
import { monthNumber, weekdayNumber } from './calendar.js';

export interface Cleaned {
  text: string;
  offsets: OffsetSegment[];
}

/** What a plain-text article's first lines say about it. */
export interface Header {
  /** YYYY-MM-DD from the header date, the time stamp or a dateline that gives the year. */
  published: string | null;
  title: string | null;
}

/** ` date 2025-07-30 15:00 Омск`: the date, an optional time, then a place tag or the headline. */
const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?\s*(.*)$/i;
/** What may stand beside the date on a header's date line: an update note, a label, times. */
const UPDATE_NOTE = /\((?:обновлено|изменено|updated|upd)[^)]*\)/giu;
/** Labels before a header date, in the languages of the field: published, updated, date. */
const DATE_LABEL =
  /^(?:дата публикации|опубликовано|обновлено|дата|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated|date|жарияланды|жарияланған күні|жарыяланды|nashr qilindi|nashr etildi|chop etildi|сана|sana|апублікавана|абноўлена|нашр шуд|санаи нашр|dərc edilib|tarix)\s*:?\s*/iu;
const TIME =
  /(?:T|(?:\s(?:в|at)\s+)?(?<!\d))\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\d)(?:\s*(?:[AaPp]\.?[Mm]\.?)(?!\p{L}))?(?:\s*(?:МСК|MSK|UTC|GMT)(?:\s*[+-]\d{1,2})?)?/gu;
/** A byline before the date: `Автор: Иван Петров, 12.03.2024`, `By John Smith | March 12, 2024`, `Иван Петров | 12 марта 2024`. */
const BYLINE_LEAD =
  /^(?:(?:[Bb]y|BY|[Аа]втор|[Мм]уаллиф|[Mm]uallif)\s*:?\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?\p{Ll}*){1,2})\s*[,|·•—–]\s*(?=\d|\p{Lu}\p{Ll}{2,}\.?\s+\d)/u;
/** A label that gives the date of an update, not of publication. */
const UPDATE_LABEL = /^(?:обновлено|изменено|updated|last updated|upd|абноўлена)(?!\p{L})/iu;
const DATE_SEPARATORS = /^[\s,|·•/—–-]+|[\s,|·•/—–-]+$/gu;
/** The year's word after it: «2025 г.», «2025 года», Uzbek «2025 yil», «2025-йил», Kazakh and Kyrgyz «2025 ж.», «2025-жылы». */
const YEAR_WORD_LEAD = /^\s*(?:г\.|года|г(?!\p{L})|-?\s*(?:yil|йил|жыл|сол)\p{L}*|-?\s*(?:ж|y)\.)/u;
/**
 * What sites print after a header date and is no headline: an age mark (`16+`), a view or comment
 * count (`690`, `Нет комментариев`, `3 comments`). A weekday after the date is read apart (any language).
 */
const HEADER_TAIL =
  /^(?:[\s,|·•/—–:-]+(?:\d{1,2}\+|\d{1,7}|нет комментариев|no comments|комментари\p{L}*|просмотр\p{L}*|views?|comments?|\d+\s+(?:комментари\p{L}*|просмотр\p{L}*|views?|comments?)))+$/iu;
/** What else a date line may hold after the date: an update with its own date, a byline, a one- or two-word rubric after a bar. */
const HEADER_REST = [
  /[\s,|·•/—–-]*(?:обновлено|изменено|updated|last updated|upd)(?!\p{L}).*$/iu,
  /[\s,|·•/—–-]*(?:source|источник|манба|manba|дереккөз)\s*:.*$/iu,
  /^[\s,|·•/—–-]*(?:[Bb]y|[Аа]втор:?|[Мм]уаллиф:?)\s+\p{L}[\p{L}_]*(?:[\s.-]+\p{Lu}\p{L}*){0,3}\.?\s*$/u,
  /^[\s,]*[|·•/]\s*\p{L}+(?:\s+\p{L}+)?\s*$/u,
];
/** A stamped line may name its author or rubric after the date and time: a few words, no sentence. */
const MAX_STAMP_TAIL_WORDS = 4;
/** A line this long is a paragraph of the article: the header is what comes before it. */
const BODY_LINE = 200;
/** Header lines are looked for among the first lines only. */
const HEADER_LINES = 30;
/** A day in digits and a time beside it (`26.09.2024 12:24`, `12:24 26.09.2024`): a publication stamp even inside a line. */
const STAMP =
  /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:,?\s*|\s+[-–—]\s+)\d{1,2}:\d{2}(?!\d)|(?<![\d:])\d{1,2}:\d{2},?\s+(\d{1,2})([./-])(\d{1,2})\6(\d{4})(?!\d)/u;
/** A photo credit starts a line or follows the end of a sentence glued to it. */
const CREDIT_LEAD = String.raw`(?:©|(?:фото|photo|источник фото)\s*:)`;
const CREDIT = new RegExp(String.raw`(?:^\s*|(?<=[.!?»"”)]\s*))` + CREDIT_LEAD, 'giu');
const CREDIT_LINE = new RegExp('^' + CREDIT_LEAD, 'iu');
/** Where a credit is glued to the caption or sentence after it: `краяРегионы`, `НСОГубернатор`. */
const GLUE = /\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Lu}\p{Ll})/u;
const RELATED =
  /^(?:читайте также|читать также|смотрите также|см\. также|ещё по теме|еще по теме|по теме|read also|read more|see also|related(?: news| stories)?|more on this)\s*:/iu;
const SHARE_LEAD = /^(?:можно\s+)?(?:поделиться|share)(?:\s+(?:this|news|в соцсетях|в социальных сетях|через))*\s*:?/iu;
const SHARE_BUTTONS =
  /^(?:[\s|,·•/-]*(?:вконтакте|вк|одноклассники|ок|telegram|телеграм|whatsapp|viber|facebook|twitter|x|vk|ok|email|e-mail|mail|linkedin|livejournal|ЖЖ|copy link))*[\s|,·•/-]*$/iu;
const PROMO = /^(?:подписывайтесь|подпишитесь|subscribe to)(?!\p{L})/iu;
/** Tags on the date line that are not a headline: `Омск`, `обновлено`, `UPD`, `world`. */
const MAX_TAG_WORDS = 2;
/** A repeated paragraph at least this long is a duplicated lead; shorter ones may repeat on purpose. */
const MIN_REPEAT = 20;

const SPACE = /[\t\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

interface Line {
  start: number;
  end: number;
  text: string;
}

interface Piece {
  start: number;
  end: number;
}

export function clean(raw: string): Cleaned {
  const paragraphs: Piece[] = [];
  const lines = splitLines(raw);
  const first = lines.findIndex((l) => l.text.trim() !== '');
  let inRelatedList = false;
  lines.forEach((line, i) => {
    const text = line.text;
    if (text.trim() === '') {
      inRelatedList = false;
      return;
    }
    if (inRelatedList && isListedHeadline(text)) return;
    inRelatedList = false;
    if (i === first) {
      const date = DATE_LINE.exec(text);
      if (date) {
        const rest = date[2] ?? '';
        if (!isTag(rest)) paragraphs.push({ start: line.start + text.length - rest.length, end: line.end });
        return;
      }
    }
    if (headerDate(text) || isShareLine(text) || (PROMO.test(text.trim()) && text.length < 150)) return;
    const related = RELATED.exec(text.trim());
    if (related) {
      inRelatedList = text.trim().length === related[0].length;
      return;
    }
    append(paragraphs, withoutCredits(line));
  });
  return join(raw, paragraphs);
}

/** Maps an offset in cleaned text to the raw text; offsets in inserted separators map to the end of what precedes them. */
export function toRaw(offsets: OffsetSegment[], pos: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  let found: OffsetSegment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = offsets[mid]!;
    if (seg.start <= pos) {
      found = seg;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (!found) return offsets[0]?.rawStart ?? 0;
  return found.rawStart + Math.min(pos - found.start, found.length);
}

/**
 * Date and headline from a plain text's first lines: the header date line; else a line holding only
 * a date, or a date and time with a few words of byline, before the first paragraph of the article;
 * else a dateline with the year; else a date-and-time stamp glued into the opening lines; else the one
 * date line after the first paragraph (several there are a list of related news, not this article's).
 */
export function readHeader(raw: string): Header {
  const all = splitLines(raw)
    .map((l) => l.text.trim())
    .filter((t) => t !== '')
    .slice(0, HEADER_LINES);
  const lines = all.slice(0, 8);
  const [head = '', second = '', third = ''] = lines;
  const date = DATE_LINE.exec(head);
  if (date) {
    const rest = date[2] ?? '';
    return { published: date[1]!, title: isTag(rest) ? headline(second) : rest };
  }
  const title = (i: number) => (i === 0 ? headline(second) : i === 1 ? (headline(third) ?? headline(head)) : headline(head));
  const body = all.findIndex((t) => t.length >= BODY_LINE);
  const header = body < 0 ? all : all.slice(0, body);
  // A line holding only a date; when it opens the article (after at most a line of site
  // navigation), the headline is the line after it.
  // An update's date line gives way to a publication date line right after it.
  for (const [i, line] of header.entries()) {
    const published = headerDate(line) ?? stampDate(line);
    if (!published) continue;
    const next = UPDATE_LABEL.test(line) ? header.slice(i + 1, i + 3).find((l) => !UPDATE_LABEL.test(l) && headerDate(l)) : undefined;
    return { published: next ? headerDate(next) : published, title: title(i) };
  }
  const dateline = all.map(datelineDate).find((d) => d !== null);
  if (dateline) return { published: dateline, title: headline(head) };
  const glued = (body < 0 ? all : all.slice(0, body + 1)).map(gluedStamp).find((d) => d !== null);
  if (glued) return { published: glued, title: headline(head) };
  const after = body < 0 ? [] : all.slice(body + 1).flatMap((line) => headerDate(line) ?? []);
  return { published: after.length === 1 ? after[0]! : null, title: headline(head) };
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of raw.split('\n')) {
    lines.push({ start, end: start + text.length, text });
    start += text.length + 1;
  }
  return lines;
}

function isTag(rest: string): boolean {
  return rest.trim().split(/\s+/).filter(Boolean).length <= MAX_TAG_WORDS;
}

/** A headline: short, one line, not ending like a sentence, and not debris. */
function headline(line: string): string | null {
  const t = line.trim();
  const debris = CREDIT_LINE.test(t) || headerDate(t) !== null || RELATED.test(t) || isShareLine(t);
  return debris || t.length < 10 || t.length > 250 || /[.:;,]$/.test(t) ? null : t;
}

function isListedHeadline(text: string): boolean {
  const t = text.trim();
  return t.length <= 200 && !/[.!?]["»”]?$/.test(t);
}

function isShareLine(text: string): boolean {
  const t = text.trim();
  const lead = SHARE_LEAD.exec(t);
  return lead !== null && SHARE_BUTTONS.test(t.slice(lead[0].length));
}

/** The parts of a line that are not photo credits. A credit runs to the line end or to the glue point. */
function withoutCredits(line: Line): Piece[] {
  const pieces: Piece[] = [];
  let keepFrom = 0;
  for (const credit of line.text.matchAll(CREDIT)) {
    const at = credit.index;
    if (at < keepFrom) continue;
    pieces.push({ start: line.start + keepFrom, end: line.start + at });
    const after = at + credit[0].length;
    const glue = GLUE.exec(line.text.slice(after));
    keepFrom = line.text.length;
    if (glue) {
      const rest = after + glue.index + 1;
      if (isRealText(line.text.slice(rest))) keepFrom = rest;
    }
  }
  pieces.push({ start: line.start + keepFrom, end: line.end });
  return pieces;
}

/** A caption or sentence, as opposed to the tail of a source name (`РУз`, `ScanPix`). */
function isRealText(s: string): boolean {
  return (s.match(/\p{L}+/gu)?.length ?? 0) >= 3;
}

/** Copies the pieces as paragraphs, whitespace collapsed, invisible characters dropped, repeats skipped. */
function join(raw: string, pieces: Piece[]): Cleaned {
  let text = '';
  const offsets: OffsetSegment[] = [];
  const seen = new Set<string>();
  for (const piece of pieces) {
    const para = normalise(raw, piece.start, piece.end);
    if (para.text === '') continue;
    if (para.text.length >= MIN_REPEAT) {
      if (seen.has(para.text)) continue;
      seen.add(para.text);
    }
    if (text !== '') text += '\n\n';
    for (const seg of para.offsets) offsets.push({ ...seg, start: seg.start + text.length });
    text += para.text;
  }
  return { text, offsets };
}

function normalise(raw: string, start: number, end: number): Cleaned {
  let text = '';
  const offsets: OffsetSegment[] = [];
  let pendingSpace = -1;
  for (let i = start; i < end; i++) {
    const ch = raw[i]!;
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text !== '') {
      extend(offsets, text.length, pendingSpace);
      text += ' ';
    }
    pendingSpace = -1;
    extend(offsets, text.length, i);
    text += ch;
  }
  return { text, offsets };
}

/** Maps one more character, growing the last segment when the copy is contiguous. */
function extend(offsets: OffsetSegment[], start: number, rawStart: number): void {
  const last = offsets[offsets.length - 1];
  if (last && last.start + last.length === start && last.rawStart + last.length === rawStart) last.length++;
  else offsets.push({ start, rawStart, length: 1 });
}

const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:\s+|\s*-\s*)(\p{L}+)\.?,?\s+(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u;
/** Kazakh, Kyrgyz, Uzbek, Tajik order: `2025 жылғы 14 қазан`, `2025-yil 14-oktabr`, `2025-жылдын 14-октябры`. */
const YEAR_DAY_MONTH = /^(\d{4})\s*-?\s*(?:(?:жыл|жил|yil|йил|сол)\p{L}*|ж\.|y\.)\s*(\d{1,2})(?:\s+|\s*-\s*)(\p{L}+)(?!\p{L})/u;
/** `Екатеринбург. 08.07.2025.`, `МИНСК, 3 июня 2025 —`, `BISHKEK, March 3, 2026 (Kabar)`: a place, then a date. */
const DATELINE_PLACE = /^\p{Lu}[\p{L}\s-]{1,40}?[,.]\s*/u;

/**
 * A full date at the start of `s`, as written (no time-zone shift): ISO `2025-10-14T…`, `14.10.2025`,
 * `Tue, 14 Oct 2025 …`, `14 октября 2025`, `October 14, 2025`. Null without a year.
 */
export function parseDate(s: string): string | null {
  return leadingDate(s)?.date ?? null;
}

/** The full date at the start of `s` and how many characters of `s` it takes. */
function leadingDate(s: string): { date: string | null; length: number } | null {
  const weekday = /^\s*\p{L}+,\s*/u.exec(s)?.[0].length ?? /^\s*/.exec(s)![0].length;
  const t = s.slice(weekday);
  const at = (m: RegExpExecArray, date: string | null) => ({ date, length: weekday + m[0].length });
  const iso = ISO_DATE.exec(t);
  if (iso) return at(iso, ymd(iso[1]!, iso[3]!, iso[4]!));
  const numeric = NUMERIC_DATE.exec(t);
  if (numeric) return at(numeric, ymd(numeric[4]!, numeric[3]!, numeric[1]!));
  const ydm = YEAR_DAY_MONTH.exec(t);
  if (ydm) return at(ydm, monthDate(ydm[1]!, ydm[3]!, ydm[2]!));
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) return at(dmy, monthDate(dmy[3]!, dmy[2]!, dmy[1]!));
  const mdy = MONTH_DAY_YEAR.exec(t);
  return mdy ? at(mdy, monthDate(mdy[3]!, mdy[1]!, mdy[2]!)) : null;
}

/**
 * The date of a line that holds nothing else but a label, times, separators or an update note:
 * `12:45, 14 октября 2025`, `17:40 18.12.2025 (обновлено: 17:56)`, `Опубликовано: 14.10.2025 09:30`,
 * `Published: October 14, 2025 | 10:05 GMT`. Null for a line that says anything more.
 */
export function headerDate(line: string): string | null {
  const t = withoutByline(line.replace(UPDATE_NOTE, ' ').trim()).replace(DATE_LABEL, '').replace(TIME, ' ').replace(DATE_SEPARATORS, '');
  const found = leadingDate(t);
  if (!found) return null;
  let rest = withoutWeekday(t.slice(found.length).replace(YEAR_WORD_LEAD, ''));
  for (const re of HEADER_REST) rest = rest.replace(re, '');
  rest = rest.replace(HEADER_TAIL, '');
  return rest.trim() === '' ? found.date : null;
}

/** The line without a byline before its date; a weekday (`Flag Saturday, 25 May 2024`: today's date on a site's bar) is no name. */
function withoutByline(line: string): string {
  const byline = BYLINE_LEAD.exec(line);
  if (!byline || byline[0].match(/\p{L}+/gu)!.some((w) => weekdayNumber(w))) return line;
  return line.slice(byline[0].length);
}

/** `16 June 2021, Wednesday`: a weekday after the date is part of it. */
function withoutWeekday(rest: string): string {
  const word = /^[\s,|·•/—–-]*(\p{L}+)/u.exec(rest);
  return word && weekdayNumber(word[1]!) ? rest.slice(word[0].length) : rest;
}

/**
 * A line that opens with a date and a time, then at most a few words (an author, a rubric, a view
 * count: `21.12.2023, 14:00 105 Иван Петров`). Read for the date only: the line stays in the text.
 */
function stampDate(line: string): string | null {
  const t = line.replace(DATE_LABEL, '').trim();
  const stamp = STAMP.exec(t);
  if (!stamp || stamp.index !== 0) return null;
  const tail = t.slice(stamp[0].length).trim();
  if (/[.!?:;]/.test(tail) || tail.split(/\s+/).filter(Boolean).length > MAX_STAMP_TAIL_WORDS) return null;
  return stampValue(stamp);
}

/** A date-and-time stamp anywhere in a line (`…с Омской областью26.09.2024 12:24Новости…`). */
function gluedStamp(line: string): string | null {
  const stamp = STAMP.exec(line);
  return stamp ? stampValue(stamp) : null;
}

function stampValue(m: RegExpExecArray): string | null {
  return m[1] ? ymd(m[4]!, m[3]!, m[1]) : ymd(m[8]!, m[7]!, m[5]!);
}

function datelineDate(line: string): string | null {
  const place = DATELINE_PLACE.exec(line);
  return place ? parseDate(line.slice(place[0].length)) : null;
}

function monthDate(year: string, monthWord: string, day: string): string | null {
  const month = monthNumber(monthWord);
  return month ? ymd(year, String(month), day) : null;
}

function ymd(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
