// Dates as closed intervals of ISO days, so "l'automne 2025" and "fin 2025" can be compared by overlap.
// ISO strings (YYYY-MM-DD) compare correctly as strings, so intervals stay plain strings.

export interface Interval {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// Astronomical seasons, rounded to whole days: "l'automne 2025" -> 2025-09-23..2025-12-20.
const SEASONS: Record<string, [string, string, number]> = {
  SP: ["03-20", "06-20", 0],
  SU: ["06-21", "09-22", 0],
  FA: ["09-23", "12-20", 0],
  WI: ["12-21", "03-19", 1],
};

/** A TIMEX-style value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-FA, YYYY-Q3, YYYY-H1) as days; null when the year is unknown. */
export function timexInterval(value: string): Interval | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDay(Number(m[1]), Number(m[2])))}` };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { start: value, end: value };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [from, to, carry] = SEASONS[m[2] as string] as [string, string, number];
    return { start: `${m[1]}-${from}`, end: `${Number(m[1]) + carry}-${to}` };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const first = (Number(m[2]) - 1) * 3 + 1;
    return { start: `${m[1]}-${pad(first)}-01`, end: `${m[1]}-${pad(first + 2)}-${pad(lastDay(Number(m[1]), first + 2))}` };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return m[2] === "1" ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  return null;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86400000;
const isoOf = (n: number) => new Date(n * 86400000).toISOString().slice(0, 10);

/**
 * "début 2025" is January to April, "mi-2025" May to August, "fin 2025" September to December;
 * "début mai" the 1st to the 10th, "fin mai" the 21st to the end; other intervals split in thirds of days.
 */
export function narrow(interval: Interval, mod: unknown): Interval {
  if (mod !== "START" && mod !== "MID" && mod !== "END") return interval;
  const part = mod === "START" ? 0 : mod === "MID" ? 1 : 2;
  const y = interval.start.slice(0, 4);
  if (interval.start === `${y}-01-01` && interval.end === `${y}-12-31`) {
    const first = part * 4 + 1;
    return { start: `${y}-${pad(first)}-01`, end: `${y}-${pad(first + 3)}-${pad(lastDay(Number(y), first + 3))}` };
  }
  const ym = interval.start.slice(0, 7);
  if (interval.start === `${ym}-01` && interval.end === `${ym}-${pad(lastDay(Number(y), Number(ym.slice(5))))}`) {
    return { start: `${ym}-${pad(part * 10 + 1)}`, end: part === 2 ? interval.end : `${ym}-${pad(part * 10 + 10)}` };
  }
  const a = dayNumber(interval.start);
  const third = Math.floor((dayNumber(interval.end) - a + 1) / 3);
  if (third < 1) return interval;
  return { start: isoOf(a + part * third), end: part === 2 ? interval.end : isoOf(a + (part + 1) * third - 1) };
}

/** A date claim's interval: its resolved start/end when the extractor gave them, else derived from the value. */
export function dateInterval(value: unknown, attributes: Record<string, unknown> | undefined): Interval | null {
  const a = attributes ?? {};
  const whole = typeof value === "string" ? timexInterval(value) : null;
  if (typeof a.start === "string" && typeof a.end === "string" && isIsoDay(a.start) && isIsoDay(a.end)) {
    const given = { start: a.start, end: a.end };
    // "fin 2025" may come as the whole year (2025-01-01..2025-12-31) with mod END: narrow it once, not twice.
    return whole && whole.start === given.start && whole.end === given.end ? narrow(given, a.mod) : given;
  }
  return whole ? narrow(whole, a.mod) : null;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Widen by whole days on both sides ("environ mi-2025"). */
export function widen(i: Interval, days: number): Interval {
  return { start: isoOf(dayNumber(i.start) - days), end: isoOf(dayNumber(i.end) + days) };
}

function isIsoDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s);
}
