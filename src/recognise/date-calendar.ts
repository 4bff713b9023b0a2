// Calendar arithmetic on plain {y, m, d} days (proleptic Gregorian, no time zone), and the
// TIMEX-style values and intervals of CONTRACT.md: "2025-FA" -> 2025-09-23..2025-12-20.
import type { Season } from "./date-lexicon-fr.js";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}
export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
export function addDays(t: Ymd, n: number): Ymd {
  return fromDayNumber(dayNumber(t) + n);
}
/** "dans deux mois" from 2013-12-31 -> 2014-02-28: the day is clamped to the month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const index = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  // Speed: plain arithmetic for the usual case (Date.UTC reads years 0-99 as 1900-1999, so not below 100)
  if (m >= 1 && m <= 12 && y >= 100 && y <= 200_000 && Number.isInteger(y) && Number.isInteger(m)) {
    return m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : (MONTH_DAYS[m - 1] as number);
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
/** 0 = Monday .. 6 = Sunday. */
export function weekdayOf(t: Ymd): number {
  return (dayNumber(t) + 3) % 7; // 1970-01-01 was a Thursday
}
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
export function isoDay(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

/** "2024-05-27", "2024-05" (-> the 1st), "2024" (-> 1 January); null when unreadable. */
export function parseRefDate(ref: string | null | undefined): { day: Ymd; grain: "year" | "month" | "day" } | null {
  if (!ref) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(ref.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (!isValidDay(y, mo, d)) return null;
  return { day: { y, m: mo, d }, grain: m[3] ? "day" : m[2] ? "month" : "year" };
}

/** What a date value names, with the year still open when `y` is undefined. */
export type Period =
  | { grain: "year" }
  | { grain: "month"; m: number }
  | { grain: "day"; m: number; d: number }
  | { grain: "season"; season: Season }
  | { grain: "quarter"; q: number }
  | { grain: "half"; h: number };

/** TIMEX value: "2024-05-26", "XXXX-03", "2025-FA", "2024-Q3", "2025-H1". */
export function periodValue(p: Period, y: number | undefined): string {
  const year = y === undefined ? "XXXX" : pad(y, 4);
  switch (p.grain) {
    case "year": return year;
    case "month": return `${year}-${pad(p.m)}`;
    case "day": return `${year}-${pad(p.m)}-${pad(p.d)}`;
    case "season": return `${year}-${p.season}`;
    case "quarter": return `${year}-Q${p.q}`;
    case "half": return `${year}-H${p.h}`;
  }
}

// Seasons, the convention of CONTRACT.md's brief: spring 03-20..06-20, summer 06-21..09-22,
// autumn 09-23..12-20, winter 12-21..03-19 of the next year ("l'hiver 2023" starts in December 2023).
const SEASON_BOUNDS: Record<Season, readonly [number, number, number, number, number]> = {
  SP: [3, 20, 6, 20, 0],
  SU: [6, 21, 9, 22, 0],
  FA: [9, 23, 12, 20, 0],
  WI: [12, 21, 3, 19, 1],
};

/** First and last day of a period in year y; null when it does not exist (29 February 2023). */
export function periodBounds(p: Period, y: number): readonly [Ymd, Ymd] | null {
  switch (p.grain) {
    case "year": return [{ y, m: 1, d: 1 }, { y, m: 12, d: 31 }];
    case "month": return [{ y, m: p.m, d: 1 }, { y, m: p.m, d: daysInMonth(y, p.m) }];
    case "day": return isValidDay(y, p.m, p.d) ? [{ y, m: p.m, d: p.d }, { y, m: p.m, d: p.d }] : null;
    case "season": {
      const [m1, d1, m2, d2, next] = SEASON_BOUNDS[p.season];
      return [{ y, m: m1, d: d1 }, { y: y + next, m: m2, d: d2 }];
    }
    case "quarter": return [{ y, m: 3 * p.q - 2, d: 1 }, { y, m: 3 * p.q, d: daysInMonth(y, 3 * p.q) }];
    case "half": return [{ y, m: 6 * p.h - 5, d: 1 }, { y, m: 6 * p.h, d: daysInMonth(y, 6 * p.h) }];
  }
}

/** Gregorian Easter Sunday (anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (1-based; -1 = last) given weekday of a month: 3rd Sunday of June 2016 -> 2016-06-19. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Ymd | null {
  if (n === -1) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { y, m, d: 1 };
  const d = 1 + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
  return d <= daysInMonth(y, m) ? { y, m, d } : null;
}

export type MovableFeast =
  | "easter" | "easterMonday" | "ascension" | "pentecost" | "pentecostMonday" | "mothersDay" | "fathersDay" | "thanksgiving";

export function movableFeast(rule: MovableFeast, y: number): Ymd {
  const easter = easterSunday(y);
  switch (rule) {
    case "easter": return easter;
    case "easterMonday": return addDays(easter, 1);
    case "ascension": return addDays(easter, 39);
    case "pentecost": return addDays(easter, 49);
    case "pentecostMonday": return addDays(easter, 50);
    case "mothersDay": {
      // Last Sunday of May, moved to the first Sunday of June when it is Pentecost (Code de l'action sociale, D215-1).
      const lastSunday = nthWeekdayOfMonth(y, 5, 6, -1) as Ymd;
      return compareYmd(lastSunday, addDays(easter, 49)) === 0 ? addDays(lastSunday, 7) : lastSunday;
    }
    case "fathersDay": return nthWeekdayOfMonth(y, 6, 6, 3) as Ymd;
    case "thanksgiving": return nthWeekdayOfMonth(y, 11, 3, 4) as Ymd;
  }
}
