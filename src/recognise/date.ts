// French dates in running text: every parser proposes spans, the longest non-overlapping ones win,
// then the resolver picks years and computes relative dates (see date-resolve.ts for the order).
//   recogniseDates("lancée en juillet 2023", {}) -> [{ value: "2023-07", text "juillet 2023", anchor: "explicit" }]
//   recogniseDates("a rapporté samedi", { refDate: "2024-05-27" }) -> [{ value: "2024-05-25", ... }]
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { caselessRegExp } from "./caseless.js";
import { CALENDAR_PARSERS, readsAsYear } from "./date-absolute.js";
import { parseRefDate } from "./date-calendar.js";
import type { DateDraft, DateParser } from "./date-draft.js";
import { RELATIVE_PARSERS } from "./date-relative.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./date-lexicon-fr.js";
import { resolveDrafts } from "./date-resolve.js";
import type { DateContext, DateMention } from "./types.js";

const PARSERS: readonly DateParser[] = [...CALENDAR_PARSERS, ...RELATIVE_PARSERS];

// Speed: running each parser's pattern over the whole text costs a full scan per parser (about
// 10 MB/s each). Instead one hand-written pass finds the words every date contains — a word with a
// digit, a month, a weekday, "hier", "trimestre"... — and the parsers run sticky only at that word's
// start and at the starts of the few words before it on its line, where a date's left part begins
// ("il y a trois [jours]", "à la fin de l'[été] 2024").
const CORE_WORDS = [
  "janvier", "janv", "jan", "fevrier", "fevr", "fev", "mars", "avril", "avr", "mai", "juin", "juillet", "juil", "aout",
  "septembre", "sept", "sep", "octobre", "oct", "novembre", "nov", "decembre", "dec", "lundi", "mardi", "mercredi",
  "jeudi", "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "printemps", "ete",
  "automne", "hiver", "trimestre", "semestre", "hier", "demain", "aujourd", "jour", "jours", "journee", "veille",
  "lendemain", "mois", "semaine", "semaines", "an", "ans", "annee", "annees", "noel", "toussaint", "paques", "pentecote",
  "ascension", "assomption", "saint", "fete", "thanksgiving", "thanks", "halloween", "chandeleur", "epiphanie",
  "reveillon", "nouvel", "decennie", "rentree",
  // a year said aloud: "en deux mille trente"
  "mille",
];
const WORDS_BEFORE_CORE = 4;
const RECENT = WORDS_BEFORE_CORE + 1;
const MAX_CORE_LENGTH = 12;

/** Lower-cased, accent-folded code of a letter (é -> e), 0 for anything that is not a word character. */
const FOLD = new Uint16Array(0x250);
for (let c = 48; c <= 57; c++) FOLD[c] = c;
for (let c = 97; c <= 122; c++) FOLD[c] = c;
for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
for (let c = 0xc0; c < 0x250; c++) {
  if (c === 0xd7 || c === 0xf7) continue;
  const base = String.fromCharCode(c).toLowerCase().normalize("NFD").charCodeAt(0);
  FOLD[c] = base < 0x250 ? base : c;
}
const foldCode = (c: number): number => (c < 0x250 ? (FOLD[c] as number) : 0);
const wordHash = (h: number, folded: number): number => (Math.imul(h, 31) + folded) | 0;
const CORE_HASHES = new Set(CORE_WORDS.map((w) => [...w].reduce((h, ch) => wordHash(h, ch.charCodeAt(0)), 7)));
/** The cores' hashes' low 16 bits: most words are rejected here, without boxing a hash for the Set. */
const CORE_LOW = new Uint8Array(0x10000);
for (const h of CORE_HASHES) CORE_LOW[h & 0xffff] = 1;

type Sticky = { parser: DateParser; re: RegExp; index: number };
const EMPTY: readonly Sticky[] = [];
const byIndex = (list: Sticky[]): Sticky[] => [...new Set(list)].sort((a, b) => a.index - b.index);
const push = <K>(map: Map<K, Sticky[]>, key: K, s: Sticky) => {
  const list = map.get(key) ?? [];
  list.push(s);
  map.set(key, list);
};

/** Sticky copies of the parsers, caseless (see caseless.ts). The leading word-boundary lookbehind is dropped:
 *  the scanner only tries word starts, and that Unicode lookbehind costs more than the rest of a failing attempt. */
const STICKIES: Sticky[] = PARSERS.map((parser, index) => {
  const source = parser.pattern.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, "");
  const flags = parser.pattern.flags.replace("g", "") + "y";
  return { parser, re: flags.includes("i") ? caselessRegExp(source, flags) : narrowRegExp(source, flags), index };
});
/** By the first letter (accents folded, "#" for digits) a match can start with: the fallback. */
const STICKY_BY_INITIAL = new Map<number, Sticky[]>();
/** A word starting with a letter: by its initial, then the hash of the whole word (folded), the parsers whose
 *  `firstWords` hold it, with those that have no such list and take any word with their initial. */
const STICKY_BY_WORD = new Map<number, Map<number, Sticky[]>>();
const INITIAL_ONLY = new Map<number, Sticky[]>();
/** A word starting with digits: by the count of leading digits (5 and more in the last slot). */
const STICKY_BY_DIGITS: Sticky[][] = [[], [], [], [], [], []];
const DIGIT_CODES = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];
for (const sticky of STICKIES) {
  const { parser } = sticky;
  for (const initial of parser.initials) {
    if (initial === "#") {
      for (let run = 1; run <= 5; run++) if (!parser.digitRuns || parser.digitRuns.includes(run)) STICKY_BY_DIGITS[run]!.push(sticky);
    } else if (!parser.firstWords) push(INITIAL_ONLY, initial.charCodeAt(0), sticky);
    for (const code of initial === "#" ? DIGIT_CODES : [initial.charCodeAt(0)]) push(STICKY_BY_INITIAL, code, sticky);
  }
}
for (const sticky of STICKIES) {
  for (const word of sticky.parser.firstWords ?? []) {
    const initial = word.charCodeAt(0);
    if (!sticky.parser.initials.includes(word.charAt(0))) throw new Error(`${sticky.parser.name}: ${word} is not among its initials`);
    const byHash = STICKY_BY_WORD.get(initial) ?? new Map<number, Sticky[]>();
    STICKY_BY_WORD.set(initial, byHash);
    const hash = [...word].reduce((h, ch) => wordHash(h, ch.charCodeAt(0)), 7);
    byHash.set(hash, byIndex([...(byHash.get(hash) ?? INITIAL_ONLY.get(initial) ?? []), sticky]));
  }
}

// Under the `iu` flags "ſ" matches "s" and the Kelvin sign "k", which the folding above does not know:
// a word with one of them (or ending on one) is tried by its initial alone, as a word of no known form.
const LONG_S = 0x17f;
const KELVIN = 0x212a;

function collectDrafts(text: string): DateDraft[] {
  const drafts: DateDraft[] = [];
  // starts of the last words on this line, with their hash and form, oldest first (a ring of RECENT)
  const starts = new Int32Array(RECENT);
  const hashes = new Int32Array(RECENT);
  const plain = new Uint8Array(RECENT);
  let count = 0;
  let head = 0; // slot of the oldest
  let triedUpTo = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 10;
    let f = c < 0x250 ? (FOLD[c] as number) : 0;
    if (f !== 0) {
      // A word: hash it to its end, then remember its start, and if it is a core, try the parsers around it.
      const wordStart = i;
      let hash = 7;
      let hasDigit = false;
      let odd = false;
      do {
        hash = wordHash(hash, f);
        if (f <= 57) hasDigit = true;
        else if (c === LONG_S) odd = true;
        c = ++i < n ? text.charCodeAt(i) : 10;
        f = c < 0x250 ? (FOLD[c] as number) : 0;
      } while (f !== 0);
      const slot = (head + count) % RECENT;
      if (count === RECENT) head = (head + 1) % RECENT;
      else count++;
      starts[slot] = wordStart;
      hashes[slot] = hash;
      plain[slot] = odd || c === KELVIN ? 0 : 1;
      if (hasDigit || (i - wordStart <= MAX_CORE_LENGTH && CORE_LOW[hash & 0xffff] === 1 && CORE_HASHES.has(hash))) {
        for (let k = 0; k < count; k++) {
          const at = (head + k) % RECENT;
          const start = starts[at] as number;
          if (start <= triedUpTo) continue;
          triedUpTo = start;
          tryParsersAt(text, start, hashes[at] as number, plain[at] as number, drafts);
        }
      }
    }
    if (c === 10) count = 0;
  }
  return drafts;
}

/** Runs the parsers a match at `start` may belong to, given the word there (its hash, and whether it is plain). */
function tryParsersAt(text: string, start: number, hash: number, plainWord: number, drafts: DateDraft[]): void {
  const c = text.charCodeAt(start);
  let list: readonly Sticky[];
  if (c >= 48 && c <= 57) {
    let run = 1;
    while (run < 5 && start + run < text.length && isDigit(text.charCodeAt(start + run))) run++;
    list = STICKY_BY_DIGITS[run] as Sticky[];
  } else {
    const initial = foldCode(c);
    list = plainWord ? (STICKY_BY_WORD.get(initial)?.get(hash) ?? INITIAL_ONLY.get(initial) ?? EMPTY) : (STICKY_BY_INITIAL.get(initial) ?? EMPTY);
  }
  for (let k = 0; k < list.length; k++) {
    const { parser, re } = list[k] as Sticky;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    const draft = parser.extract(m, text);
    if (draft && draft.end > draft.start) drafts.push(draft);
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Longest match first; among equals, the earliest; a span overlapping one already kept is dropped, and so is
 *  a bare number that does not read as a year. */
function selectLongest(text: string, drafts: DateDraft[]): DateDraft[] {
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
    if (d.kind === "calendar" && d.bareYear && !readsAsYear(text, d.start, d.end)) continue;
    kept.splice(lo, 0, d);
  }
  return kept;
}

/** Dates in a French text, sorted by start, not overlapping, resolved against `context.refDate` when given. */
const IN_A_ROW_AFTER = /^[ \u00a0]+consécuti(?:f|ve|fs|ves)(?![\p{L}])/u;

export function recogniseDates(text: string, context: DateContext = {}): DateMention[] {
  // ("le troisième trimestre consécutif": how many periods in a row, not which one)
  const drafts = selectLongest(text, collectDrafts(text)).filter((d) => !IN_A_ROW_AFTER.test(text.slice(d.end, d.end + 16)));
  return resolveDrafts(text, drafts, parseRefDate(context.refDate));
}


// The document's own date, from its header zone only: "date 2024-05", "Publié le 27 mai 2024 à 10h30",
// "Mis à jour le 03/06/2024", "Paris, le 12 mars 2024 —", "Date: 2024-05-27", "Par Jean Dupont le 28/08/2025 à 6h12". A date in the body is
// about something else, so only the first lines count, and a verb ("L'Insee a publié le 12 mars") does not.
const HEADER_LINES = 6;
const HEADER_CHARS = 800;
const SHORT_LINE = 160;
const S = "[^\\S\\n]";
// "Publié le 3 mars", "Date : 2024-05", "Publié le : 03-11-2025" (the article before the colon)
const AFTER_KEYWORD = `${S}*(?:(?:le|du)${S}*(?=[:=]))?(?:[:=,–—-]${S}*)?(?:le${S}+|du${S}+)?`;
/** After a byline's date: "| Économie", the section the outlet files it under (no digits: no other fact). */
const SECTION_AFTER = narrow(/^[^\S\n]*\|[^\S\n]*\p{L}[^\d\n|]{0,40}$/u);
/** After a date line's date: "22 avril 2026 | Héloïse Picard", the author (capitalised words, no digits). */
const AUTHOR_AFTER = narrow(/^[^\S\n]*[|·•–—-][^\S\n]*(?:Par[^\S\n]+)?\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’.-]*|de|du|des|d['’]|le|la|van|von)){1,4}[^\S\n]*$/u);
/** After a date that must be all its line holds: a time, a dash or a full stop at most. */
const DATE_ENDS_LINE = /^[^\S\n]*(?:(?:à|a|-|–|—|,)?[^\S\n]*\d{1,2}[h:]\d{0,2}[^\S\n]*)?[—–.-]?[^\S\n]*$/iu;
const HEADER_RULES: ReadonlyArray<{ name: string; pattern: RegExp; atLineStart: boolean }> = [
  { name: "date header", pattern: caselessRegExp(`^[\\s#*>|-]*date(?:${S}+de${S}+publication)?${AFTER_KEYWORD}`, "iu"), atLineStart: true },
  {
    name: "published",
    pattern: caselessRegExp(`(?<![\\p{L}])(?<!(?:a|ont|avait|avaient|été)${S}+)(?:publi[ée]e?|paru|parution|post[ée]e?|cr[ée]{1,2}e?|publication)${AFTER_KEYWORD}`, "iu"),
    atLineStart: false,
  },
  // "Paris, le", "Saint-Denis, le", "Aix-en-Provence, le", "Le Havre, le": capitalised words, particles aside
  // (so not "Par ailleurs, le 12 mars 2024, ..."). Without "le" ("Bordeaux, vendredi 13 février 2026.",
  // "Lyon, 4 mars 2025 —") the date must end the line.
  {
    name: "dateline",
    pattern: narrowRegExp(`^${S}*(?=[^,\\n]{2,41},)\\p{Lu}[\\p{L}'’-]*(?:${S}(?:\\p{Lu}[\\p{L}'’-]*|de|du|des|la|le|les|sur|en|lès|aux?|d['’]\\p{Lu}[\\p{L}'’-]*))*,${S}*(?<le>le${S}+)?`, "u"),
    atLineStart: true,
  },
  // Wire copy: "PARIS, 9 septembre 2025 (AFP) —", "WASHINGTON, 3 mars 2025 (Reuters) -": a place in capitals,
  // perhaps with its country in brackets ("SAN JOSE (Etats-Unis), 19 février 2026 (AFP) -").
  {
    name: "wire dateline",
    pattern: narrowRegExp(`^${S}*\\p{Lu}[\\p{Lu}'’-]+(?:${S}\\p{Lu}[\\p{Lu}'’-]+)*(?:${S}*\\([^()\\n]{2,30}\\))?,${S}*(?:le${S}+)?`, "u"),
    atLineStart: true,
  },
  // "Par Pierre Martin le 28/08/2025 à 6h12", "L'Usine Digitale | Cloud | Par Julien Bergounhoux | 06 janv. 2025 09:10",
  // "Par Olivia Deschamps, à Londres - 09/03/2026, 11:32": an author's name (and where they write from), then
  // the date (and a time) ending the line.
  {
    name: "byline",
    pattern: narrowRegExp(`^(?:[^|\\n]{1,40}\\|${S}*){0,4}Par${S}+\\p{Lu}[\\p{L}'’.-]*(?:${S}+[\\p{Lu}][\\p{L}'’.-]*|${S}+(?:de|du|des|d['’]|le|la|van|von)(?=${S}|\\p{Lu})){0,5}(?:${S}+le${S}+|${S}*[|,.–—·•-]${S}*(?:[Ll]e${S}+)?|${S}+(?=\\d))(?:à${S}+\\p{Lu}[\\p{L}'’-]*(?:${S}+\\p{Lu}[\\p{L}'’-]*){0,2}(?:${S}*[|,–—-]${S}*|${S}+le${S}+))?`, "u"),
    atLineStart: true,
  },
  // "Fabien Couderc · 26 Janv 2026, 8:31", "Antoine Mercadier Le 15/01/2026 à 13h10": an author's name alone, then
  // the date (and a time) ending the line.
  {
    name: "name line",
    pattern: narrowRegExp(`^${S}*\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:${S}+\\p{Lu}[\\p{L}'’-]+){1,2}(?:${S}*[·•|,–—]${S}*|${S}+)(?:[Ll]e${S}+)?(?=\\d)`, "u"),
    atLineStart: true,
  },
  { name: "date line", pattern: caselessRegExp(`^${S}*(?:le${S}+)?(?=\\S)`, "iu"), atLineStart: true },
  {
    name: "updated",
    pattern: caselessRegExp(`(?<![\\p{L}])(?:mis|mise)${S}+[àa]${S}+jour${AFTER_KEYWORD}|(?<![\\p{L}])(?:modifi[ée]e?|actualis[ée]e?)${AFTER_KEYWORD}`, "iu"),
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
  // Every header date states its year, so a line without a digit cannot hold one.
  const lines = headerLines(text.replace(/^\uFEFF/, "")).filter((line) => /\d/.test(line));
  for (const rule of HEADER_RULES) {
    for (const line of lines) {
      const m = rule.pattern.exec(line);
      if (!m) continue;
      if (!rule.atLineStart && m.index > 0 && line.length > SHORT_LINE) continue;
      const rest = line.slice(m.index + m[0].length);
      // The date must open `rest`: recognise within its first words only, not across a whole paragraph.
      const first = recogniseDates(rest.slice(0, 64))[0];
      if (!first || first.start !== 0 || first.anchor !== "explicit" || /^X/.test(first.value)) continue;
      // A bare date line must be nothing but the date (and a time): "27 mai 2024 à 10h30".
      if (rule.name === "wire dateline" && !/^[^\S\n]*(?:\((?:AFP|Reuters|AP|Bloomberg|Belga|ATS|DPA)\)[^\S\n]*)?[—–-]/u.test(rest.slice(first.end))) continue;
      const endsLine = rule.name === "date line" || rule.name === "byline" || rule.name === "name line" || (rule.name === "dateline" && !m.groups?.["le"]);
      // A byline may end on its section after the date: "Par Julien Ferrière | 14/01/2026 | Intelligence artificielle".
      const after = rest.slice(first.end);
      if (endsLine && !DATE_ENDS_LINE.test(after) && !(rule.name === "byline" && SECTION_AFTER.test(after)) && !(rule.name === "date line" && AUTHOR_AFTER.test(after))) continue;
      return first.value;
    }
  }
  for (const line of lines) {
    const day = dayOfHeaderParts(line);
    if (day) return day;
  }
  return null;
}

// "Mélodie Gauvreau | Le Devoir | 14 janvier 2027 | 5 h 00", "Gaspard Royère, L'Usine Digitale — mardi 24/11/2026, 16:48":
// a short header line cut into parts by bars, bullets or dashes, one part of which is a day (after words without
// digits: "Le Parisien, le …") and perhaps a time, nothing more.
const HEADER_PARTS = /[|•·—–]|[^\S\n]-[^\S\n]/u;
const HEADER_PART_CHARS = 160;
// (and an update time after it: ", mis à jour à 14:05")
const TIME_AT_MOST =
  /^[^\S\n]*(?:(?:à|a|,)?[^\S\n]*\d{1,2}[^\S\n]?[h:][^\S\n]?\d{0,2}[^\S\n]*)?(?:\([^()\n]{0,40}\)|,[^\S\n]*mis[^\S\n]+à[^\S\n]+jour[^\S\n]+à[^\S\n]*\d{1,2}[^\S\n]?[h:][^\S\n]?\d{0,2})?[^\S\n]*\.?[^\S\n]*$/iu;
function dayOfHeaderParts(line: string): string | null {
  if (line.length > HEADER_PART_CHARS || !HEADER_PARTS.test(line)) return null;
  for (const part of line.split(HEADER_PARTS)) {
    const day = recogniseDates(part).find((d) => d.anchor === "explicit" && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
    if (day && !/\d/.test(part.slice(0, day.start)) && TIME_AT_MOST.test(part.slice(day.end))) return day.value;
  }
  return null;
}

// "Le groupe a publié ce mardi 21 octobre …": an undated article whose opening says "ce <weekday> <day> <month>"
// is of that day; the weekday fixes the year among those the text states (date-resolve.ts).
const LEDE_CHARS = 600;
const THIS_WEEKDAY_DATE = caselessRegExp(
  `(?<![\\p{L}])ce[ \\u00a0]+((?:${WEEKDAY_NAMES.join("|")})[ \\u00a0]+(?:1er|\\d{1,2})[ \\u00a0]+(?:${MONTH_NAMES.map(([m]) => m).join("|")}))(?![ \\u00a0]*\\d)`,
  "iu",
);

/** The day an undated article's opening calls "ce mardi 21 octobre", as YYYY-MM-DD, or null. */
export function findLedeDate(text: string): string | null {
  const m = THIS_WEEKDAY_DATE.exec(text.slice(0, LEDE_CHARS));
  if (!m) return null;
  const at = m.index + m[0].length - (m[1] as string).length;
  const day = recogniseDates(text).find((d) => d.start === at);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day.value) ? day.value : null;
}
