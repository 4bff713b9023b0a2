// Splits a document into paragraphs and sentences, keeping offsets into the original text.
// e.g. "Il atteint 24 milliards. Supercalculateur attendu" -> two sentences;
// "M. Musk" and "5.53" do not end a sentence; "$20,000À sa sortie" does (text glued by a scraper).

import type { Span } from "../recognise/types.js";
import { codePointIn, isLetter, isLower, isSpace, isUpper } from "./chars.js";
import { lineStarts } from "./lines.js";

export interface Sentence extends Span {
  /** index of the paragraph (blank-line or newline separated block) the sentence is in */
  paragraph: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf", "etc", "env", "av", "apr", "j.-c",
  "n°", "no", "p", "vol", "éd", "ed", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "inc", "corp", "co", "ltd", "vs",
]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Paragraphs are the text's lines (news scrapes put one paragraph per line). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const next of lineStarts(text)) {
    const crlf = next >= 2 && text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13;
    pushTrimmed(text, start, next - (crlf ? 2 : 1), out);
    start = next;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

// A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) then a space and an
// upper-case letter, digit or opening quote; or where a scraper glued two texts ("20,000À sa").
// This is the regex, run over each paragraph,
//   /(?<![.!?…])([.!?…]+)(?:[\u00a0\u202f ]?["»”’)\]])*(?=\s+["«“(\[]?\s*[\p{Lu}\d])|(?<=[\d.!?])(?=\p{Lu}\p{Ll}|[ÀÉ]\s)/gu
// written out by hand: its lookbehinds and \p{Lu} cost a regex step at every character. CANDIDATE,
// a plain regex the engine scans fast, finds the places where it may match: the start of a run of
// end punctuation followed by what may start a sentence (any character from "À" up passes for a
// capital), and . ! ? or a digit before what may be a capital. One scan serves all paragraphs.
const CANDIDATE =
  /(?<![.!?\u2026])[.!?\u2026](?=[.!?\u2026]*(?:[\u00a0\u202f ]?["\u00bb\u201d\u2019)\]])*\s+["\u00ab\u201c(\[]?\s*[A-Z0-9\u00c0-\uffff])|[.!?0-9](?=[A-Z\u00c0-\uffff])/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = splitParagraphs(text);
  const candidates: number[] = [];
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(text)) candidates.push(CANDIDATE.lastIndex - 1); // every match is one character long
  let k = 0;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const { start: from, end: to } = paragraphs[paragraph] as Span;
    let start = from;
    let readFrom = from; // a match consumes its punctuation and quotes: the next one starts after them
    for (; k < candidates.length && (candidates[k] as number) < to; k++) {
      const i = candidates[k] as number;
      if (i < readFrom) continue;
      const c = text.charCodeAt(i);
      let cut = -1;
      if (!isEndPunctuation(c)) {
        if (isGlued(text, i + 1, to)) cut = i + 1;
      } else {
        // Only a whole run of . ! ? … can end a sentence: a match never starts inside one.
        const runEnd = punctuationRunEnd(text, i, to);
        const end = i === from || !isEndPunctuation(text.charCodeAt(i - 1)) ? sentenceEnd(text, runEnd, to) : -1;
        if (end >= 0) {
          if (!(runEnd - i === 1 && c === 46 && isAbbreviationOrInitial(text, i))) cut = end;
          readFrom = end;
        } else {
          if (isGlued(text, runEnd, to)) cut = runEnd;
          readFrom = runEnd;
        }
      }
      if (cut < 0) continue;
      if (cut > start) pushSentence(text, start, cut, paragraph, out);
      start = cut;
    }
    pushSentence(text, start, to, paragraph, out);
  }
  return out;
}

function isEndPunctuation(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

function punctuationRunEnd(text: string, i: number, to: number): number {
  while (i < to && isEndPunctuation(text.charCodeAt(i))) i++;
  return i;
}

/** ["»”’)\]] */
function isClosing(c: number): boolean {
  return c === 34 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** ["«“(\[] */
function isOpening(c: number): boolean {
  return c === 34 || c === 0xab || c === 0x201c || c === 40 || c === 91;
}

/**
 * Where the sentence whose end punctuation stops at `at` ends: after as many closing quotes or brackets
 * (each optionally after a space) as still leave a blank then an upper-case letter, digit or opening
 * quote; -1 when no number of them does.
 */
function sentenceEnd(text: string, at: number, to: number): number {
  if (closingWidth(text, at, to) === 0) return startsNextSentence(text, at, to) ? at : -1; // the usual case
  const ends = [at];
  for (let k = at, w = closingWidth(text, k, to); w > 0; w = closingWidth(text, k, to)) ends.push((k += w));
  for (let n = ends.length - 1; n >= 0; n--) {
    const end = ends[n] as number;
    if (startsNextSentence(text, end, to)) return end;
  }
  return -1;
}

/** Length of the closing quote or bracket at `k`, with the space that may precede it; 0 when none is there. */
function closingWidth(text: string, k: number, to: number): number {
  if (k >= to) return 0;
  const c = text.charCodeAt(k);
  if ((c === 32 || c === 0xa0 || c === 0x202f) && k + 1 < to && isClosing(text.charCodeAt(k + 1))) return 2;
  return isClosing(c) ? 1 : 0;
}

/** \s+["«“(\[]?\s*[\p{Lu}\d] at `k`. */
function startsNextSentence(text: string, k: number, to: number): boolean {
  if (k >= to || !isSpace(text.charCodeAt(k))) return false;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  if (k < to && isOpening(text.charCodeAt(k))) k++;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  if (k >= to) return false;
  const c = text.charCodeAt(k);
  return (c >= 48 && c <= 57) || isUpper(codePointIn(text, k, to));
}

/** Two texts glued by a scraper at `i`: a digit or . ! ? then a capitalised word ("20,000À sa", "2024Le"). */
function isGlued(text: string, i: number, to: number): boolean {
  if (i >= to) return false;
  const before = text.charCodeAt(i - 1);
  if (!((before >= 48 && before <= 57) || before === 46 || before === 33 || before === 63)) return false;
  const c = text.charCodeAt(i);
  if (c < 65 || (c > 90 && c < 0xc0)) return false; // no upper-case letter starts below "A" or between "Z" and "À"
  const cp = codePointIn(text, i, to);
  if (isUpper(cp)) {
    const next = i + (cp > 0xffff ? 2 : 1);
    if (next < to && isLower(codePointIn(text, next, to))) return true;
  }
  return (c === 0xc0 || c === 0xc9) && i + 1 < to && isSpace(text.charCodeAt(i + 1)); // [ÀÉ]\s
}

/** "M." "Dr." "J." (an initial) — the period at `dot` belongs to a word, not to the sentence. */
function isAbbreviationOrInitial(text: string, dot: number): boolean {
  let i = dot;
  // The word before the period, read back over [\p{L}°.-]; past LONGEST_ABBREVIATION it cannot be one
  // (lower-casing never shortens a word).
  while (i > 0 && dot - i <= LONGEST_ABBREVIATION && isAbbreviationChar(text.charCodeAt(i - 1))) i--;
  if (dot - i > LONGEST_ABBREVIATION) return false;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && isLetter(word.charCodeAt(0))) return true;
  return ABBREVIATIONS.has(word);
}

function isAbbreviationChar(c: number): boolean {
  return c === 0xb0 || c === 46 || c === 45 || isLetter(c);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function pushSentence(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, paragraph });
}

/** Start and end of the paragraph holding sentence `index`: sentences are in text order, so its neighbours tell. */
export function paragraphBounds(sentences: readonly Sentence[], index: number): [number, number] {
  const paragraph = (sentences[index] as Sentence).paragraph;
  let i = index;
  let j = index;
  while (i > 0 && (sentences[i - 1] as Sentence).paragraph === paragraph) i--;
  while (j + 1 < sentences.length && (sentences[j + 1] as Sentence).paragraph === paragraph) j++;
  return [(sentences[i] as Sentence).start, (sentences[j] as Sentence).end];
}

/**
 * The most of a record's sentence it carries: a line of figures without a full stop (a pasted table, a list of
 * 4 000 numbers) is one "sentence", and copying it whole into each of its claims makes output grow with the
 * square of the line.
 */
export const SENTENCE_EXCERPT_CHARS = 1000;

/**
 * The sentence `s` as a record gives it: whole up to `max` characters, else the part around the span
 * [start, end) cut at blanks, at most `max` characters (a substring of the text: offsets can still find it).
 */
export function sentenceExcerpt(text: string, s: Span, start: number, end: number, max = SENTENCE_EXCERPT_CHARS): string {
  if (s.end - s.start <= max) return text.slice(s.start, s.end);
  const room = max - (end - start);
  if (room <= 0) return text.slice(start, end);
  let to = Math.min(s.end, Math.max(s.start, start - (room >> 1)) + max);
  let from = Math.max(s.start, to - max);
  // whole words: after the first blank, before the last (never past the span itself)
  if (from > s.start) {
    const blank = text.slice(from, start).search(/\s/u);
    if (blank >= 0) from += blank + 1;
  }
  if (to < s.end) {
    const tail = text.slice(end, to);
    const blank = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\u00a0"), tail.lastIndexOf("\u202f"));
    if (blank >= 0) to = end + blank;
  }
  return text.slice(from, to);
}

/** Index of the sentence containing `offset`, or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
