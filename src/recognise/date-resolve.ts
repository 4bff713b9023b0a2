// Turns drafts into DateMentions: picks the year of yearless dates and computes relative ones.
//
// Resolution order (CONTRACT.md): the reference date (--ref-date or the document's own date); else a
// weekday that fixes the year ("dimanche 26 mai" -> among the years where 26 May is a Sunday, the one
// nearest the years the text states), and that day then serves as the text's "now" for its other
// yearless dates; else the narrative: an explicit year earlier in the same sentence, or a framing date
// that opens a recent sentence ("Au printemps 2024, ..." then "en septembre" -> 2024-09); else XXXX.
//
// With a reference, a yearless date takes the reference year, unless the clause's tense points the
// other way: "a été lancé en novembre" (ref 2024-02) -> the last November on or before the reference,
// 2023-11; "sera livré en mars" -> the next March on or after it. "novembre dernier" is the last
// November strictly before the reference month, "mai prochain" the next May strictly after it.
import { narrow } from "../text/narrow-classes.js";
import { caselessRegExp } from "./caseless.js";
import type { Period, Ymd } from "./date-calendar.js";
import {
  addDays, addMonths, compareYmd, dayNumber, daysInMonth, isoDay, isValidDay, movableFeast, nthWeekdayOfMonth, periodBounds,
  periodValue, weekdayOf,
} from "./date-calendar.js";
import type { CalendarDraft, DateDraft, RelativePeriodDraft, ShiftDraft, WeekdayDraft } from "./date-draft.js";
import { planMoved, tenseAround, type Tense } from "./date-tense.js";
import type { DateMention, DateMod } from "./types.js";

type Anchor = DateMention["anchor"];
type Grain = "day" | "month" | "year";

export interface Reference {
  day: Ymd;
  grain: Grain;
}

interface Resolved {
  mention: DateMention;
  /** the first day and the grain, when the value is a plain day, month or year (for anaphors) */
  base?: { day: Ymd; grain: Grain };
}

/** First and last day of what a calendar draft names in year y; null when it does not exist that year. */
function draftBounds(d: CalendarDraft, y: number): readonly [Ymd, Ymd] | null {
  if (d.feast) {
    const day = movableFeast(d.feast, y);
    return [day, day];
  }
  if (d.period.grain === "day" && d.nthWeekday) {
    const day = nthWeekdayOfMonth(y, d.period.m, d.nthWeekday.weekday, d.nthWeekday.n);
    return day ? [day, day] : null;
  }
  if (d.period.grain === "day" && d.lastDayOfMonth) {
    const day = { y, m: d.period.m, d: daysInMonth(y, d.period.m) };
    return [day, day];
  }
  return periodBounds(d.period, y);
}

// A quarter, a half or a season is a base at the year's grain ("du deuxième trimestre 2028 à la fin de l'année suivante").
function grainOf(p: Period): Grain {
  return p.grain === "day" || p.grain === "month" ? p.grain : "year";
}

function mentionFor(d: CalendarDraft, y: number | undefined, anchor: Anchor): Resolved | null {
  // (objects built field by field, in the order the spreads gave: start, end, mod, value, startDate, endDate, anchor)
  if (y === undefined) {
    // A movable feast or "premier vendredi de juillet" has no day without a year.
    if (d.feast || d.nthWeekday) return null;
    const period: Period = d.period.grain === "day" && d.lastDayOfMonth ? { ...d.period, d: daysInMonth(2001, d.period.m) } : d.period;
    return unanchored(d.start, d.end, periodValue(period, undefined), d.mod);
  }
  const bounds = draftBounds(d, y);
  if (!bounds) return null;
  const [first, last] = bounds;
  const period: Period = d.period.grain === "day" ? { grain: "day", m: first.m, d: first.d } : d.period;
  const grain = grainOf(period);
  const value = periodValue(period, y);
  const startDate = isoDay(first);
  const endDate = isoDay(last);
  const mention: DateMention = d.mod
    ? { start: d.start, end: d.end, mod: d.mod, value, startDate, endDate, anchor }
    : { start: d.start, end: d.end, value, startDate, endDate, anchor };
  return { mention, base: { day: first, grain } };
}

/**
 * "fin d'année" is its year's last four months: "a bouclé une fin d'année solide", said in January, is the year just
 * ended (the whole year would have started before the reference, and read as this one).
 */
function yearEndBounds(d: CalendarDraft, y: number): readonly [Ymd, Ymd] | null {
  return d.period.grain === "year" && d.mod === "END" ? [{ y, m: 9, d: 1 }, { y, m: 12, d: 31 }] : null;
}

/** The year of a yearless calendar draft seen from `base`, by its relation, the clause's tense and its weekday. */
function pickYear(d: CalendarDraft, base: Ymd, tense: Tense | null): number {
  const all: number[] = [];
  const byYear = new Map<number, readonly [Ymd, Ymd]>(); // draftBounds is pure: once per year
  for (let y = base.y - 5; y <= base.y + 5; y++) {
    const b = yearEndBounds(d, y) ?? draftBounds(d, y);
    if (b) {
      all.push(y);
      byYear.set(y, b);
    }
  }
  const bounds = (y: number) => byYear.get(y) as readonly [Ymd, Ymd];
  if (d.weekday !== undefined) {
    const agree = all.filter((y) => Math.abs(y - base.y) <= 1 && weekdayOf(bounds(y)[0]) === d.weekday);
    // "a confirmé … à partir du lundi 2 mars": the weekday names the year, whatever tense the clause speaks in
    if (agree.length > 0) return chooseYear(d, agree, base, tense, bounds) ?? (agree.reduce((a, b) => (Math.abs(b - base.y) < Math.abs(a - base.y) ? b : a)));
  }
  return chooseYear(d, all, base, tense, bounds) ?? base.y;
}

/** The year that puts a yearless period nearest `base`, on either side ("devait partir en juin", said in April or August). */
function nearestYear(d: CalendarDraft, base: Ymd): number {
  let best = base.y;
  let bestGap = Infinity;
  for (let y = base.y - 1; y <= base.y + 1; y++) {
    const b = yearEndBounds(d, y) ?? draftBounds(d, y);
    if (!b) continue;
    const gap = Math.max(0, dayNumber(b[0]) - dayNumber(base), dayNumber(base) - dayNumber(b[1]));
    if (gap < bestGap) [best, bestGap] = [y, gap];
  }
  return best;
}

/** How soon a season may start and still be "cet été" rather than "l'été prochain": three weeks ("le printemps
 * prochain" said on 24 February is the coming one, "l'été prochain" said on 18 June next year's). */
const SEASON_LEAD_DAYS = 21;
/** How far back a day may lie and still be the one meant by a future tense: a week. */
const JUST_GONE_DAYS = 7;

function chooseYear(d: CalendarDraft, pool: readonly number[], base: Ymd, tense: Tense | null, bounds: (y: number) => readonly [Ymd, Ymd]): number | undefined {
  const before = (y: number) => compareYmd(bounds(y)[1], base) < 0;
  const after = (y: number) => compareYmd(bounds(y)[0], base) > 0;
  const startsBy = (y: number) => compareYmd(bounds(y)[0], base) <= 0;
  const endsFrom = (y: number) => compareYmd(bounds(y)[1], base) >= 0;
  const rule = d.relation === "plain" && tense ? tense : d.relation;
  switch (rule) {
    case "last": return pool.filter(before).at(-1);
    // "l'été prochain" said three days before summer is the summer after ("cet été" would be this one)
    case "next": return d.period.grain === "season" ? pool.find((y) => compareYmd(bounds(y)[0], addDays(base, SEASON_LEAD_DAYS)) > 0) : pool.find(after);
    case "past": return pool.filter(startsBy).at(-1);
    // "Les commandes passées avant le 4 septembre pourront être livrées", written on 5 September: a day in the past week
    // is the one just gone, not next year's, whatever tense the clause speaks in
    case "future": return d.period.grain === "day" ? pool.find((y) => compareYmd(bounds(y)[1], addDays(base, -JUST_GONE_DAYS)) >= 0) : pool.find(endsFrom);
    default: {
      const containing = pool.find((y) => startsBy(y) && endsFrom(y));
      if (containing !== undefined) return containing;
      if (d.relation === "plain" && d.period.grain === "month") {
        // News reports what happened: a month with no tense cue is the latest one on or before the reference
        // when it is recent ("contre 400 millions en février", ref April), the coming one otherwise. A day
        // without a cue keeps the reference's year, as Duckling does ("le 31 octobre", ref February).
        const last = pool.filter(startsBy).at(-1);
        if (last !== undefined && monthsBetween(bounds(last)[0], base) <= RECENT_MONTHS) return last;
        const next = pool.find(endsFrom);
        if (next !== undefined) return next;
      }
      if (pool.includes(base.y)) return base.y;
      let best: number | undefined;
      for (const y of pool) if (best === undefined || Math.abs(y - base.y) < Math.abs(best - base.y)) best = y;
      return best;
    }
  }
}

/** How far back a yearless month without a tense cue may lie: "fin décembre" seen from January is past. */
const RECENT_MONTHS = 10;
const monthsBetween = (from: Ymd, to: Ymd): number => to.y * 12 + to.m - (from.y * 12 + from.m);

/**
 * Without a reference: the year where the weekday agrees, nearest the median of the years the text states (robust
 * both to history, "champion en 1949 et 1962", and to targets, "d'ici 2032"). On a tie, the later year: news is
 * written after most of what it states.
 */
function yearFromWeekday(
  d: CalendarDraft,
  explicitYears: readonly number[],
  sinceYear: number | undefined,
  closedYear: number | undefined,
): number | undefined {
  if (d.weekday === undefined || d.period.grain !== "day" || explicitYears.length === 0) return undefined;
  const sorted = [...explicitYears].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  let best: number | undefined;
  let bestCost = Infinity;
  // "a vendu 2,1 millions d'enceintes depuis 2021", "a réalisé en 2029 un chiffre d'affaires": the text is written
  // after that year (the search reaches as far past it as it does past the median)
  const after = Math.max(sinceYear !== undefined && sinceYear < median + 7 ? sinceYear : -Infinity, closedYear ?? -Infinity);
  for (let y = Math.max(median - 7, after + 1); y <= Math.max(median, after) + 7; y++) {
    const b = draftBounds(d, y);
    if (!b || weekdayOf(b[0]) !== d.weekday) continue;
    const cost = Math.abs(y - median);
    if (cost <= bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

function weekdayDay(d: WeekdayDraft, ref: Ymd, tense: Tense | null): Ymd | null {
  const r = weekdayOf(ref);
  const forward = (d.weekday - r + 7) % 7; // 0..6, 0 = today
  const backward = (r - d.weekday + 7) % 7;
  const monday = addDays(ref, -r);
  if (d.dayOfMonth !== undefined) return weekdayWithDayOfMonth(d.weekday, d.dayOfMonth, ref, tense === "past" ? -1 : 1);
  switch (d.rule) {
    case "plain": return tense === "past" ? addDays(ref, -backward) : tense === "future" ? addDays(ref, forward) : addDays(ref, forward || 7);
    case "this": return tense === "past" ? addDays(ref, -backward) : addDays(ref, forward);
    case "next": return addDays(ref, forward || 7);
    case "last": return addDays(ref, -(backward || 7));
    case "following":
    case "nextWeek": return addDays(monday, 7 + d.weekday);
    case "lastWeek": return addDays(monday, -7 + d.weekday);
    case "thisWeek": return addDays(monday, d.weekday);
    case "inEight": return addDays(ref, forward + 7);
    case "inFifteen": return addDays(ref, forward + 14);
  }
}

/** "jeudi 15" (ref 2013-02-12) -> the next month whose 15th is a Thursday: 2013-08-15; backwards when step is -1. */
function weekdayWithDayOfMonth(weekday: number, day: number, ref: Ymd, step: 1 | -1): Ymd | null {
  for (let k = 0; Math.abs(k) <= 24; k += step) {
    const { y, m } = addMonths({ y: ref.y, m: ref.m, d: 1 }, k);
    if (!isValidDay(y, m, day)) continue;
    const t = { y, m, d: day };
    if (weekdayOf(t) !== weekday) continue;
    if (step === 1 ? compareYmd(t, ref) >= 0 : compareYmd(t, ref) <= 0) return t;
  }
  return null;
}

function dayMention(start: number, end: number, day: Ymd, anchor: Anchor): Resolved {
  const iso = isoDay(day);
  return { mention: { start, end, value: iso, startDate: iso, endDate: iso, anchor }, base: { day, grain: "day" } };
}
function monthMention(start: number, end: number, y: number, m: number, anchor: Anchor): Resolved {
  const first = { y, m, d: 1 };
  const value = periodValue({ grain: "month", m }, y);
  return {
    mention: { start, end, value, startDate: isoDay(first), endDate: isoDay({ y, m, d: daysInMonth(y, m) }), anchor },
    base: { day: first, grain: "month" },
  };
}
function yearMention(start: number, end: number, y: number, anchor: Anchor): Resolved {
  return {
    mention: { start, end, value: periodValue({ grain: "year" }, y), startDate: `${y}-01-01`, endDate: `${y}-12-31`, anchor },
    base: { day: { y, m: 1, d: 1 }, grain: "year" },
  };
}

const GRAIN_RANK: Record<Grain, number> = { year: 0, month: 1, day: 2 };

/** A count of units from a base: days and weeks give a day, months a month (a day from the reference), years a year (a month from it). */
function shiftFrom(d: ShiftDraft, base: { day: Ymd; grain: Grain }, anchor: Anchor, start = d.start, end = d.end): Resolved | null {
  const deictic = d.base === "ref" || anchor === "reference";
  if (d.unit === "day" || d.unit === "week") {
    if (base.grain !== "day") return null;
    return dayMention(start, end, addDays(base.day, d.unit === "week" ? 7 * d.n : d.n), anchor);
  }
  if (d.unit === "month") {
    if (GRAIN_RANK[base.grain] < GRAIN_RANK.month) return null;
    const t = addMonths(base.day, d.n);
    return deictic && base.grain === "day" ? dayMention(start, end, t, anchor) : monthMention(start, end, t.y, t.m, anchor);
  }
  const t = addMonths(base.day, 12 * d.n);
  return deictic && base.grain !== "year" ? monthMention(start, end, t.y, t.m, anchor) : yearMention(start, end, t.y, anchor);
}

function relativePeriodFrom(d: RelativePeriodDraft, base: { day: Ymd; grain: Grain }, anchor: Anchor): Resolved | null {
  if (d.unit === "month") {
    if (GRAIN_RANK[base.grain] < GRAIN_RANK.month) return null;
    const t = addMonths({ y: base.day.y, m: base.day.m, d: 1 }, d.offset);
    if (d.nthWeekday) {
      const day = nthWeekdayOfMonth(t.y, t.m, d.nthWeekday.weekday, d.nthWeekday.n);
      return day ? dayMention(d.start, d.end, day, anchor) : null;
    }
    // ("la fin du mois": the whole month, marked END)
    return withMod(monthMention(d.start, d.end, t.y, t.m, anchor), d.mod, anchor);
  }
  return withMod(yearMention(d.start, d.end, d.decadeEnd ? base.day.y - (base.day.y % 10) + 9 : base.day.y + d.offset, anchor), d.mod, anchor);
}

/** A date whose year the text does not give: "XXXX", "XXXX-03" (fields in the order the other mentions use). */
function unanchored(start: number, end: number, value: string, mod: DateMod | undefined): Resolved {
  return { mention: mod ? { start, end, mod, value, anchor: "none" } : { start, end, value, anchor: "none" } };
}

/** A resolved period marked START, MID or END ("la fin de l'année", "début du mois prochain"). */
function withMod(r: Resolved, mod: DateMod | undefined, anchor: Anchor): Resolved {
  if (mod) r.mention = { start: r.mention.start, end: r.mention.end, mod, value: r.mention.value, startDate: r.mention.startDate as string, endDate: r.mention.endDate as string, anchor };
  return r;
}

/** Newline positions, to tell paragraphs apart (news scrapes put one paragraph per line). */
function paragraphOf(newlines: readonly number[], offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((newlines[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TARGET_YEAR_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:d['’]ici(?:[^\S\n]+à)?|à[^\S\n]+l['’]horizon|horizon|jusqu['’]en)[^\S\n]*$`, "iu");

const PERIOD_START_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:à[^\S\n]+partir[^\S\n]+(?:du|de|d['’])|dès|du|depuis)(?:[^\S\n]+le)?[^\S\n]*$`, "iu");
const UNTIL_END_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])jusqu['’](?:au|à)(?:[^\S\n]+(?:la|le|l['’]))?[^\S\n]*$`, "iu");
const COMPARED_WITH_BEFORE = narrow(/(?:^|[^\p{L}])(?:contre|par[^\S\n]+rapport[^\S\n]+(?:au|à)|comparée?s?[^\S\n]+(?:au|à))(?![\p{L}])[^.;:!?\n]{0,30}$/iu);

// "ST publiera ses comptes du deuxième trimestre": the period results report has run, whatever the verb's tense.
const REPORTED_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:résultats|comptes|chiffres|chiffre[^\S\n]+d['’]affaires|ventes|bénéfices?|pertes?|revenus|publication)(?:[^\S\n]+(?:trimestriels|semestriels|financiers|annuels))?[^\S\n]+(?:du|de[^\S\n]+ce|pour[^\S\n]+le|au[^\S\n]+titre[^\S\n]+du|sur[^\S\n]+le)[^\S\n]+$` +
    // ("a dévoilé ceux de son quatrième trimestre": the results named by a pronoun)
    String.raw`|(?:^|[^\p{L}])(?:ceux|celles?|celui)[^\S\n]+(?:du|de[^\S\n]+(?:son|sa|leur|ce))[^\S\n]+$`, "iu");
function lookingBack(text: string, d: CalendarDraft): Tense | null {
  const before = text.slice(Math.max(0, d.start - 70), d.start);
  return (d.period.grain === "quarter" || d.period.grain === "half") && REPORTED_BEFORE.test(before) ? "past" : null;
}

// "à partir de mars", a headline's "dès la rentrée", a deadline "jusqu'au 2 février" (UNTIL_BEFORE): a starting
// point or an end, with no tense around it, looks ahead ("à compter de" always does: date-tense.ts, AHEAD_BEFORE).
const STARTING_FROM_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:à[^\S\n]+partir[^\S\n]+(?:de[^\S\n]+|d['’]|du[^\S\n]+)|dès[^\S\n]+)$`, "iu");
// (a deadline looks ahead from a dateline, not from a weekday that may itself lie ahead in an undated text)
const UNTIL_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])jusqu['’](?:au|à)[^\S\n]+$`, "iu");
// "a prolongé le dispositif jusqu'au 31 mars", "a ouvert, jusqu'au 15 janvier, une consultation", "a donné
// jusqu'au 15 février à": a period extended, opened or granted ends ahead, whatever the tense; "était ouvert
// jusqu'au" and the imperfect "Bruxelles lui laissait jusqu'au 31 mars" tell of a state in the past (the clause's
// tense decides).
const GRANTED_UNTIL = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?<aux>(?:était|étaient|avait|avaient|fut|furent)[^\S\n]+)?(?:(?:prolong|repouss|report|accord|donn(?!ées)|laiss|fix|décal|autoris|prorog)(?:e|es|ent|é|ée|és|ées|er|era|eront)|(?:suspend|étend)(?:u|ue|us|ues|ra|ront)?|ouvert(?:e|s|es)?|ouvr(?:e|ent|ira|iront)|maint(?:enu|enue|enus|enues|ient|iendra))(?:[^\S\n,]+[^\s,;.!?]+){0,4}[^\S\n]*,?[^\S\n]+jusqu['’](?:au|à)[^\S\n]+$`,
  "iu",
);
// "ce qui ouvre un délai de recours de deux mois, jusqu'au 5 août": a time limit runs until a day ahead
const TIME_LIMIT_UNTIL = caselessRegExp(String.raw`(?:^|[^\p{L}])délais?(?:[^\S\n]+[^\s,;.!?]+){0,8}[^\S\n]*,?[^\S\n]+jusqu['’](?:au|à)[^\S\n]+$`, "iu");
// "peuvent se faire rembourser ou changer de vol sans frais jusqu'au 30 juin": a right in the present runs ahead
const ALLOWED_UNTIL = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:peu(?:t|vent)|pourr(?:a|ont))(?:[^\S\n]+[^\s,;.!?]+){0,10}[^\S\n]*,?[^\S\n]+jusqu['’](?:au|à)[^\S\n]+$`, "iu");
function grantedUntil(text: string, start: number): Tense | null {
  const before = text.slice(Math.max(0, start - 90), start);
  const m = GRANTED_UNTIL.exec(before);
  return (m && m.groups?.["aux"] === undefined) || TIME_LIMIT_UNTIL.test(before) || ALLOWED_UNTIL.test(before) ? "future" : null;
}

// "Le taux d'occupation s'établit à 95,8 % au 31 décembre": a figure stated at a closing day, in the present,
// is the last such day on or before the dateline ("vise 97 % au 31 décembre" looks ahead).
const STATED_AT = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:s['’]établi(?:t|ssait)|ressort|ressortait|s['’]élève|s['’]élevait|atteint|atteignait|affiche|affichait|totalise|totalisait)[^\S\n]+[^.;:!?\n]{0,60}[^\S\n]au[^\S\n]+$`, "iu");
// "sa dette, de 14,6 milliards d'euros à fin juin, …", "son ratio, de 187 % fin juin, devrait …": a stock stated at a
// month's end, with "à" or right after its figure, is the last one closed, whatever the sentence's tense, dateline
// or not ("d'ici à fin juin", "jusqu'à fin juin" are deadlines)
const AT_END_BEFORE = narrow(/(?:^|[^\p{L}'’])à[^\S\n]+$/u);
const FIGURE_BEFORE = narrow(/(?:\d|%|€|\$|(?:^|[^\p{L}])(?:euros?|dollars?|francs?|livres?|yens?|yuans?|milliards?|millions?|points?))[^\S\n]+$/u);
const DEADLINE_BEFORE = narrow(/(?:^|[^\p{L}])d['’]ici[^\S\n]+à[^\S\n]+$/iu);
/** "past" for a figure stated at a closing day (in a dated text) or at a month's end, else null. */
function statedAt(text: string, d: CalendarDraft, dated: boolean): Tense | null {
  const before = text.slice(Math.max(0, d.start - 90), d.start);
  if (d.period.grain === "day") return dated && STATED_AT.test(before) ? "past" : null;
  const monthEnd = d.mod === "END" && d.period.grain === "month";
  return monthEnd && (AT_END_BEFORE.test(before) || FIGURE_BEFORE.test(before)) && !DEADLINE_BEFORE.test(before) ? "past" : null;
}

function startingFrom(text: string, start: number, dated: boolean): Tense | null {
  const before = text.slice(Math.max(0, start - 20), start);
  return STARTING_FROM_BEFORE.test(before) || (dated && UNTIL_BEFORE.test(before)) ? "future" : null;
}

// "entre février et août 2026", "de novembre à mars 2027", "du 3 juillet au 12 août 2029": a range written
// with one year, at its end.
const RANGE_OPEN = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:(?<between>entre)|de|du|d['’])[^\S\n]*(?:le[^\S\n]+)?$`, "iu");
const RANGE_JOIN = caselessRegExp(String.raw`^[^\S\n]+(?:(?<and>et)|à|au|jusqu['’](?:à|au))[^\S\n]+(?:le[^\S\n]+)?$`, "iu");
/** The first end's year, taken from the second's (a year earlier when its month comes later in the year). */
function yearOfRangeEnd(text: string, d: CalendarDraft, next: DateDraft | undefined): number | undefined {
  if (next?.kind !== "calendar" || next.year === undefined || next.start - d.end > 16) return undefined;
  const from = monthOf(d.period);
  const to = monthOf(next.period);
  if (from === undefined || to === undefined) return undefined;
  const open = RANGE_OPEN.exec(text.slice(Math.max(0, d.start - 10), d.start));
  const join = RANGE_JOIN.exec(text.slice(d.end, next.start));
  if (!open || !join || (open.groups?.["between"] !== undefined) !== (join.groups?.["and"] !== undefined)) return undefined;
  return from > to ? next.year - 1 : next.year;
}

function monthOf(p: Period): number | undefined {
  return p.grain === "month" || p.grain === "day" ? p.m : undefined;
}

function samePeriod(a: Period, b: Period): boolean {
  if (a.grain !== b.grain) return false;
  switch (a.grain) {
    case "month": return a.m === (b as typeof a).m;
    case "day": return a.m === (b as typeof a).m && a.d === (b as typeof a).d;
    case "season": return a.season === (b as typeof a).season;
    case "quarter": return a.q === (b as typeof a).q;
    case "half": return a.h === (b as typeof a).h;
    default: return false;
  }
}

function sentenceStart(text: string, offset: number): number {
  const min = Math.max(0, offset - 400);
  for (let i = offset - 1; i >= min; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(text.charAt(i + 1))) return i + 1;
  }
  return min;
}

// "au printemps de cette année-là", "en septembre de la même année": the year told last
const THAT_YEAR_AFTER = caselessRegExp(String.raw`^[^\S\n]+(?:de|d['’])[^\S\n]*(?:cette[^\S\n]+année-là|la[^\S\n]+même[^\S\n]+année|l['’]année[^\S\n]+même)(?![\p{L}])`, "iu");
// "Au printemps 2024, l'entrepreneur..." / "En novembre 2023, Elon Musk...": a date that opens its
// sentence and is followed by a comma frames the narrative that follows.
const FROM_NOW_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])d['’]ici(?:[^\S\n]+à)?[^\S\n]+(?:la[^\S\n]+|le[^\S\n]+)?$`, "iu");
const FRAME_BEFORE = caselessRegExp(String.raw`^[\s«"“(]*(?:(?:en|au|à|a|dès|des|depuis|courant|vers|dans|pour|jusqu['’]en)[^\S\n]+)?$`, "iu");
function isFrame(text: string, m: DateMention): boolean {
  return FRAME_BEFORE.test(text.slice(sentenceStart(text, m.start), m.start)) && /^[^\S\n]*,/u.test(text.slice(m.end, m.end + 4));
}

// "l'exercice 2026", "son exercice fiscal 2025", "l'année fiscale 2024", "FY 2026": a fiscal year's label, which
// may run from February to January (Nvidia) or July to June (Microsoft). Kept as a year, but it does not lend
// its year to the calendar months around it ("l'exercice 2026, clos fin juillet" is July 2025).
const FISCAL_BEFORE = caselessRegExp(String.raw`(?:exercices?|fiscale?|FY|AF)[^\S\n]{0,3}(?:de[^\S\n]{1,3})?$`, "iu");
function isFiscalYear(text: string, start: number): boolean {
  return FISCAL_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** A year in the decade most of `years` fall in (the later decade on a tie), or null. */
function modalDecade(years: readonly number[]): number | null {
  const counts = new Map<number, number>();
  // "d'ici 2030": a round year is the horizon that closes the decade before it
  for (const y of years) {
    const decade = y % 10 === 0 ? y - 10 : y - (y % 10);
    counts.set(decade, (counts.get(decade) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [decade, n] of counts) if (best === null || n > (counts.get(best) as number) || (n === counts.get(best) && decade > best)) best = decade;
  return best;
}

// "La jeune pousse, fondée en 2023, … a levé 85 millions en début d'année": a founding year is an aside, no frame
const FOUNDED_BEFORE = narrow(/(?<![\p{L}])(?:fondée?s?|cofondée?s?|créée?s?|née?s?|immatriculée?s?)[^\S\n]+en[^\S\n]+$/iu);
const isFoundingYear = (text: string, start: number): boolean => FOUNDED_BEFORE.test(text.slice(Math.max(0, start - 20), start));

const SINCE_BEFORE_YEAR = narrow(/(?:^|[^\p{L}])depuis[ \u00a0]+$/iu);
// "le groupe a réalisé en 2029 un chiffre d'affaires de …": a year whose accounts are told closed lies before the text's now
const CLOSED_BEFORE_YEAR = narrow(/(?:^|[^\p{L}])(?:a|ont)[ \u00a0]+(?:réalisé|dégagé|enregistré|affiché|généré|clôturé|bouclé)[ \u00a0]+(?:en|sur)[ \u00a0]+(?:l['’](?:exercice|année)[ \u00a0]+)?$/iu);

// "un carnet de commandes de 61,7 milliards au 31 décembre": the day a figure is given as of
const AS_OF_BEFORE = /(?<![\p{L}])au[ \u00a0]+$/u;

/** Resolves drafts (sorted by start, not overlapping) into mentions, in text order. */
export function resolveDrafts(text: string, drafts: readonly DateDraft[], ref: Reference | null): DateMention[] {
  const results: Array<Resolved | null> = drafts.map(() => null);
  const done: boolean[] = drafts.map(() => false);
  const explicitYears: number[] = [];
  let sinceYear: number | undefined;
  let closedYear: number | undefined;

  // 1. Dates whose year is written.
  drafts.forEach((d, i) => {
    if (d.kind === "calendar" && d.year !== undefined) {
      results[i] = mentionFor(d, d.year, "explicit");
      done[i] = true;
      explicitYears.push(d.year);
      if (SINCE_BEFORE_YEAR.test(text.slice(Math.max(0, d.start - 12), d.start))) sinceYear = Math.max(sinceYear ?? d.year, d.year);
      if (CLOSED_BEFORE_YEAR.test(text.slice(Math.max(0, d.start - 40), d.start))) closedYear = Math.max(closedYear ?? d.year, d.year);
    }
  });

  // 2. Without a reference, a weekday fixes the year; the latest such day is the text's "now".
  let now: { day: Ymd; anchor: Anchor } | null = ref ? { day: ref.day, anchor: "reference" } : null;
  if (!ref) {
    drafts.forEach((d, i) => {
      if (done[i] || d.kind !== "calendar") return;
      const y = yearFromWeekday(d, explicitYears, sinceYear, closedYear);
      if (y === undefined) return;
      const r = mentionFor(d, y, "weekday");
      results[i] = r;
      done[i] = true;
      if (r?.base && (!now || compareYmd(r.base.day, now.day) > 0)) now = { day: r.base.day, anchor: "weekday" };
    });
  }

  // 3. The rest, in text order, so that anaphors see the dates before them.
  let newlines: number[] | null = null;
  const paragraph = (offset: number) => {
    if (!newlines) {
      newlines = [];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines.push(i);
    }
    return paragraphOf(newlines, offset);
  };
  const antecedent = (i: number, minGrain: Grain): { day: Ymd; grain: Grain; anchor: Anchor } | null => {
    const at = (drafts[i] as DateDraft).start;
    for (let j = i - 1; j >= 0; j--) {
      const r = results[j];
      if (!r) continue;
      if (text.slice(r.mention.end, at).includes("\n")) return null;
      if (r.base && GRAIN_RANK[r.base.grain] >= GRAIN_RANK[minGrain]) return { ...r.base, anchor: r.mention.anchor };
      return null;
    }
    return null;
  };
  const narrativeYear = (i: number, sentenceOnly = false): { y: number } | null => {
    const d = drafts[i] as DateDraft;
    const sentence = sentenceStart(text, d.start);
    for (let j = i - 1; j >= 0; j--) {
      const r = results[j];
      // ("depuis mars 2025, s'est engagé à remettre … d'ici au 30 juin, puis … avant la fin de l'année": a nearer date of
      // the sentence told from now has brought the story back to now)
      if (sentenceOnly && r?.mention.anchor === "reference" && r.mention.start >= sentence) return null;
      if (!r || r.mention.anchor !== "explicit" || isFiscalYear(text, r.mention.start) || isFoundingYear(text, r.mention.start)) continue;
      const y = Number(r.mention.value.slice(0, 4));
      // ("d'ici 2029, dont une quarantaine dès la fin de l'année": a target year frames nothing, in an undated text too)
      // ("Les effectifs ont doublé depuis 2024, … et 160 opérateurs seront recrutés d'ici à l'été": a year things run
      // from frames no later date of its sentence)
      if (TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, r.mention.start - 20), r.mention.start)) ||
        SINCE_BEFORE_YEAR.test(text.slice(Math.max(0, r.mention.start - 12), r.mention.start))) continue;
      if (r.mention.start >= sentence) return { y };
      if (sentenceOnly) return null;
      if (isFrame(text, r.mention) && paragraph(r.mention.start) >= paragraph(d.start) - 1) return { y };
    }
    return null;
  };
  // the year of the latest date told with its year, in this paragraph or the one before
  const lastToldYear = (i: number): number | null => {
    const d = drafts[i] as DateDraft;
    for (let j = i - 1; j >= 0; j--) {
      const r = results[j];
      if (!r || !/^\d{4}/u.test(r.mention.value) || r.mention.anchor === "reference") continue;
      return paragraph(r.mention.start) >= paragraph(d.start) - 1 ? Number(r.mention.value.slice(0, 4)) : null;
    }
    return null;
  };
  // "à partir du 1er décembre et au moins jusqu'à la fin mars": a period's end lies after its start, told before it in
  // the same sentence
  const untilAfterStart = (i: number, y: number): number => {
    const d = drafts[i] as CalendarDraft;
    if (!UNTIL_END_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start))) return y;
    const sentence = sentenceStart(text, d.start);
    for (let j = i - 1; j >= 0; j--) {
      const r = results[j];
      if (!r) continue;
      if (r.mention.start < sentence || !r.base) return y;
      // (only a start: "entrera en vigueur le 1er avril, et les industriels ont jusqu'au 16 mars" are two clauses)
      if (!PERIOD_START_BEFORE.test(text.slice(Math.max(0, r.mention.start - 16), r.mention.start))) return y;
      const b = draftBounds(d, y);
      return b && compareYmd(b[1], r.base.day) < 0 ? y + 1 : y;
    }
    return y;
  };
  // "L'attaque, lancée le 14 octobre 2026, n'a été notifiée que le 3 décembre": a story told in order; a yearless
  // date after a full date of an earlier year, in the same sentence and later in that year, is in that year.
  const toldLaterThatYear = (i: number, now: Ymd): number | undefined => {
    const d = drafts[i] as CalendarDraft;
    // "un carnet de commandes de 61,7 milliards au 31 décembre": a figure as of a closing day is the latest one's
    if (d.period.grain === "day" && AS_OF_BEFORE.test(text.slice(Math.max(0, d.start - 4), d.start))) return undefined;
    const sentence = sentenceStart(text, d.start);
    for (let j = i - 1; j >= 0; j--) {
      const r = results[j];
      if (!r) continue;
      if (r.mention.start < sentence) return undefined;
      if (r.mention.anchor !== "explicit" || !r.base || (r.base.grain !== "day" && r.base.grain !== "month")) continue;
      const y = r.base.day.y;
      if (y >= now.y) return undefined;
      const b = draftBounds(d, y);
      return b && compareYmd(b[0], r.base.day) > 0 ? y : undefined;
    }
    return undefined;
  };
  const refDay = ref && ref.grain === "day" ? ref.day : null;
  // "MediaTek : bénéfice record au quatrième trimestre" over "… pour le quatrième trimestre 2025": a headline's
  // yearless period is the one its body writes with a year.
  const titleEnd = text.indexOf("\n");
  const yearInBody = (d: CalendarDraft): number | undefined => {
    if (titleEnd < 0 || titleEnd > 160 || d.start >= titleEnd) return undefined;
    // the body's first mention of the period: "dès la rentrée" over "dès la rentrée de septembre … d'ici la rentrée 2029"
    // (not the period it is compared with: "… contre 66,1 % au premier semestre 2026")
    const same = drafts.find((o) => o.start > titleEnd && o.kind === "calendar" && samePeriod(o.period, d.period) && !COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start)));
    return same?.kind === "calendar" ? same.year : undefined;
  };

  for (let i = 0; i < drafts.length; i++) {
    if (done[i]) continue;
    const d = drafts[i] as DateDraft;
    switch (d.kind) {
      case "calendar": {
        const nowDay: { day: Ymd; anchor: Anchor } | null = now;
        if (d.yearOffset !== undefined) {
          // "au deuxième trimestre de l'an prochain": the reference's year, plus or minus one.
          results[i] = nowDay ? mentionFor(d, nowDay.day.y + d.yearOffset, nowDay.anchor) : mentionFor(d, undefined, "none");
          break;
        }
        // "Début 2024, il avait promis ... avant la fin de l'année": the sentence's year before the reference's.
        // "d'ici la fin de l'année" counts from now: the reference's year, whatever year the sentence tells of.
        // (undated, "d'ici la fin de l'année" is a year the text does not say, not the last one it told of)
        const fromNow = FROM_NOW_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start));
        if (fromNow && d.ofTheYear && !nowDay) {
          results[i] = mentionFor(d, undefined, "none");
          break;
        }
        // "Souvenons-nous de 2000. Au printemps de cette année-là, …": the year told last
        if (THAT_YEAR_AFTER.test(text.slice(d.end, d.end + 30))) {
          const told = lastToldYear(i);
          if (told !== null) {
            results[i] = mentionFor(d, told, "narrative");
            break;
          }
        }
        const ownYear = d.ofTheYear && !fromNow ? narrativeYear(i, true) : null;
        const bodyYear = d.mod === undefined && !d.ofTheYear ? yearInBody(d) : undefined;
        const rangeYear = d.mod === undefined && !d.ofTheYear ? yearOfRangeEnd(text, d, drafts[i + 1]) : undefined;
        if (rangeYear !== undefined) {
          results[i] = mentionFor(d, rangeYear, "narrative");
        } else if (bodyYear !== undefined) {
          results[i] = mentionFor(d, bodyYear, "narrative");
        } else if (ownYear) {
          results[i] = mentionFor(d, ownYear.y, "narrative");
        } else if (nowDay) {
          const dated = nowDay.anchor === "reference";
          // (a plan's date that has moved: the tense tells nothing, the nearest such date is meant)
          const moved = d.relation === "plain" && planMoved(text, d.start, d.end);
          const tense = d.relation === "plain" && !moved
            ? lookingBack(text, d) ?? statedAt(text, d, dated) ?? (dated ? grantedUntil(text, d.start) : null) ?? tenseAround(text, d.start, d.end) ?? d.lean ?? startingFrom(text, d.start, dated)
            : null;
          const told = d.relation === "plain" && d.mod === undefined && tense !== "future" && !moved ? toldLaterThatYear(i, nowDay.day) : undefined;
          const y = moved ? nearestYear(d, nowDay.day) : pickYear(d, nowDay.day, tense);
          results[i] = told !== undefined ? mentionFor(d, told, "narrative") : mentionFor(d, untilAfterStart(i, y), nowDay.anchor);
        } else {
          const frame = narrativeYear(i);
          results[i] = frame ? mentionFor(d, frame.y, "narrative") : mentionFor(d, undefined, "none");
        }
        break;
      }
      case "weekday": {
        if (!refDay) break;
        const tense = d.rule === "plain" || d.rule === "this" || d.dayOfMonth !== undefined ? tenseAround(text, d.start, d.end) : null;
        const day = weekdayDay(d, refDay, tense);
        if (day) results[i] = dayMention(d.start, d.end, day, "reference");
        break;
      }
      case "shift": {
        if (d.ofFollowing) {
          // "la veille du 13 février": the next date is the base; both become one mention.
          const next = drafts[i + 1];
          if (!next || next.start > d.end + 1 || next.kind !== "calendar") break;
          const nowDay: { day: Ymd; anchor: Anchor } | null = now;
          const target = next.year !== undefined ? mentionFor(next, next.year, "explicit")
            : nowDay ? mentionFor(next, pickYear(next, nowDay.day, null), nowDay.anchor) : null;
          if (target?.base) results[i] = shiftFrom(d, target.base, target.mention.anchor, d.start, next.end);
          results[i + 1] = null;
          done[i + 1] = true;
          break;
        }
        const minGrain: Grain = d.unit === "day" || d.unit === "week" ? "day" : d.unit === "month" ? "month" : "year";
        const prior = d.base === "antecedent" ? antecedent(i, minGrain) : null;
        if (prior) results[i] = shiftFrom(d, prior, prior.anchor);
        else if (ref && GRAIN_RANK[ref.grain] >= GRAIN_RANK[minGrain]) results[i] = shiftFrom({ ...d, base: "ref" }, ref, "reference");
        break;
      }
      case "relativePeriod": {
        const minGrain: Grain = d.unit === "month" ? "month" : "year";
        const prior = d.base === "antecedent" ? antecedent(i, minGrain) : null;
        if (prior) results[i] = relativePeriodFrom(d, prior, prior.anchor);
        // "le mois suivant" follows a date the paragraph has not given (a forward contract, an event): not today's
        else if (d.base === "antecedent") break;
        else if (ref && GRAIN_RANK[ref.grain] >= GRAIN_RANK[minGrain]) results[i] = relativePeriodFrom(d, ref, "reference");
        else if (d.decadeEnd) {
          // Undated: "la fin de la décennie" ends the decade the text's "now" or most of its years fall in.
          const y = now ? now.day.y : modalDecade(explicitYears);
          if (y !== null) results[i] = relativePeriodFrom(d, { day: { y, m: 1, d: 1 }, grain: "year" }, now ? now.anchor : "narrative");
        } else if (d.unit === "year" && !ref) {
          // Undated: "cette année", "la fin de l'an prochain" are a year the text does not say
          results[i] = unanchored(d.start, d.end, "XXXX", d.mod);
        }
        break;
      }
    }
    done[i] = true;
  }
  return results.filter((r): r is Resolved => r !== null).map((r) => r.mention);
}
