// Character classes by code, for scanners that visit every character of a document: the same sets
// as the regex classes \s, \p{L}, \p{Lu}, \p{Ll} and \p{N}, without a regex match per character.

/** \s of JavaScript regexes, for one UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const KNOWN = 1;
export const LETTER = 2;
export const UPPER = 4;
export const LOWER = 8;
export const NUMBER = 16;

// Outside ASCII the Unicode tables decide, once per character: a regex test the first time, then this cache.
const bmpClasses = new Uint8Array(0x10000);

/**
 * The class bits (LETTER, UPPER, LOWER, NUMBER) of a code point; 0 for NaN (charCodeAt past a text's end).
 * Scanners call it for every character: the common case is one table read.
 */
export function classesOf(cp: number): number {
  const known = bmpClasses[cp]; // undefined for NaN and astral code points
  return known !== undefined && known !== 0 ? known : judge(cp);
}

function judge(cp: number): number {
  if (cp !== cp) return 0;
  // A lone surrogate belongs to no class, as in a /u regex.
  const s = String.fromCodePoint(cp);
  const classes =
    KNOWN | (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{Lu}/u.test(s) ? UPPER : 0) | (/\p{Ll}/u.test(s) ? LOWER : 0) | (/\p{N}/u.test(s) ? NUMBER : 0);
  if (cp < 0x10000) bmpClasses[cp] = classes;
  return classes;
}

/** \p{L} or \p{N}, for a code point (or a lone UTF-16 code unit). */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return ((cp | 32) >= 97 && (cp | 32) <= 122) || (cp >= 48 && cp <= 57);
  return (classesOf(cp) & (LETTER | NUMBER)) !== 0;
}

/** \p{L}, for a code point (or a lone UTF-16 code unit). */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return (classesOf(cp) & LETTER) !== 0;
}

/** \p{Lu}, for a code point. */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return (classesOf(cp) & UPPER) !== 0;
}

/** \p{Ll}, for a code point. */
export function isLower(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return (classesOf(cp) & LOWER) !== 0;
}

/** The code point at `i` as a /u regex reading text.slice(…, end) sees it: a pair cut by `end` is a lone surrogate. */
export function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
