// Calendar expressions: a day, month, season, quarter or year, written with or without its year.
// "le 1er janvier 2024", "26/05/2024", "fin mars", "l'automne 2025", "T3 2024", "début 2023", "Noël".
// Relative ones ("hier", "le mois dernier", "mercredi prochain") are in date-relative.ts.
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { isPostcode } from "../text/postcode.js";
import { caselessRegExp } from "./caseless.js";
import type { Period } from "./date-calendar.js";
import { isValidDay } from "./date-calendar.js";
import { patternSource, type CalendarDraft, type DateParser, type Relation } from "./date-draft.js";
import {
  alternation, APOS, foldWord, holidayOf, HOLIDAY_SURFACES, modOf, monthNumber, MONTH_ABBREVIATIONS, MONTH_NAMES,
  ordinalValue, ORDINAL_DIGITS, OSP, seasonCode, SP, SPOKEN_WORDS, spokenNumber, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, weekdayNumber,
} from "./date-lexicon-fr.js";
import type { DateMod } from "./types.js";

// Boundaries: JavaScript's \b is ASCII-only, so "é" would end a word.
export const LB = "(?<![\\p{L}\\p{N}])";
export const RB = "(?![\\p{L}\\p{N}])";
/** A year as news writes it, 1900-2099. */
export const YEAR4 = "(?:19|20)\\d{2}";
const DAY = "(?:1er|1re|premier|[0-3]?\\d)";
const MONTH_FULL = `(?:${alternation(MONTH_NAMES.map(([w]) => w))})${RB}`;
const MONTH_ANY = `(?:${MONTH_FULL}|(?:${alternation(MONTH_ABBREVIATIONS.map(([w]) => w))})(?:\\.|(?![\\p{L}])))`;
export const WEEKDAY_FULL = `(?:${alternation(WEEKDAY_NAMES)})${RB}`;
/** A weekday before a day number: "dimanche 26 mai", "mer. 24 juin", "Mer, 22 Janv." */
const WEEKDAY_BEFORE_DAY = `(?:${WEEKDAY_FULL}|(?:${alternation(WEEKDAY_ABBREVIATIONS)})(?:\\.|(?=,)))`;
const OF = `(?:de${SP}|d${APOS}|du${SP})`;
/** "début", "fin", "mi-", "milieu", optionally with "de"/"d'": "fin de mars", "mi-juillet". */
const MOD = `(?<mod>début|debut|fin|mi|milieu)(?:-|${SP})(?:de${SP}l${APOS}année${SP}|de${SP}l${APOS}an${SP}|de${SP}l${APOS}|de${SP}|d${APOS})?`;

const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];

// "... de l'an prochain", "... de l'année dernière", "... de cette année", "en septembre l'an dernier": after a
// quarter, half, season or month, the year counted from the reference's, read as one mention with what it follows.
const YEAR_REL_WORDS = `prochaine|prochain|dernière|derniere|dernier|passée|passee|passé|passe|en${SP}cours`;
export const YEAR_TAIL =
  `${SP}(?:(?:de${SP})?l${APOS}(?:année|annee|an)${SP}(?<yrel>${YEAR_REL_WORDS})${RB}|de${SP}cette${SP}(?<ythis>année|annee)(?![\\p{L}\\p{N}]|-l[àa]))`;
/** -1, 0, +1 from YEAR_TAIL's groups; undefined when the tail is absent. */
export function yearOffsetOf(m: RegExpExecArray): number | undefined {
  if (g(m, "ythis")) return 0;
  const rel = g(m, "yrel");
  if (!rel) return undefined;
  const w = foldWord(rel);
  return w.startsWith("prochain") ? 1 : w.startsWith("en") ? 0 : -1;
}
const withOffset = (m: RegExpExecArray): Partial<CalendarDraft> => {
  const yearOffset = yearOffsetOf(m);
  return yearOffset === undefined ? {} : { yearOffset };
};

// First words of matches (see DateParser.firstWords), folded as foldWord does.
const firstOf = (surfaces: Iterable<string>): string[] => [...surfaces].map((s) => /^[a-z0-9]+/.exec(foldWord(s))?.[0] ?? "");
export const MOD_FIRST = ["debut", "fin", "mi", "milieu"];
export const WEEKDAY_FIRST = firstOf(WEEKDAY_NAMES);
const WEEKDAY_BEFORE_DAY_FIRST = [...WEEKDAY_FIRST, ...firstOf(WEEKDAY_ABBREVIATIONS)];
const MONTH_FULL_FIRST = firstOf(MONTH_NAMES.map(([w]) => w));
const MONTH_ANY_FIRST = [...MONTH_FULL_FIRST, ...firstOf(MONTH_ABBREVIATIONS.map(([w]) => w))];
export const NTH_FIRST = ["premier", "premiere", "deuxieme", "second", "troisieme", "quatrieme", "dernier"];
/** The rank of a weekday in a month: "premier", "deuxième", "dernier", "3e" ("le premier vendredi de ..."). */
export const NTH_WEEKDAY_RANK = `premier|première|deuxième|deuxieme|second|troisième|troisieme|quatrième|quatrieme|dernier|${ORDINAL_DIGITS}`;

function calendar(start: number, end: number, period: Period, fields: Partial<CalendarDraft> = {}): CalendarDraft {
  return { kind: "calendar", start, end, period, relation: "plain", ...fields };
}

/** "1er" / "premier" / "26" -> day number; null outside 1..31. */
function dayValue(s: string): number | null {
  const f = foldWord(s);
  const n = f === "1er" || f === "1re" || f === "premier" ? 1 : Number(f);
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/** "74" -> 1974, "14" -> 2014: two-digit years pivot at 50, as Duckling and Recognizers do. */
export function fullYear(s: string): number {
  const n = Number(s.replace(/^['’]/, ""));
  return s.replace(/^['’]/, "").length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

/** A day exists in some year (29 February does). */
function dayExists(m: number, d: number): boolean {
  return isValidDay(2000, m, d);
}

const modFrom = (m: RegExpExecArray): DateMod | undefined => (g(m, "mod") ? modOf(g(m, "mod") as string) : undefined);

function relationOf(word: string | undefined): Relation {
  if (!word) return "plain";
  const w = foldWord(word);
  if (w.startsWith("dernier") || w.startsWith("derniere") || w.startsWith("passe")) return "last";
  if (w.startsWith("prochain")) return "next";
  if (w === "ce" || w === "cet" || w === "cette") return "this";
  return "plain";
}

// "rue du 4 Septembre", "place du 8-Mai-1945": street and place names, not dates.
const STREET_BEFORE = caselessRegExp(
  `${LB}(?:rue|avenue|av\\.|boulevard|bd|place|quai|pont|cours|impasse|allée|square|esplanade|station|lycée|collège|école|stade|parc|promenade)${SP}du${SP}(?:\\d{1,2}(?:er)?(?:${SP}|-))?$`,
  "iu",
);
function isStreetName(text: string, start: number): boolean {
  return STREET_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

// ---------------------------------------------------------------------------------------------
// "dimanche 26 mai", "le 1er janvier 2024", "Lundi 12 Janvier, 2016", "31 octobre 74", "5 juil.", "1er juillet prochain"
const dayMonth: DateParser = {
  name: "day-month",
  initials: "dlmjvsp#",
  firstWords: [...WEEKDAY_BEFORE_DAY_FIRST, "premier"],
  digitRuns: [1, 2],
  pattern: patternSource(
    `${LB}(?:(?<wd>${WEEKDAY_BEFORE_DAY})[,.]?${SP})?(?<day>${DAY})(?!\\d)(?:${SP}|-)(?<month>${MONTH_ANY})` +
      `(?:(?:,?${SP}|-)(?<year>${YEAR4})${RB}|${SP}(?<yy>\\d{2})(?![\\p{L}\\p{N}]|${SP}\\p{L})|${SP}(?<rel>dernier|prochain)${RB})?`,
    "giu",
  ),
  extract(m, text) {
    const day = dayValue(g(m, "day") as string);
    const month = monthNumber(g(m, "month") as string);
    if (day === null || month === undefined || !dayExists(month, day)) return null;
    // ("rue du 4-Septembre", "rue du 4 Septembre" name a street; "le cours du 2 juillet" is a share's price that day)
    if (!g(m, "wd") && isStreetName(text, m.index) && (/^\p{Lu}/u.test(g(m, "month") as string) || /\d-\p{L}/u.test(m[0]))) return null;
    const y = g(m, "year") ?? g(m, "yy");
    const year = y ? fullYear(y) : undefined;
    if (year !== undefined && !isValidDay(year, month, day)) return null;
    const wd = g(m, "wd");
    // "le 1er juillet prochain", "le 15 mars dernier": the next or the last such day
    const rel = g(m, "rel");
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: month, d: day }, {
      ...(year !== undefined ? { year } : {}),
      ...(wd ? { weekday: weekdayNumber(wd) as number } : {}),
      ...(rel ? { relation: relationOf(rel) } : {}),
    });
  },
};

// Days and years as said aloud, in transcripts of radio and television: "le quinze avril", "mardi vingt et un mars",
// "le quinze septembre deux mille trente", "en deux mille trente", "d'ici deux mille trente-quatre".
// (the words a spoken number is made of, read by spokenNumber: a list of every number would cost the pattern's
// compilation some 20 ms at start-up)
const SPOKEN_WORD = `(?:${alternation(SPOKEN_WORDS)})`;
const SPOKEN = `${SPOKEN_WORD}(?:[-\\s]${SPOKEN_WORD}){0,4}`;
const SPOKEN_YEAR = `deux${SP}mille(?:[-\\s]${SPOKEN})?${RB}`;
/** "deux mille trente et un" -> 2031, and the length read: "deux mille trente et une" is 2030 and "deux mille trente". */
function spokenYear(surface: string): { year: number; length: number } {
  const head = /^deux[-\s]+mille/iu.exec(surface) as RegExpExecArray;
  const words = surface.slice(head[0].length).split(/(?=[-\s])/u);
  for (let k = words.length; k > 0; k--) {
    const said = words.slice(0, k).join("");
    const n = spokenNumber(said.replace(/^[-\s]+/u, ""));
    if (n !== undefined) return { year: 2000 + n, length: head[0].length + said.length };
  }
  return { year: 2000, length: head[0].length };
}
const spokenDayMonth: DateParser = {
  name: "spoken-day-month",
  initials: "ldamjvs",
  firstWords: [...WEEKDAY_FIRST, "le", "du", "au"],
  pattern: patternSource(
    `${LB}(?:(?<wd>${WEEKDAY_FULL})${SP}|(?:le|du|au)${SP})(?<day>${SPOKEN})${SP}(?<month>${MONTH_FULL})` +
      `(?:${SP}(?:(?<year>${YEAR4})${RB}|(?<yw>${SPOKEN_YEAR}))|${SP}(?<rel>dernier|prochain)${RB})?`,
    "giu",
  ),
  extract(m) {
    const day = spokenNumber(g(m, "day") as string);
    const month = monthNumber(g(m, "month") as string);
    if (day === undefined || month === undefined || !dayExists(month, day)) return null;
    const y = g(m, "year");
    const yw = g(m, "yw");
    const spoken = yw ? spokenYear(yw) : undefined;
    // ("le quinze septembre deux mille trente et une …": the year stops where its number does)
    if (spoken && spoken.length < (yw as string).length) return null;
    const year = y ? Number(y) : spoken?.year;
    if (year !== undefined && !isValidDay(year, month, day)) return null;
    const wd = g(m, "wd");
    const rel = g(m, "rel");
    // ("le quinze avril": the day begins after its article)
    const start = wd ? m.index : m.index + (/^\p{L}+\s+/u.exec(m[0]) as RegExpExecArray)[0].length;
    return calendar(start, m.index + m[0].length, { grain: "day", m: month, d: day }, {
      ...(year !== undefined ? { year } : {}),
      ...(wd ? { weekday: weekdayNumber(wd) as number } : {}),
      ...(rel ? { relation: relationOf(rel) } : {}),
    });
  },
};
// (a year said aloud only after a word that makes it a time: "deux mille trente salariés" counts)
const spokenYearParser: DateParser = {
  name: "spoken-year",
  initials: "d",
  firstWords: ["deux"],
  pattern: patternSource(
    `(?<=${LB}(?:(?<mod>fin|début|debut)|en|d${APOS}ici|d${APOS}ici${SP}à|avant|après|apres|depuis|dès|vers|jusqu${APOS}en|à${SP}partir${SP}de|à${SP}l${APOS}horizon)[^\\S\\n]{1,3})` +
      `(?<year>${SPOKEN_YEAR})(?!${SP}(?:de${SP}|d${APOS})?\\p{L}+[sx]${RB})`,
    "giu",
  ),
  extract(m) {
    const spoken = spokenYear(g(m, "year") as string);
    const mod = modFrom(m);
    return calendar(m.index, m.index + spoken.length, { grain: "year" }, { year: spoken.year, ...(mod ? { mod } : {}) });
  },
};

// "juillet 2023", "fin mars 2024", "mi-juillet 2024", "Septembre 2016", "sept. 2024"
const monthYear: DateParser = {
  name: "month-year",
  initials: "dfmlacjson",
  firstWords: [...MOD_FIRST, "le", "au", "du", "ce", ...MONTH_ANY_FIRST],
  pattern: patternSource(
    `${LB}(?:${MOD}|(?<lead>(?:le|au|du|ce)${SP}mois${SP}(?:de${SP}|d${APOS})))?(?<month>${MONTH_ANY})(?:,?${SP}|-)(?<year>${YEAR4})${RB}`,
    "giu",
  ),
  extract(m) {
    const month = monthNumber(g(m, "month") as string) as number;
    const mod = modFrom(m);
    return calendar(m.index, m.index + m[0].length, { grain: "month", m: month }, {
      year: Number(g(m, "year")),
      ...(mod ? { mod } : {}),
    });
  },
};

// "en mars", "le mois de mai", "novembre dernier", "mai prochain", "début mars", "cette décembre"
const monthAlone: DateParser = {
  name: "month",
  initials: "cladpfmjson",
  firstWords: ["ce", "cette", "le", "au", "du", "prochain", "prochaine", ...MOD_FIRST, "courant", ...MONTH_FULL_FIRST],
  pattern: patternSource(
    `${LB}(?:(?<this>ce|cette)${SP}(?:mois${SP}(?:de${SP}|d${APOS}))?|(?<lead>le|au|du|ce)${SP}mois${SP}(?:de${SP}|d${APOS})|(?<pre>prochain|prochaine)${SP})?` +
      `(?:${MOD}|courant${SP})?(?<month>${MONTH_FULL})(?:${SP}(?<rel>dernier|prochain|passé)${RB}|${YEAR_TAIL})?`,
    "giu",
  ),
  extract(m, text) {
    const monthWord = g(m, "month") as string;
    const month = monthNumber(monthWord) as number;
    const introduced = g(m, "this") || g(m, "lead") || g(m, "pre") || g(m, "mod") || g(m, "rel") || g(m, "yrel") || g(m, "ythis");
    // "la planète Mars", "sur Mars": a capitalised Mars alone is the planet unless a word introduces the month.
    if (monthWord === "Mars" && !introduced && !MONTH_INTRODUCER.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    if (isStreetName(text, m.index)) return null;
    const mod = modFrom(m);
    const relation: Relation = g(m, "this") ? "this" : g(m, "pre") ? "next" : relationOf(g(m, "rel"));
    return calendar(m.index, m.index + m[0].length, { grain: "month", m: month }, { relation, ...(mod ? { mod } : {}), ...withOffset(m) });
  },
};
const MONTH_INTRODUCER = caselessRegExp(`${LB}(?:en|depuis|dès|d${APOS}ici|jusqu${APOS}en|avant|après|courant|fin|début)${SP}$`, "iu");

// "l'automne 2025", "à l'été 2023", "au printemps 2024", "cet hiver", "l'hiver dernier", "fin de l'été 2024"
const season: DateParser = {
  name: "season",
  initials: "dfmlcaeph",
  firstWords: [...MOD_FIRST, "l", "cet", "cette", "ce", "le", "au", "en", "du", "printemps", "ete", "automne", "hiver"],
  pattern: patternSource(
    // ("à partir du printemps prochain": "du" introduces it as "au" does)
    `${LB}(?:${MOD}|(?<det>l${APOS}|(?:cet|cette|ce|le)${SP})|(?<prep>au|en|du)${SP})?(?<season>printemps|(?:é|e)t(?:é|e)|automne|hiver)${RB}` +
      // "l'hiver 2028-2029": a season across two years is named by both
      `(?:${SP}(?:(?:de${SP}|d${APOS})?(?<year>${YEAR4})${RB}(?:[-/](?<year2>${YEAR4})${RB})?|(?<rel>dernier|prochain|passé)${RB})|${YEAR_TAIL})?`,
    "giu",
  ),
  extract(m, text) {
    const code = seasonCode(g(m, "season") as string);
    const year2 = g(m, "year2");
    // (only the next year belongs to the season: "l'été 2026-2030" ends at its first year)
    const end = year2 && Number(year2) !== Number(g(m, "year")) + 1 ? m.index + m[0].length - year2.length - 1 : m.index + m[0].length;
    if (!code) return null;
    const year = g(m, "year");
    const introduced = g(m, "mod") || g(m, "det") || g(m, "prep");
    // "a été", "d'été": without an article or a year, "été" is the verb or an adjective.
    if (!year && !introduced) return null;
    // "le Valais exporte son électricité en hiver": without a year, "en" + season is every such season
    if (g(m, "prep")?.toLowerCase() === "en" && !year && !g(m, "rel") && yearOffsetOf(m) === undefined) return null;
    // "le printemps arabe", "le Printemps de Prague": named events.
    if (code === "SP" && !year && /^[^\S\n]{1,3}(?:arabe|de[^\S\n]+Prague|républicain|marseillais)/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    const start = g(m, "prep") ? m.index + m[0].indexOf(g(m, "season") as string) : m.index;
    const det = g(m, "det");
    const mod = modFrom(m);
    return calendar(start, end, { grain: "season", season: code }, {
      ...(year ? { year: Number(year) } : {}),
      relation: g(m, "rel") ? relationOf(g(m, "rel")) : det && yearOffsetOf(m) === undefined ? relationOf(det.trim()) : "plain",
      ...(mod ? { mod } : {}),
      ...withOffset(m),
    });
  },
};

// "à la rentrée", "dès la rentrée 2027", "la rentrée scolaire": the start of the school year, in September
// (not "la rentrée d'argent", "les rentrées fiscales")
const schoolYearStart: DateParser = {
  name: "rentrée",
  initials: "l",
  firstWords: ["la"],
  pattern: patternSource(
    `${LB}la${SP}(?:rentrée|rentree)(?:${SP}(?:scolaire|universitaire|de${SP}septembre))?(?:${SP}(?<year>${YEAR4})${RB})?` +
      `(?!${SP}(?:d${APOS}argent|de${SP}fonds|fiscale|en${SP}bourse)|[\\p{L}\\p{N}])`,
    "giu",
  ),
  extract(m) {
    const year = g(m, "year");
    // (without a year or a tense, like a feast, the coming one: "le ticket passe à 1,50 € à la rentrée", said in July)
    return calendar(m.index, m.index + m[0].length, { grain: "month", m: 9 }, year ? { year: Number(year) } : { lean: "future" });
  },
};

const FISCAL_AFTER = caselessRegExp(`^${SP}de${SP}(?:l${APOS}|son${SP}|leur${SP}|cet${SP})exercice${RB}`, "iu");
// "au troisième trimestre 2024", "3e trimestre", "premier semestre 2025", "fin du premier semestre"
const QUARTER_ORDINAL = `(?:premier|première|1er|1re|deuxième|deuxieme|second|seconde|troisième|troisieme|quatrième|quatrieme|dernier|${ORDINAL_DIGITS})`;
const quarterWords: DateParser = {
  name: "quarter",
  initials: "dfmpstq#",
  firstWords: [...MOD_FIRST, ...NTH_FIRST, "seconde"],
  digitRuns: [1, 2],
  pattern: patternSource(
    `${LB}(?:(?<mod>début|debut|fin|mi|milieu)(?:-|${SP})(?:du|de)${SP})?(?<ord>${QUARTER_ORDINAL})${SP}(?<unit>trimestre|semestre)${RB}` +
      `(?:${SP}(?:de${SP}l${APOS}année${SP}|(?<fiscal>de${SP}(?:l${APOS}|son${SP}|leur${SP})exercice${SP}(?:fiscal${SP})?)|de${SP}|d${APOS})?(?<year>${YEAR4})${RB}|${YEAR_TAIL})?`,
    "giu",
  ),
  extract(m, text) {
    // "le deuxième trimestre de l'exercice 2026": a fiscal quarter is not the calendar one (Nvidia's ends in
    // July 2025). Left to the year rule, which reads "exercice 2026" as the fiscal year's label, 2026.
    const end = m.index + m[0].length;
    if (g(m, "fiscal") || FISCAL_AFTER.test(text.slice(end, end + 24))) return null;
    const unit = foldWord(g(m, "unit") as string);
    const max = unit === "trimestre" ? 4 : 2;
    let n = ordinalValue(g(m, "ord") as string);
    const year = g(m, "year");
    // "au dernier trimestre 2024" is Q4; alone, "le dernier trimestre" is the latest one, not a calendar quarter.
    if (n === -1) n = year || yearOffsetOf(m) !== undefined ? max : undefined;
    if (n === undefined || n < 1 || n > max) return null;
    const mod = modFrom(m);
    const period: Period = unit === "trimestre" ? { grain: "quarter", q: n } : { grain: "half", h: n };
    return calendar(m.index, m.index + m[0].length, period, { ...(year ? { year: Number(year) } : {}), ...(mod ? { mod } : {}), ...withOffset(m) });
  },
};

// "T3 2024", "Q1 2025", "S1 2025", "H2 2024", "T1-2024", "Q4'24": business shorthand, with a year (alone, "H2"
// or "S1" are too often names). A yearless "T1"..."T4" or "Q1"..."Q4" is a quarter only after "au", "du", "ce"
// or "le" ("livrera au T1", "les ventes du T2") and not before "de <Name>" ("au T2 de Roissy" is a terminal);
// "un T3" is an apartment, "classée T1" a tumour stage.
const QUARTER_DETERMINER = narrow(/(?:^|[^\p{L}])(?:au|du|ce|le)[^\S\n]$/iu);
const TERMINAL_OF = /^[^\S\n]+(?:de|du|d['’])[^\S\n]*\p{Lu}/u;
const quarterCode: DateParser = {
  name: "quarter-code",
  initials: "tqsh",
  pattern: patternSource(`${LB}(?<code>[TQSH])(?<n>[1-4])(?:(?:${OSP}|-|/)(?<year>${YEAR4}|['’]\\d{2}))?${RB}`, "gu"),
  extract(m, text) {
    const code = g(m, "code") as string;
    const n = Number(g(m, "n"));
    const written = g(m, "year");
    if (!written) {
      const end = m.index + m[0].length;
      if (code === "S" || code === "H" || !QUARTER_DETERMINER.test(text.slice(Math.max(0, m.index - 4), m.index)) || TERMINAL_OF.test(text.slice(end, end + 8))) return null;
      return calendar(m.index, end, { grain: "quarter", q: n }, {});
    }
    const year = fullYear(written);
    if ((code === "S" || code === "H") && n > 2) return null;
    const period: Period = code === "S" || code === "H" ? { grain: "half", h: n } : { grain: "quarter", q: n };
    return calendar(m.index, m.index + m[0].length, period, { year });
  },
};

// "en 2015", "(2018)", "début 2023", "fin 2025", "mi-2024", "courant 2024", "l'an 2000", "à la fin de l'année 2024"
const year: DateParser = {
  name: "year",
  initials: "dfmlac#",
  firstWords: [...MOD_FIRST, "l", "annee", "courant"],
  digitRuns: [4],
  pattern: patternSource(
    `${LB}(?:${MOD}|(?<det>l${APOS}an|l${APOS}année|année|courant)${SP})?(?<year>${YEAR4})(?![\\p{L}\\p{N}]|[.,]\\d)`,
    "giu",
  ),
  extract(m) {
    const y = Number(g(m, "year"));
    const introduced = g(m, "mod") || g(m, "det");
    const mod = modFrom(m);
    return calendar(m.index, m.index + m[0].length, { grain: "year" }, { year: y, ...(mod ? { mod } : {}), ...(introduced ? {} : { bareYear: true }) });
  },
};

// "En 1846, au plus fort de la railway mania", "fondée en 1884 par un sellier": a year before 1900 only where "en",
// "depuis" or "dès" introduces it and a clause goes on after it ("en 1500 litres" is a quantity)
const olderYear: DateParser = {
  name: "older-year",
  initials: "ed",
  firstWords: ["en", "depuis", "des"],
  pattern: patternSource(
    `${LB}(?:en|depuis|dès)${SP}(?<year>1[5-8]\\d{2})(?=${OSP}[,.;:)!?]|${OSP}$|${SP}(?:et|à|au|aux|puis|par|lorsque|quand|avec|dans|sous|sur)${RB})`,
    "giu",
  ),
  extract(m) {
    const year = g(m, "year") as string;
    const start = m.index + m[0].length - year.length;
    return calendar(start, m.index + m[0].length, { grain: "year" }, { year: Number(year) });
  },
};

const OTHER_YEAR_AFTER = caselessRegExp(
  `^${SP}(?:scolaire|universitaire|académique|academique|fiscale|budgétaire|budgetaire|comptable|sportive|liturgique|lunaire|de${SP}(?:référence|reference|l${APOS}exercice))${RB}`,
  "iu",
);
const SEASON_OF_EVERY_YEAR = caselessRegExp(`(?:fêtes|fetes|soldes|réveillons|reveillons|primes?|bonus|vacances|congés|conges)${SP}de${SP}$`, "iu");
// "la fin de l'année", "en début d'année", "le début de l'année prochaine", "fin de cette année", "la mi-année"
// without a written year: a part of the reference's year (or of the year the sentence gives), or of the
// year before or after it. "fin de l'année 2026" is the year rule's, longer.
const yearPart: DateParser = {
  name: "year-part",
  initials: "dfm",
  firstWords: MOD_FIRST,
  pattern: patternSource(
    `${LB}(?<mod>début|debut|fin|mi|milieu)(?:-|${SP})(?:de${SP}l${APOS}(?:année|annee|an)|d${APOS}(?:année|annee)|de${SP}cette${SP}(?<ythis>année|annee)|(?<=mi-)(?:année|annee))` +
      `(?:${SP}(?<yrel>${YEAR_REL_WORDS}|suivante|précédente|precedente)${RB})?(?![\\p{L}\\p{N}]|-l[àa]|${SP}(?:19|20)\\d\\d${RB})`,
    "giu",
  ),
  extract(m, text) {
    const end = m.index + m[0].length;
    // "la fin de l'année scolaire", "le début de l'année fiscale": another year than the calendar's.
    if (!g(m, "yrel") && OTHER_YEAR_AFTER.test(text.slice(end, end + 24))) return null;
    // "les fêtes de fin d'année", "les soldes de fin d'année": a season of every year, no date
    if (SEASON_OF_EVERY_YEAR.test(text.slice(Math.max(0, m.index - 14), m.index))) return null;
    const mod = modFrom(m) as DateMod;
    const rel = g(m, "yrel");
    if (rel) {
      const w = foldWord(rel);
      const antecedent = w.startsWith("suivant") || w.startsWith("preced");
      const offset = w.startsWith("prochain") || w.startsWith("suivant") ? 1 : w.startsWith("en") ? 0 : -1;
      return { kind: "relativePeriod", start: m.index, end, unit: "year", offset, base: antecedent ? "antecedent" : "ref", mod };
    }
    if (g(m, "ythis")) return { kind: "relativePeriod", start: m.index, end, unit: "year", offset: 0, base: "ref", mod };
    return calendar(m.index, end, { grain: "year" }, { mod, ofTheYear: true });
  },
};

// Words before a bare 4-digit number that make it something else than a year ("© 2026" is a copyright notice).
const NOT_YEAR_BEFORE = caselessRegExp(
  `(?:${LB}(?:n°|no|num[ée]ro|page|p\\.|art\\.|article|route|ligne|vol\\.|tome|chapitre|code|mod[èe]le|version|v|années|plus${SP}de|moins${SP}de|près${SP}de|autour${SP}de|environ|quelque|au${SP}moins|soit)|copyright|[#°©]|\\(c\\)|(?<!\\p{N})-)${OSP}$`,
  "iu",
);
// A counted plural noun or a unit after the number: "2015 salariés", "2000 €", "1900 mètres", "2000 à 3000 euros".
const QUANTITY_AFTER = narrowRegExp(
  `^(?:${OSP}(?:%|€|\\$|£|¥|k?m²?|km|kg|t|ha|mm|cm|[kMGT]?W|[kMGT]?o|[kMGT]?Wh|[GTNLC]PUs?)(?![\\p{L}\\p{N}])` +
    `|${OSP}(?:à|et|ou|-|–)${OSP}(?<to>\\d[\\d ]{0,12})${SP}\\p{Ll}[\\p{L}]*[sx](?![\\p{L}])` +
    `|${SP}(?<word>\\p{Ll}[\\p{L}]*))`,
  "u",
);
const PLURAL_FUNCTION_WORDS = new Set([
  "sous", "dans", "vers", "apres", "depuis", "des", "les", "ses", "mes", "tes", "ces", "aux", "nous", "vous", "plus", "moins",
  "mais", "puis", "alors", "tous", "toutes", "jamais", "toujours", "tres", "pas", "lors", "hors", "ainsi", "aussi", "deux",
  "trois", "dix", "six", "jusqu", "avons", "avez", "etes", "sommes", "selon", "chez", "parmi", "voire", "donc", "encore",
  "apres", "pres", "dont", "sans", "avec", "sur", "par", "pour", "contre", "comme", "ou", "et", "est", "sont", "fois",
  "aupres", "desormais", "toutefois", "parfois", "autrefois", "ailleurs", "certes", "tandis", "jadis", "neanmoins", "plusieurs",
  "compris", "inclus",
]);
// After a capitalised word that does not start the sentence, the number is part of a name:
// "Windows 2000", "RTX 2080", "Paris 2024", "Peugeot 2008".
const WORD_BEFORE = narrow(/(?<![\p{L}\p{N}'’.])([\p{L}\p{N}'’.]+)[^\S\n]{1,3}\(?$/u);
const QUOTED_NAME_BEFORE = narrow(/[«"“][^\S\n]?\p{Lu}[\p{L}'’-]*[^\S\n]$/u);
const YEAR_INTRODUCERS = new Set([
  "en", "depuis", "des", "avant", "apres", "jusqu'en", "fin", "debut", "vers", "dans", "pour", "de", "du", "d'ici", "entre",
  "et", "au", "le", "la", "l'an", "courant", "mi", "ici", "a", "of", "since", "in", "par", "sur", "contre", "ou", "janvier",
  "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
]);

const EVENT_NAME_BEFORE = narrow(/(?:Coupe[^\S\n]+du[^\S\n]+monde|Jeux[^\S\n]+(?:olympiques|paralympiques)|Exposition[^\S\n]+universelle)[^\S\n]+$/u);
const YEAR_PREPOSITION_BEFORE = narrow(/(?<![\p{L}])(?:pour|en|depuis|dès|d['’]ici)[^\S\n]+$/iu);
const ACCOUNTS_OF_YEAR_BEFORE = narrow(/(?<![\p{L}])(?:résultats?|comptes|exercice|budget|bilan|objectifs?|prévisions|perspectives|(?:chiffre[^\S\n]+d['’])?affaires|ventes|dividende)[^\S\n]$/iu);
/** Whether a bare 4-digit number reads as a year: "en 2015" yes; "2015 salariés", "H2025", "Windows 2000" no. */
export function readsAsYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  // "H-2025", "v.2025", "12/2025" are names or numbers; "2024-2025" is two years.
  if (/\p{L}[-/.]$|\p{N}[/.]$|\d[^\S\n]$/u.test(before)) return false;
  // "le règlement (UE) 2021/1173", "la directive 2016/680": a number of an act, not a year
  if (/^\/\d{3,}/u.test(text.slice(end, end + 5))) return false;
  // "sous le numéro 56-2027-0143": a file number's inner group
  if (/\d-$/u.test(before) && /^-\d/u.test(text.slice(end, end + 2))) return false;
  if (NOT_YEAR_BEFORE.test(before)) return false;
  // "la Politique agricole 2030+": a plan's name
  if (text.charAt(end) === "+") return false;
  // "Kaaiweg 41, 2030 Anvers": a Belgian or Swiss postcode after a street number, before its town
  if (isPostcode(text, start, end)) return false;
  // "avant la Coupe du monde 2030", "les Jeux olympiques 2028": an event's name
  if (EVENT_NAME_BEFORE.test(before)) return false;
  // "des résultats 2027 conformes", "le budget 2028 prévoit": the year of the accounts, whatever follows
  if (ACCOUNTS_OF_YEAR_BEFORE.test(before)) return true;
  const q = QUANTITY_AFTER.exec(text.slice(end, end + 40));
  if (q) {
    const to = q.groups?.["to"];
    // "de 2000 à 3000 euros" is a range; "en 2017 à 12 euros" a year then a price (a range goes up).
    // ("au titre de France 2030 et 65 millions": no range, and the name check below still holds)
    // ("pour 2028 à 2 300 milliards": a year's preposition opens no range)
    if (to !== undefined) {
      if (Number(to.replace(/ /g, "")) >= Number(text.slice(start, end)) && !YEAR_PREPOSITION_BEFORE.test(before)) return false;
    } else {
      const word = q.groups?.["word"];
      if (word === undefined) return false;
      const w = foldWord(word);
      if (/[sx]$/.test(w) && w.length > 2 && !PLURAL_FUNCTION_WORDS.has(w)) return false;
    }
  }
  // "« Carrefour 2030 »", "«France 2030»": a capitalised word and the number alone in quotes name a plan.
  if (QUOTED_NAME_BEFORE.test(before) && /^[^\S\n]?[»"”]/u.test(text.slice(end, end + 2))) return false;
  const prev = WORD_BEFORE.exec(before);
  if (prev) {
    // "pour l'IA 2031": the name after an elided article
    const word = (prev[1] as string).replace(/^[LlDd]['’](?=\p{Lu})/u, "");
    const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase();
    if (capitalised && !YEAR_INTRODUCERS.has(foldWord(word))) {
      const beforeWord = before.slice(0, before.length - prev[0].length);
      const knownStart = beforeWord !== "" || start - before.length === 0;
      const startsSentence = knownStart && /(?:^|[.!?:;«"“(—–\n])[^\S\n]*$/u.test(beforeWord);
      // ("France 2030 a réservé 1 milliard": a national plan's name, even opening a sentence)
      if (!startsSentence || PLAN_NAME_WORDS.has(word)) return false;
    } else if (NAME_ADJECTIVE.test(word)) {
      // "la Vision nationale 2030", "sa Stratégie numérique 2030": a capitalised word and its adjective name a plan.
      const head = WORD_BEFORE.exec(before.slice(0, before.length - prev[0].length));
      const h = head?.[1] ?? "";
      const beforeHead = before.slice(0, before.length - prev[0].length - (head?.[0].length ?? 0));
      const quoted = /[«"“][^\S\n]*$/u.test(beforeHead) && /^[^\S\n]?[»"”]/u.test(text.slice(end, end + 2));
      if (h && h.charAt(0) !== h.charAt(0).toLowerCase() && !YEAR_INTRODUCERS.has(foldWord(h)) && (quoted || !/(?:^|[.!?:;«"“(—–\n])[^\S\n]*$/u.test(beforeHead))) return false;
    }
  }
  return true;
}
/** Words that name a plan with a year wherever they stand: "France 2030", "Europe 2030", "Vision 2030". */
const PLAN_NAME_WORDS = new Set(["France", "Europe", "Vision", "Ambition"]);
/** Adjectives that follow a plan's or an event's name: "nationale", "numérique", "stratégique", "africaine". */
const NAME_ADJECTIVE = /^\p{Ll}+(?:ale|al|aux|ique|iques|ienne|ien|aise|ais|aine|ain)$/u;

// "2024-05-26", "2015/08/12", "2015.5.13", "2015-3-3"
const isoDay: DateParser = {
  name: "iso-day",
  initials: "#",
  digitRuns: [4],
  pattern: patternSource(`${LB}(?<!\\d[.,/-])(?<y>${YEAR4})(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?![\\p{L}\\p{N}]|[.,/-]\\d)`, "gu"),
  extract(m) {
    const y = Number(g(m, "y"));
    const mo = Number(g(m, "m"));
    const d = Number(g(m, "d"));
    if (!isValidDay(y, mo, d)) return null;
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: mo, d }, { year: y });
  },
};

// "26/05/2024", "26.05.2024", "21-04-2016", "20/02/14", "samedi 23/06/18"; "02/22/2016" is the US order
// (a second field over 12 cannot be a month, so the fields swap).
const numericDay: DateParser = {
  name: "numeric-day",
  initials: "dlmjvs#",
  firstWords: WEEKDAY_BEFORE_DAY_FIRST,
  digitRuns: [1, 2],
  pattern: patternSource(
    `${LB}(?<!\\d[.,/-])(?:(?<wd>${WEEKDAY_BEFORE_DAY})[,.]?${SP}(?:le${SP})?)?(?<d>\\d{1,2})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[.,/-]\\d)`,
    "giu",
  ),
  extract(m) {
    let d = Number(g(m, "d"));
    let mo = Number(g(m, "m"));
    const yText = g(m, "y") as string;
    if (yText.length === 4 && !/^(?:19|20)/.test(yText)) return null;
    const y = fullYear(yText);
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    if (!isValidDay(y, mo, d)) return null;
    const wd = g(m, "wd");
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: mo, d }, {
      year: y,
      ...(wd ? { weekday: weekdayNumber(wd) as number } : {}),
    });
  },
};

// "23/Sep/2020", "23-sept-2020", "2020/Sep/23": a month abbreviation between digits, as logs and forms write it.
const MONTH_BETWEEN_DIGITS = `(?<mon>${MONTH_ANY})`;
const mixedNumericDay: DateParser = {
  name: "mixed-numeric-day",
  initials: "#",
  digitRuns: [1, 2, 4],
  pattern: patternSource(
    `${LB}(?<!\\d[.,/-])(?:(?<d1>\\d{1,2})(?<s1>[/-])${MONTH_BETWEEN_DIGITS}\\k<s1>(?<y1>${YEAR4})|(?<y2>${YEAR4})(?<s2>[/-])${MONTH_BETWEEN_DIGITS.replace("<mon>", "<mon2>")}\\k<s2>(?<d2>\\d{1,2}))(?![\\p{L}\\p{N}]|[.,/-]\\d)`,
    "giu",
  ),
  extract(m) {
    const d = Number(g(m, "d1") ?? g(m, "d2"));
    const mo = monthNumber((g(m, "mon") ?? g(m, "mon2")) as string) as number;
    const y = Number(g(m, "y1") ?? g(m, "y2"));
    if (!isValidDay(y, mo, d)) return null;
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: mo, d }, { year: y });
  },
};

// "17/02", "le 2/3", "22/4", "29/2": only where it cannot be a fraction or a ratio ("1/2", "2/3 des", "24/7").
const NOT_DAY_MONTH = new Set(["24/7", "16/9", "4/3", "21/9"]);
const slashDay: DateParser = {
  name: "slash-day",
  initials: "ldamjvs#",
  firstWords: ["le", "du", "au", ...WEEKDAY_BEFORE_DAY_FIRST],
  digitRuns: [1, 2],
  pattern: patternSource(
    `${LB}(?<!\\d[.,/-])(?:(?<le>le|du|au)${SP}|(?<wd>${WEEKDAY_BEFORE_DAY})[,.]?${SP})?(?<d>\\d{1,2})/(?<m>\\d{1,2})(?![\\p{L}\\p{N}]|[.,/-]\\d|${SP}(?:de|des|d${APOS})${RB})`,
    "giu",
  ),
  extract(m) {
    const dText = g(m, "d") as string;
    const mText = g(m, "m") as string;
    const d = Number(dText);
    const mo = Number(mText);
    if (NOT_DAY_MONTH.has(`${d}/${mo}`) || !dayExists(mo, d)) return null;
    const clearlyDate = g(m, "le") || g(m, "wd") || d >= 13 || mText.startsWith("0");
    if (!clearlyDate) return null;
    const wd = g(m, "wd");
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: mo, d }, wd ? { weekday: weekdayNumber(wd) as number } : {});
  },
};

// (a capitalised word that opens no sentence)
const SERIES_NAME_BEFORE = narrow(/[\p{L}\p{N},] \p{Lu}[\p{L}-]{0,20}[ \u00a0]$/u);

// "03/2024", "2016-11", "2016 / 11", "11 - 2016", "2015.3"
const numericMonth: DateParser = {
  name: "numeric-month",
  initials: "#",
  digitRuns: [1, 2, 4],
  pattern: patternSource(
    `${LB}(?<!\\d[.,/-]|\\d[^\\S\\n])(?:(?<m1>\\d{1,2})${OSP}[/-]${OSP}(?<y1>${YEAR4})|(?<y2>${YEAR4})(?:${OSP}[/-]${OSP}|\\.)(?<m2>\\d{1,2}))(?![\\p{L}\\p{N}]|[.,/-]\\d|${OSP}(?:%|€|\\$))`,
    "gu",
  ),
  extract(m, text) {
    const mo = Number(g(m, "m1") ?? g(m, "m2"));
    const y = Number(g(m, "y1") ?? g(m, "y2"));
    if (mo < 1 || mo > 12) return null;
    // "la saison 2010-11", "l'exercice 2023-24": a season of two years, not November.
    if (g(m, "y2") && /(?:saison|exercice|campagne|édition|année scolaire|année universitaire|version|v)[^\S\n]{1,3}$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    // "(procédure n° 2025-11)", "la décision n° 2024-03": a number in a register, not a month
    if (NOT_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    // "Belvoir Re 2029-1", "Kalinago Re 2027-1": a bond's series, numbered within its year after the name
    if (g(m, "y2") && SERIES_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    return calendar(m.index, m.index + m[0].length, { grain: "month", m: mo }, { year: y });
  },
};

// "20 02 2014", "18 8 78", "le 17 02": blank-separated digits, as forms and some datelines write them.
// Without a year it needs "le" or a two-digit day, and nothing word-like after it.
const SPACE1 = "[^\\S\\n]";
const spacedDay: DateParser = {
  name: "spaced-day",
  initials: "l#",
  firstWords: ["le"],
  digitRuns: [1, 2],
  pattern: patternSource(
    `${LB}(?<!\\d${SPACE1}|\\d[.,/-])(?:(?<le>le)${SP})?(?<d>\\d{1,2})${SPACE1}(?<m>\\d{1,2})(?:${SPACE1}(?<y>\\d{4}|\\d{2}))?` +
      `(?![\\p{L}\\p{N}]|${SP}\\d|[.,/-]\\d|${OSP}[%€$£])`,
    "giu",
  ),
  extract(m, text) {
    const dText = g(m, "d") as string;
    const d = Number(dText);
    const mo = Number(g(m, "m"));
    const yText = g(m, "y");
    if (!dayExists(mo, d)) return null;
    // "17 2 fois", "3 4 joueurs": without a year, a word after the digits makes them counts.
    if (yText === undefined && ((!g(m, "le") && dText.length < 2) || /^[^\S\n]{1,3}\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))) return null;
    if (yText !== undefined && yText.length === 4 && !/^(?:19|20)/.test(yText)) return null;
    const y = yText ? fullYear(yText) : undefined;
    if (y !== undefined && !isValidDay(y, mo, d)) return null;
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: mo, d }, y !== undefined ? { year: y } : {});
  },
};

// "Noël", "le jour de l'an", "la Toussaint", "Pâques 2024", "fête des pères de 2015"
const holiday: DateParser = {
  name: "holiday",
  initials: [...new Set(HOLIDAY_SURFACES.map((h) => foldWord(h).charAt(0)))].join(""),
  firstWords: firstOf(HOLIDAY_SURFACES),
  pattern: patternSource(`${LB}(?<name>${alternation(HOLIDAY_SURFACES)})${RB}(?:${SP}(?:de${SP}|d${APOS})?(?<year>${YEAR4})${RB})?`, "giu"),
  extract(m, text) {
    const name = g(m, "name") as string;
    const h = holidayOf(name);
    if (!h) return null;
    // "Noël Le Graët", "Toussaint Louverture": first names.
    if (/^(?:Noël|Noel|Toussaint)$/u.test(name) && !g(m, "year") && /^[^\S\n]{1,3}\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    // "l'ascension d'OpenAI", "l'assomption": lower-case, these are a rise and an assumption, not feasts.
    if (/(?:^|[\s'’])(?:ascension|assomption|épiphanie|epiphanie)/u.test(name)) return null;
    const year = g(m, "year");
    // Without a year or a tense, a feast is the coming one: "d'ici Noël", "les soldes de Noël".
    const fields: Partial<CalendarDraft> = year ? { year: Number(year) } : { lean: "future" };
    if (h.rule) return calendar(m.index, m.index + m[0].length, { grain: "day", m: 1, d: 1 }, { ...fields, feast: h.rule });
    const [mo, d] = h.fixed as readonly [number, number];
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: mo, d }, fields);
  },
};

// "le 3eme jour d'octobre", "le dernier jour d'octobre 2015", "premier jour de mars"
const dayOfMonth: DateParser = {
  name: "nth-day-of-month",
  initials: "pd#",
  firstWords: ["premier", "dernier"],
  digitRuns: [1, 2],
  pattern: patternSource(
    `${LB}(?<ord>premier|dernier|${ORDINAL_DIGITS})${SP}jour${SP}(?:de${SP}|d${APOS})(?<month>${MONTH_FULL})(?:${SP}(?<year>${YEAR4})${RB})?`,
    "giu",
  ),
  extract(m) {
    const n = ordinalValue(g(m, "ord") as string);
    const month = monthNumber(g(m, "month") as string) as number;
    const year = g(m, "year");
    if (n === undefined || n === 0 || (n > 0 && !dayExists(month, n))) return null;
    const fields: Partial<CalendarDraft> = year ? { year: Number(year) } : {};
    if (n === -1) return calendar(m.index, m.index + m[0].length, { grain: "day", m: month, d: 28 }, { ...fields, lastDayOfMonth: true });
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: month, d: n }, fields);
  },
};

// "le premier vendredi de juillet", "deuxième lundi de mai 2024", "dernier dimanche de mai"
const nthWeekdayOfNamedMonth: DateParser = {
  name: "nth-weekday-of-month",
  initials: "pdstq#",
  firstWords: NTH_FIRST,
  digitRuns: [1, 2],
  pattern: patternSource(
    `${LB}(?<ord>${NTH_WEEKDAY_RANK})${SP}(?<wd>${WEEKDAY_FULL})${SP}${OF}(?<month>${MONTH_FULL})(?:${SP}(?<year>${YEAR4})${RB})?`,
    "giu",
  ),
  extract(m) {
    const n = ordinalValue(g(m, "ord") as string);
    const weekday = weekdayNumber(g(m, "wd") as string);
    const month = monthNumber(g(m, "month") as string) as number;
    if (n === undefined || weekday === undefined || n > 5) return null;
    const year = g(m, "year");
    return calendar(m.index, m.index + m[0].length, { grain: "day", m: month, d: 1 }, {
      ...(year ? { year: Number(year) } : {}),
      nthWeekday: { n, weekday },
    });
  },
};

export const CALENDAR_PARSERS: readonly DateParser[] = [
  dayMonth, monthYear, monthAlone, season, schoolYearStart, quarterWords, quarterCode, year, olderYear, yearPart, isoDay, numericDay, mixedNumericDay, slashDay, numericMonth,
  spacedDay, holiday, dayOfMonth, nthWeekdayOfNamedMonth, spokenDayMonth, spokenYearParser,
];
