// French and English function words, counted in one pass over the characters: a word is a run of
// \p{L} (as /\p{L}+/gu reads it), compared lower-cased with the lists, without building any string.
// Each word is kept as a number, a few bits per letter, and only letters the lists use get a code.

import { codePointIn, isLetter } from "./chars.js";

const FRENCH_WORDS = (
  "le la les de des du et est un une en que qui pour dans sur avec au aux à ce cette il elle ils elles ne pas plus par se sa son ses " +
  "leur leurs nous vous été sont ont a où mais ou donc car dont y d l qu n s c j m lui été être avoir fait comme très aussi après avant"
).split(" ");
const ENGLISH_WORDS = (
  "the of and to in is was for on with at by up his her he she it its this that from as are were be been has have had an or but not " +
  "which who their they last again during first after before night will would can could our your you we"
).split(" ");

const FRENCH = 1;
const ENGLISH = 2;

/** A code (1, 2, …) for each letter the lists use. */
const LETTER_CODES = new Map<string, number>();
for (const word of [...FRENCH_WORDS, ...ENGLISH_WORDS]) for (const letter of word) if (!LETTER_CODES.has(letter)) LETTER_CODES.set(letter, LETTER_CODES.size + 1);
const BASE = 2 ** Math.ceil(Math.log2(LETTER_CODES.size + 1));
const LONGEST = Math.max(...[...FRENCH_WORDS, ...ENGLISH_WORDS].map((w) => w.length));

function wordKey(word: string): number {
  let key = 0;
  for (const letter of word) key = key * BASE + (LETTER_CODES.get(letter) as number);
  return key;
}

/** word key -> FRENCH | ENGLISH bits */
const WORDS = new Map<number, number>();
for (const w of FRENCH_WORDS) WORDS.set(wordKey(w), (WORDS.get(wordKey(w)) ?? 0) | FRENCH);
for (const w of ENGLISH_WORDS) WORDS.set(wordKey(w), (WORDS.get(wordKey(w)) ?? 0) | ENGLISH);

const NOT_LETTER = -1;
const UNKNOWN = -2;
const SURROGATE = -3;
/**
 * Per BMP character: NOT_LETTER, 0 (a letter the lists do not use once lower-cased) or its letter
 * code; UNKNOWN until first seen; SURROGATE where the code point needs the next code unit too.
 */
const bmpCodes = new Int8Array(0x10000).fill(UNKNOWN).fill(SURROGATE, 0xd800, 0xe000);

function codeOf(cp: number): number {
  if (!isLetter(cp)) return NOT_LETTER;
  // Whole-word and per-letter lower-casing differ only for Greek final sigma, which no list uses.
  return LETTER_CODES.get(String.fromCodePoint(cp).toLowerCase()) ?? 0;
}

/** Letter code (or NOT_LETTER) of the character at `i`, and its width in code units (2 for a surrogate pair) times 8. */
function codeAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const code = bmpCodes[c] as number;
  if (code >= NOT_LETTER) return code;
  if (code === UNKNOWN) return (bmpCodes[c] = codeOf(c));
  const cp = codePointIn(text, i, end);
  return cp > 0xffff ? codeOf(cp) + WIDE : codeOf(cp);
}
/** added to codeAt's answer for a character of two code units */
const WIDE = 64;

/**
 * "fr" or "en" when one side's function words clearly win in text.slice(start, end), else null.
 * Eight function words of one language and none of the other settle it: reading stops there.
 */
export function functionWordVote(text: string, start: number, end: number): "fr" | "en" | null {
  let fr = 0;
  let en = 0;
  let i = start;
  while (i < end) {
    let code = codeAt(text, i, end);
    if (code >= WIDE - 1) {
      code -= WIDE;
      i++;
    }
    i++;
    if (code === NOT_LETTER) continue;
    // A word: its key while it can still be on a list, -1 after.
    let key = code === 0 ? -1 : code;
    let letters = 1;
    while (i < end) {
      code = codeAt(text, i, end);
      if (code >= WIDE - 1) {
        code -= WIDE;
        i++;
      }
      i++;
      if (code === NOT_LETTER) break;
      letters++;
      key = code === 0 || key < 0 || letters > LONGEST ? -1 : key * BASE + code;
    }
    const lists = key < 0 ? undefined : WORDS.get(key);
    if (lists === undefined) continue;
    if (lists & FRENCH) fr++;
    if (lists & ENGLISH) en++;
    if ((fr >= 8 && en === 0) || (en >= 8 && fr === 0)) break;
  }
  if (en >= 2 && en > 2 * fr) return "en";
  if (fr >= 2 && fr > 2 * en) return "fr";
  return null;
}
