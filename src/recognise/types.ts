// Mentions are what recognisers find in text, before any claim rule looks at them.
// Offsets are UTF-16 code units into the text given to the recogniser, end exclusive.

export interface Span {
  start: number;
  end: number;
}

/** "100 000", "5,53 milliards", "vingt-et-un", "une quarantaine", "1,2M". */
export interface NumberMention extends Span {
  value: number;
  /** digits ("12 000"), words ("quatre"), mixed ("5,53 milliards"), approx noun ("une dizaine") */
  form: "digits" | "words" | "mixed" | "approx";
  /** true for "une dizaine", "des centaines de" (value is the round number the noun names) */
  approx: boolean;
  /** true when the digits are a bare 4-digit year-like integer with no separator ("2025") */
  yearLike: boolean;
  /** the scale word or abbreviation the value was multiplied by ("milliards" => 1e9); 1 or absent if none */
  scale?: number;
}

/** "6 milliards de dollars", "300 M€", "1,2 Md$", "plusieurs milliards de dollars" (value null). */
export interface MoneyMention extends Span {
  value: number | null;
  /** ISO 4217 code */
  currency: string;
  /** the number inside the amount, null for vague amounts */
  number: NumberMention | null;
}

/** "12,5 %", "40 pour cent", "30 pourcent". value is in percent points. */
export interface PercentMention extends Span {
  value: number;
}

export type DateMod = "START" | "MID" | "END";

/** A date or period, resolved as far as the context allows. */
export interface DateMention extends Span {
  /** TIMEX-style: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SP|SU|FA|WI, YYYY-Q1..4, YYYY-H1|H2; XXXX for unknown year */
  value: string;
  mod?: DateMod;
  /** ISO calendar dates (YYYY-MM-DD) of the interval, when the year is known */
  startDate?: string;
  endDate?: string;
  /** how the year was found: written in the text, ref date, weekday, narrative year, or unknown */
  anchor: "explicit" | "reference" | "weekday" | "narrative" | "none";
}

export interface DateContext {
  /** YYYY, YYYY-MM or YYYY-MM-DD: --ref-date or the document's own date */
  refDate?: string | null;
}
