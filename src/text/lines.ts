// Line and column of an offset, for records and diagnostics.
// CRLF and lone CR both end a line, so "a\r\nb" and "a\rb" put "b" on line 2.
// Line breaks are found with indexOf, which scans far faster than a charCodeAt loop; "\r" is looked
// for once, and most texts have none.

export interface LineIndex {
  /** 1-based line and column (UTF-16 code units, as editors and GitHub count) of an offset */
  locate(offset: number): { line: number; column: number };
}

export function indexLines(text: string): LineIndex {
  const starts = [0, ...lineStarts(text)];
  return {
    locate(offset: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
    },
  };
}

/** Offsets just after each line break ("\n", "\r\n", lone "\r"), in order. */
export function lineStarts(text: string): number[] {
  const out: number[] = [];
  let nl = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (nl >= 0 || cr >= 0) {
    const at = cr < 0 || (nl >= 0 && nl < cr) ? nl : cr;
    const next = at === cr && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    out.push(next);
    if (nl >= 0 && nl < next) nl = text.indexOf("\n", next);
    if (cr >= 0 && cr < next) cr = text.indexOf("\r", next);
  }
  return out;
}

/**
 * The line breaks that end before `end`: how many, and where the line after the last one starts (-1
 * when none). A "\r" just before `end` counts unless text[end] is "\n", as in lineStarts(text).
 */
export function lineBreaksBefore(text: string, end: number): { count: number; lastStart: number } {
  if (end <= 0) return { count: 0, lastStart: -1 };
  const lastNl = text.lastIndexOf("\n", end - 1);
  const lastCr = text.lastIndexOf("\r", end - 1);
  let count = 0;
  let lastStart = lastNl + 1;
  // Each loop stops at the last break before `end`, so no search reads past it.
  if (lastNl >= 0) for (let at = text.indexOf("\n"); ; at = text.indexOf("\n", at + 1)) {
    count++;
    if (at === lastNl) break;
  }
  if (lastCr >= 0) for (let at = text.indexOf("\r"); ; at = text.indexOf("\r", at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) {
      count++;
      lastStart = Math.max(lastStart, at + 1);
    }
    if (at === lastCr) break;
  }
  return { count, lastStart: count > 0 ? lastStart : -1 };
}

/** Whether only blanks stand between the start of the line and `at`: "250 milliards de dollars. C'est la valorisation …". */
export function opensLine(text: string, at: number): boolean {
  for (let p = at - 1; p >= 0 && text.charCodeAt(p) !== 0x0a; p--) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x202f) return false;
  }
  return true;
}

/**
 * Where a list item's text starts when the line at `lineStart` opens with a bullet and a blank ("– ", "- ", "• ",
 * "* ", "— ", perhaps indented), or `lineStart` when it has none.
 */
export function afterListBullet(text: string, lineStart: number): number {
  let p = lineStart;
  while (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09) p++;
  const c = text.charCodeAt(p);
  const bullet = c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0x2a;
  const blank = text.charCodeAt(p + 1);
  return bullet && (blank === 0x20 || blank === 0x09 || blank === 0xa0) ? p + 2 : lineStart;
}
