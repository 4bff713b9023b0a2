// What a date parser hands to the resolver: the span and what the words fix, before any year
// is chosen. "dimanche 26 mai" -> { period: day 05-26, weekday: 6 } with the year still open.
import type { MovableFeast, Period } from "./date-calendar.js";
import type { DateMod } from "./types.js";

/**
 * How a yearless calendar expression relates to the reference date:
 * "en mars" plain, "ce mois de mars" / "cet été" this, "novembre dernier" last, "mai prochain" next.
 */
export type Relation = "plain" | "this" | "last" | "next";

/** A calendar expression: "juillet 2023", "l'automne 2025", "dimanche 26 mai", "T3 2024", "Noël". */
export interface CalendarDraft {
  kind: "calendar";
  start: number;
  end: number;
  period: Period;
  /** the year as written; undefined when the resolver must find it */
  year?: number;
  /** a written weekday, which only some years agree with ("dimanche 26 mai" -> 2024, 2019, 2013...) */
  weekday?: number;
  /** a movable feast: its day depends on the year ("Pâques", "fête des pères") */
  feast?: MovableFeast;
  /** "le premier vendredi de juillet": the n-th (-1 = last) weekday of the month named */
  nthWeekday?: { n: number; weekday: number };
  /** "le dernier jour d'octobre": the month's last day, known once the year is */
  lastDayOfMonth?: boolean;
  mod?: DateMod;
  relation: Relation;
  /** the way to look when the clause has no tense cue; the reference year otherwise */
  lean?: "past" | "future";
  /** "au deuxième trimestre de l'an prochain" (+1), "en mars de l'année dernière" (-1), "... de cette année" (0):
   *  the year counted from the reference's, the whole being one mention */
  yearOffset?: number;
  /** "fin de l'année", "en début d'année": the year of the reference (or of the sentence's written year) */
  ofTheYear?: boolean;
  /** a bare 4-digit number, a year only where readsAsYear says so ("en 2015", not "2015 salariés"); checked only
   *  when the span would be kept, as most lie inside a longer date ("mars 2024") */
  bareYear?: true;
}

/** A count of units from a base day: "il y a trois jours", "dans deux mois", "deux ans plus tard". */
export interface ShiftDraft {
  kind: "shift";
  start: number;
  end: number;
  /** ref: deictic ("hier", "dans deux mois"); antecedent: anaphoric ("le lendemain", "trois ans plus tard") */
  base: "ref" | "antecedent";
  unit: "day" | "week" | "month" | "year";
  n: number;
  /** "la veille du 13 février", "le lendemain de Noël": the date right after is the base */
  ofFollowing?: boolean;
}

/** A weekday placed relative to the reference day: "mercredi prochain", "lundi en huit", "jeudi 15". */
export interface WeekdayDraft {
  kind: "weekday";
  start: number;
  end: number;
  weekday: number;
  rule: "plain" | "this" | "next" | "last" | "following" | "nextWeek" | "thisWeek" | "lastWeek" | "inEight" | "inFifteen";
  /** "mercredi 13": the day of the month, month open */
  dayOfMonth?: number;
}

/** A month or year named relative to the reference: "le mois dernier", "cette année", "l'an prochain". */
export interface RelativePeriodDraft {
  kind: "relativePeriod";
  start: number;
  end: number;
  unit: "month" | "year";
  /** 0 this, -1 last, +1 next */
  offset: number;
  /** "le mois suivant", "l'année précédente": counted from the last date the text gave */
  base: "ref" | "antecedent";
  /** "le premier mercredi du mois prochain" */
  nthWeekday?: { n: number; weekday: number };
  /** "la fin de l'année prochaine" END, "le début de l'année dernière" START */
  mod?: DateMod;
  /** "la fin de la décennie": the last year of the base's decade, whatever `offset` */
  decadeEnd?: boolean;
}

export type DateDraft = CalendarDraft | ShiftDraft | WeekdayDraft | RelativePeriodDraft;

/** A parser's pattern as text and flags. Only the scanner (date.ts) compiles it, sticky and caseless: a RegExp built
 *  here and never run would still be parsed when the module loads. */
export interface PatternSource {
  source: string;
  flags: string;
}
export const patternSource = (source: string, flags: string): PatternSource => ({ source, flags });

/** A rule in chrono's shape: a global pattern, and an extract that returns null for "not mine". */
export interface DateParser {
  name: string;
  /** the letters a match can begin with, accents folded, "#" for a digit: lets the scanner skip the rule */
  initials: string;
  /**
   * The words (lower case, accents dropped) a match can begin with when it begins with a letter: lets the
   * scanner skip the rule at every other word. Without it, any word with one of `initials`.
   */
  firstWords?: readonly string[];
  /** When a match can begin with a digit ("#" in `initials`): how many digits it begins with ("26 mai" 1-2, "2024" 4). */
  digitRuns?: readonly number[];
  pattern: PatternSource;
  extract(match: RegExpExecArray, text: string): DateDraft | null;
}
