// Line and column of an offset, for records and diagnostics.
// CRLF and lone CR both end a line, so "a\r\nb" and "a\rb" put "b" on line 2.

export interface LineIndex {
  /** 1-based line and column (UTF-16 code units, as editors and GitHub count) of an offset */
  locate(offset: number): { line: number; column: number };
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
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
