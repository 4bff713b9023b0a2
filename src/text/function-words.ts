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
if (BASE ** LONGEST > 2 ** 31) throw new Error("function-words: a word key must fit in 31 bits");

function wordKey(word: string): number {
  let key = 0;
  for (const letter of word) key = key * BASE + (LETTER_CODES.get(letter) as number);
  return key;
}

// word key -> FRENCH | ENGLISH bits, in an open-addressing table: a Map lookup per short word cost
// more than reading its letters.
const SLOTS = 256; // a power of two, over twice the number of words
if (FRENCH_WORDS.length + ENGLISH_WORDS.length > SLOTS / 2) throw new Error("function-words: more words than the table holds");
const slotKeys = new Int32Array(SLOTS).fill(-1);
const slotLists = new Uint8Array(SLOTS);
const slotOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> 24; // the top 8 bits of a multiplicative hash

function addWord(word: string, list: number): void {
  const key = wordKey(word);
  let slot = slotOf(key);
  while (slotKeys[slot] !== -1 && slotKeys[slot] !== key) slot = (slot + 1) & (SLOTS - 1);
  slotKeys[slot] = key;
  slotLists[slot] = (slotLists[slot] as number) | list;
}
for (const w of FRENCH_WORDS) addWord(w, FRENCH);
for (const w of ENGLISH_WORDS) addWord(w, ENGLISH);

/** FRENCH | ENGLISH bits of a word key, 0 for a word on no list */
function listsOf(key: number): number {
  for (let slot = slotOf(key); ; slot = (slot + 1) & (SLOTS - 1)) {
    const k = slotKeys[slot];
    if (k === key) return slotLists[slot] as number;
    if (k === -1) return 0;
  }
}

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

/** added by slowCodeAt for a character of two code units (a surrogate pair) */
const WIDE = 64;

/** codeOf the character at `i` not yet in bmpCodes, plus WIDE for a surrogate pair. */
function slowCodeAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (bmpCodes[c] === UNKNOWN) return (bmpCodes[c] = codeOf(c));
  const cp = codePointIn(text, i, end);
  return cp > 0xffff ? codeOf(cp) + WIDE : codeOf(cp);
}

/**
 * "fr" or "en" when one side's function words clearly win in text.slice(start, end), else null.
 * Eight function words of one language and none of the other settle it: reading stops there.
 */
export function functionWordVote(text: string, start: number, end: number): "fr" | "en" | null {
  let fr = 0;
  let en = 0;
  let key = 0; // the word being read; -1 once it cannot be on a list
  let letters = 0;
  for (let i = start; i < end; i++) {
    let code = bmpCodes[text.charCodeAt(i)] as number;
    if (code < NOT_LETTER) {
      code = slowCodeAt(text, i, end);
      if (code >= WIDE + NOT_LETTER) {
        code -= WIDE;
        i++;
      }
    }
    if (code !== NOT_LETTER) {
      if (key >= 0) key = code === 0 || ++letters > LONGEST ? -1 : key * BASE + code;
      continue;
    }
    const lists = key > 0 ? listsOf(key) : 0;
    key = 0;
    letters = 0;
    if (lists === 0) continue;
    if (lists & FRENCH) fr++;
    if (lists & ENGLISH) en++;
    if ((fr >= 8 && en === 0) || (en >= 8 && fr === 0)) break;
  }
  // The text may end inside a word.
  const lists = key > 0 ? listsOf(key) : 0;
  if (lists & FRENCH) fr++;
  if (lists & ENGLISH) en++;
  if (en >= 2 && en > 2 * fr) return "en";
  if (fr >= 2 && fr > 2 * en) return "fr";
  return null;
}
