// French date words: months, weekdays, seasons, holidays, relative words, small counts.
// Patterns are built from these lists longest-first (as chrono's `src/utils/pattern.ts`
// does), accents optional ("fevrier" is written too), apostrophes straight or curly.

import { SMALL_NUMBERS, TENS } from "./lexicon-fr.js";
import { parseWordRun } from "./number-words.js";
import { fold, longestFirst } from "./pattern.js";

/** "Février" -> "fevrier", "l’été" -> "l'ete": the key every lookup below uses (the one fold of pattern.ts). */
export const foldWord = fold;

const ACCENT_CLASS: Record<string, string> = {
  é: "[ée]", è: "[èe]", ê: "[êe]", ë: "[ëe]", à: "[àa]", â: "[âa]", î: "[îi]", ï: "[ïi]",
  ô: "[ôo]", û: "[ûu]", ù: "[ùu]", ç: "[çc]",
};

/** "fête du travail" -> "f[êe]te[^\S\n]{1,3}du[^\S\n]{1,3}travail": accents optional, any blank run. */
export function wordPattern(surface: string): string {
  let out = "";
  for (const ch of surface) {
    if (ch === " ") out += SP;
    else if (ch === "'" || ch === "’") out += "['’]";
    else if (ch === "-") out += "[-\\s]";
    else if (ch === ".") out += "\\.";
    else out += ACCENT_CLASS[ch] ?? ch;
  }
  return out;
}

/** Alternation of surfaces, longest first so "juillet" is tried before "juil". */
export function alternation(surfaces: Iterable<string>): string {
  return [...new Set(surfaces)]
    .sort(longestFirst)
    .map(wordPattern)
    .join("|");
}

// Blanks on the same line (NBSP and narrow NBSP included, newline excluded). "At most three" is spelled as a
// lookahead rather than `{1,3}`, which V8 unrolls into nested choices that make the date patterns a third
// slower to compile. The two match the same wherever what follows cannot begin with a blank, as in every use.
/** One to three blanks on the same line. */
export const SP = "(?![^\\S\\n]{4})[^\\S\\n]+";
/** Up to three blanks on the same line. */
export const OSP = "(?![^\\S\\n]{4})[^\\S\\n]*";
/** An apostrophe as typed or as typeset. */
export const APOS = "['’]";

// Months. Full names may stand alone ("en mars"); abbreviations only next to a day or a year
// ("12 sept. 2024"), because "sept" is also seven and "Jan" a first name.
export const MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["janvier", 1], ["février", 2], ["mars", 3], ["avril", 4], ["mai", 5], ["juin", 6],
  ["juillet", 7], ["août", 8], ["septembre", 9], ["octobre", 10], ["novembre", 11], ["décembre", 12],
];
export const MONTH_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ["janv", 1], ["jan", 1], ["févr", 2], ["fév", 2], ["avr", 4], ["juil", 7], ["sept", 9], ["sep", 9],
  ["oct", 10], ["nov", 11], ["déc", 12],
];

const MONTH_BY_WORD = new Map<string, number>(
  [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map(([w, m]) => [foldWord(w), m]),
);

/** "Févr." -> 2, "aout" -> 8, "mardi" -> undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(foldWord(word).replace(/\.$/, ""));
}

// Numbers as said aloud, 1 to 99: the days and years of spoken French, "le quinze avril", "en deux mille trente".
/** The words such a number is made of ("vingt", "et", "un", "septante" …): what the date patterns look for. */
export const SPOKEN_WORDS: readonly string[] = [...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), "et"];
/** "Vingt et un" -> 21, "quatre-vingt-dix-neuf" -> 99, read by the number-word parser; undefined unless the whole
 *  surface is one number from 1 to 99. */
export function spokenNumber(surface: string): number | undefined {
  const read = parseWordRun(surface, 0, surface);
  const one = read.length === 1 && read[0]!.start === 0 && read[0]!.end === surface.length ? read[0]!.value : undefined;
  return one !== undefined && Number.isInteger(one) && one >= 1 && one <= 99 ? one : undefined;
}

// Weekdays, 0 = Monday (ISO order). Abbreviations need a dot or a day after them ("mer. 24 juin"):
// "mer", "jeu", "mar", "sam" are also words and names. "lun." and "ven." are not words, so they may stand alone.
export const WEEKDAY_NAMES: readonly string[] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"];
export const STANDALONE_WEEKDAY_ABBREVIATIONS: readonly string[] = ["lun", "ven"];

/** "Dimanche" -> 6, "mer." -> 2. */
export function weekdayNumber(word: string): number | undefined {
  const w = foldWord(word).replace(/\.$/, "");
  const full = WEEKDAY_NAMES.indexOf(w);
  return full >= 0 ? full : WEEKDAY_ABBREVIATIONS.indexOf(w) >= 0 ? WEEKDAY_ABBREVIATIONS.indexOf(w) : undefined;
}

export type Season = "SP" | "SU" | "FA" | "WI";
export const SEASONS: ReadonlyArray<readonly [string, Season]> = [
  ["printemps", "SP"], ["été", "SU"], ["automne", "FA"], ["hiver", "WI"],
];
export function seasonCode(word: string): Season | undefined {
  const w = foldWord(word);
  return SEASONS.find(([s]) => foldWord(s) === w)?.[1];
}

/** Period modifiers: "début 2023" START, "mi-2024" MID, "fin mars" END. */
export const MOD_WORDS: ReadonlyArray<readonly [string, "START" | "MID" | "END"]> = [
  ["début", "START"], ["fin", "END"], ["mi", "MID"], ["milieu", "MID"],
];
export function modOf(word: string): "START" | "MID" | "END" | undefined {
  const w = foldWord(word).replace(/-$/, "");
  return MOD_WORDS.find(([m]) => foldWord(m) === w)?.[1];
}

/** "dernier" looks back, "prochain" forward: "novembre dernier", "l'été prochain". */
export const LAST_WORDS = ["dernier", "dernière", "passé", "passée"];
export const NEXT_WORDS = ["prochain", "prochaine"];
export const FOLLOWING_WORDS = ["suivant", "suivante", "d'après"];
export const PREVIOUS_WORDS = ["précédent", "précédente", "d'avant"];

/** Counts in words used in "il y a trois jours", "dans deux mois", "quarante ans plus tard": the number lexicon's units and tens. */
export const COUNT_WORDS: ReadonlyArray<readonly [string, number]> = [...Object.entries(SMALL_NUMBERS), ...Object.entries(TENS)].filter(
  ([w]) => w !== "zéro",
);
export function countValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const w = foldWord(word);
  // (a compound, "dix-huit", "vingt-cinq", is read whole)
  return COUNT_WORDS.find(([c]) => c === w)?.[1] ?? spokenNumber(word);
}

/** Ordinals for "3e trimestre", "premier semestre", "le 3eme jour d'octobre", "deuxième lundi de mai". */
export const ORDINAL_WORDS: ReadonlyArray<readonly [string, number]> = [
  ["premier", 1], ["première", 1], ["deuxième", 2], ["second", 2], ["seconde", 2], ["troisième", 3],
  ["quatrième", 4], ["cinquième", 5],
];
/** "3e", "3ème", "3eme", "1er", "1re", "troisième" -> number; "dernier" -> -1. */
export function ordinalValue(word: string): number | undefined {
  const w = foldWord(word);
  const digits = /^(\d{1,2})(?:er|re|ere|e|eme|ieme|nd|nde)$/.exec(w);
  if (digits) return Number(digits[1]);
  if (w === "dernier" || w === "derniere") return -1;
  return ORDINAL_WORDS.find(([o]) => foldWord(o) === w)?.[1];
}
export const ORDINAL_DIGITS = "\\d{1,2}(?:er|re|ère|ere|e|ème|eme|ième|ieme|nd|nde)";

/** Holidays. `fixed` is MM-DD; `rule` names a movable feast computed per year (see date-calendar.ts). */
export interface Holiday {
  surfaces: readonly string[];
  fixed?: readonly [month: number, day: number];
  rule?: "easter" | "easterMonday" | "ascension" | "pentecost" | "pentecostMonday" | "mothersDay" | "fathersDay" | "thanksgiving";
}
export const HOLIDAYS: readonly Holiday[] = [
  { surfaces: ["Noël", "jour de Noël", "la Noël"], fixed: [12, 25] },
  { surfaces: ["veille de Noël", "réveillon de Noël", "nuit de Noël"], fixed: [12, 24] },
  { surfaces: ["jour de l'an", "nouvel an", "premier de l'an"], fixed: [1, 1] },
  { surfaces: ["réveillon du nouvel an", "réveillon de nouvel an", "réveillon de la Saint-Sylvestre", "la Saint-Sylvestre", "Saint-Sylvestre"], fixed: [12, 31] },
  { surfaces: ["Toussaint", "la Toussaint", "jour de la Toussaint", "journée de la Toussaint"], fixed: [11, 1] },
  // 2 November: the day of the dead follows All Saints' Day.
  { surfaces: ["jour des morts", "fête des morts"], fixed: [11, 2] },
  { surfaces: ["fête du travail", "fête des travailleurs"], fixed: [5, 1] },
  { surfaces: ["Saint-Valentin", "la Saint-Valentin"], fixed: [2, 14] },
  { surfaces: ["Épiphanie", "l'Épiphanie"], fixed: [1, 6] },
  { surfaces: ["Chandeleur", "la Chandeleur"], fixed: [2, 2] },
  { surfaces: ["fête de la musique"], fixed: [6, 21] },
  { surfaces: ["Halloween"], fixed: [10, 31] },
  { surfaces: ["Assomption", "l'Assomption"], fixed: [8, 15] },
  { surfaces: ["Pâques", "dimanche de Pâques"], rule: "easter" },
  { surfaces: ["lundi de Pâques"], rule: "easterMonday" },
  { surfaces: ["jeudi de l'Ascension", "l'Ascension"], rule: "ascension" },
  { surfaces: ["Pentecôte", "la Pentecôte", "dimanche de Pentecôte"], rule: "pentecost" },
  { surfaces: ["lundi de Pentecôte"], rule: "pentecostMonday" },
  // French rule: last Sunday of May (first of June when Pentecost falls on it); fathers: 3rd Sunday of June.
  { surfaces: ["fête des mères"], rule: "mothersDay" },
  { surfaces: ["fête des pères"], rule: "fathersDay" },
  // US holiday French news reports ("le week-end de Thanksgiving"): 4th Thursday of November.
  { surfaces: ["Thanksgiving", "thanks giving", "jour de Thanksgiving", "jour de thanks giving"], rule: "thanksgiving" },
];

const HOLIDAY_BY_SURFACE = new Map<string, Holiday>();
for (const h of HOLIDAYS) for (const s of h.surfaces) HOLIDAY_BY_SURFACE.set(foldWord(s).replace(/[-\s]+/g, " "), h);

/** "la saint-sylvestre" -> its Holiday; blanks and hyphens are equivalent. */
export function holidayOf(surface: string): Holiday | undefined {
  return HOLIDAY_BY_SURFACE.get(foldWord(surface).replace(/[-\s]+/g, " "));
}
export const HOLIDAY_SURFACES: readonly string[] = HOLIDAYS.flatMap((h) => h.surfaces);
