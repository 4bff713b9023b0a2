// Splits a document into paragraphs and sentences, keeping offsets into the original text.
// e.g. "Il atteint 24 milliards. Supercalculateur attendu" -> two sentences;
// "M. Musk" and "5.53" do not end a sentence; "$20,000À sa sortie" does (text glued by a scraper).

import type { Span } from "../recognise/types.js";

export interface Sentence extends Span {
  /** index of the paragraph (blank-line or newline separated block) the sentence is in */
  paragraph: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf", "etc", "env", "av", "apr", "j.-c",
  "n°", "no", "p", "vol", "éd", "ed", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "inc", "corp", "co", "ltd", "vs",
]);

const PARAGRAPH_BREAK = /\r\n|\r|\n/g;

/** Paragraphs are the text's lines (news scrapes put one paragraph per line). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

// A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) then a space and an
// upper-case letter, digit or opening quote; or where a scraper glued two texts ("20,000À sa").
const BOUNDARY = /(?<![.!?…])([.!?…]+)(?:[\u00a0\u202f ]?["»”’)\]])*(?=\s+["«“(\[]?\s*[\p{Lu}\d])|(?<=[\d.!?])(?=\p{Lu}\p{Ll}|[ÀÉ]\s)/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = splitParagraphs(text);
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    const body = text.slice(p.start, p.end);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      if (m[0] === "") BOUNDARY.lastIndex++; // a glued boundary is empty: step past it
      const end = p.start + m.index + m[0].length;
      if (m[1] === "." && isAbbreviationOrInitial(text, p.start + m.index)) continue;
      if (end > start) {
        const s = trim(text, start, end);
        if (s) out.push({ ...s, paragraph });
      }
      start = end;
    }
    const s = trim(text, start, p.end);
    if (s) out.push({ ...s, paragraph });
  });
  return out;
}

/** "M." "Dr." "J." (an initial) — the period at `dot` belongs to a word, not to the sentence. */
function isAbbreviationOrInitial(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}°.-]/u.test(text[i - 1] as string)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && /\p{L}/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const s = trim(text, start, end);
  if (s) out.push(s);
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
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
