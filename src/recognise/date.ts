// French dates in running text: every parser proposes spans, the longest non-overlapping ones win,
// then the resolver picks years and computes relative dates (see date-resolve.ts for the order).
//   recogniseDates("lancée en juillet 2023", {}) -> [{ value: "2023-07", text "juillet 2023", anchor: "explicit" }]
//   recogniseDates("a rapporté samedi", { refDate: "2024-05-27" }) -> [{ value: "2024-05-25", ... }]
import { CALENDAR_PARSERS } from "./date-absolute.js";
import { parseRefDate } from "./date-calendar.js";
import type { DateDraft, DateParser } from "./date-draft.js";
import { RELATIVE_PARSERS } from "./date-relative.js";
import { resolveDrafts } from "./date-resolve.js";
import type { DateContext, DateMention } from "./types.js";

const PARSERS: readonly DateParser[] = [...CALENDAR_PARSERS, ...RELATIVE_PARSERS];

// Every date needs a digit or one of these letters sequences; a text without any is skipped at once.
const PREFILTER =
  /\d|janv|f[ée]v|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|nov|d[ée]c|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun\.?|ven\.?|mer[.,]|printemps|[ée]t[ée]|automne|hiver|trimestre|semestre|hier|demain|aujourd|jour|veille|lendemain|mois|semaine|ann[ée]e|\bans?\b|no[ëe]l|toussaint|p[âa]ques|pentec|ascension|saint-|f[êe]te|thanks|halloween|chandeleur|assomption|[ée]piphanie/iu;

function collectDrafts(text: string): DateDraft[] {
  const drafts: DateDraft[] = [];
  for (const parser of PARSERS) {
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const draft = parser.extract(m, text);
      if (draft && draft.end > draft.start) drafts.push(draft);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return drafts;
}

/** Longest match first; among equals, the earliest; a span overlapping one already kept is dropped. */
function selectLongest(drafts: DateDraft[]): DateDraft[] {
  const byLength = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateDraft[] = []; // sorted by start
  for (const d of byLength) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as DateDraft).start < d.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > d.start) || (next && next.start < d.end)) continue;
    kept.splice(lo, 0, d);
  }
  return kept;
}

/** Dates in a French text, sorted by start, not overlapping, resolved against `context.refDate` when given. */
export function recogniseDates(text: string, context: DateContext = {}): DateMention[] {
  if (!PREFILTER.test(text)) return [];
  const drafts = selectLongest(collectDrafts(text));
  return resolveDrafts(text, drafts, parseRefDate(context.refDate));
}


// The document's own date, from its header zone only: "date 2024-05", "Publié le 27 mai 2024 à 10h30",
// "Mis à jour le 03/06/2024", "Paris, le 12 mars 2024 —", "Date: 2024-05-27". A date in the body is
// about something else, so only the first lines count, and a verb ("L'Insee a publié le 12 mars") does not.
const HEADER_LINES = 6;
const HEADER_CHARS = 800;
const SHORT_LINE = 160;
const S = "[^\\S\\n]";
const AFTER_KEYWORD = `${S}*(?:[:=,–—-]${S}*)?(?:le${S}+|du${S}+)?`;
const HEADER_RULES: ReadonlyArray<{ name: string; pattern: RegExp; atLineStart: boolean }> = [
  { name: "date header", pattern: new RegExp(`^[\\s#*>|-]*date(?:${S}+de${S}+publication)?${AFTER_KEYWORD}`, "iu"), atLineStart: true },
  {
    name: "published",
    pattern: new RegExp(`(?<![\\p{L}])(?<!(?:a|ont|avait|avaient|été)${S}+)(?:publi[ée]e?|paru|parution|post[ée]e?|cr[ée]{1,2}e?|publication)${AFTER_KEYWORD}`, "iu"),
    atLineStart: false,
  },
  { name: "dateline", pattern: new RegExp(`^${S}*\\p{Lu}[\\p{L}'’ -]{1,40},${S}*le${S}+`, "u"), atLineStart: true },
  { name: "date line", pattern: new RegExp(`^${S}*(?:le${S}+)?(?=\\S)`, "iu"), atLineStart: true },
  {
    name: "updated",
    pattern: new RegExp(`(?<![\\p{L}])(?:mis|mise)${S}+[àa]${S}+jour${AFTER_KEYWORD}|(?<![\\p{L}])(?:modifi[ée]e?|actualis[ée]e?)${AFTER_KEYWORD}`, "iu"),
    atLineStart: false,
  },
];

function headerLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.slice(0, HEADER_CHARS).split(/\r\n|\r|\n/)) {
    if (line.trim() === "") continue;
    lines.push(line);
    if (lines.length === HEADER_LINES) break;
  }
  return lines;
}

/** The explicit date a header says the document is from ("2024-05", "2024-05-27"), or null. */
export function findDocumentDate(text: string): string | null {
  const lines = headerLines(text.replace(/^\uFEFF/, ""));
  for (const rule of HEADER_RULES) {
    for (const line of lines) {
      const m = rule.pattern.exec(line);
      if (!m) continue;
      if (!rule.atLineStart && m.index > 0 && line.length > SHORT_LINE) continue;
      const rest = line.slice(m.index + m[0].length);
      const first = recogniseDates(rest)[0];
      if (!first || first.start !== 0 || first.anchor !== "explicit" || /^X/.test(first.value)) continue;
      // A bare date line must be nothing but the date (and a time): "27 mai 2024 à 10h30".
      if (rule.name === "date line" && !/^[^\S\n]*(?:(?:à|a|-|–|—|,)?[^\S\n]*\d{1,2}[h:]\d{0,2}[^\S\n]*)?[—–-]?[^\S\n]*$/iu.test(rest.slice(first.end))) continue;
      return first.value;
    }
  }
  return null;
}
