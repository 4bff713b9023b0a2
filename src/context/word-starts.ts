// Where names can start, found in one character pass, so that the entity patterns run only there
// (sticky) instead of scanning the whole text each (a global scan tries every position, and its
// `(?<![\p{L}\p{N}])` lookbehind there costs more than the rest of the pattern).
// Every entity pattern opens with that lookbehind and a letter, so every match starts at one of these
// positions: running a sticky copy at each, in order and past the end of the last match, finds exactly
// what the global scan finds.

import { classesOf, isLetterOrDigit, LETTER, LOWER, NUMBER, UPPER } from "../text/chars.js";

export const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** Upper case, or a surrogate (maybe an astral capital). */
export function mayBeUpper(code: number): boolean {
  return isSurrogate(code) || (classesOf(code) & UPPER) !== 0;
}

/** What scanWords notes of a word, for the cheap tests that decide which patterns are tried there. */
export const CAPITAL = 1; // opens with a capital letter
export const INNER_CAPITAL = 2; // a capital after its first character, and a small letter: "xAI", "OpenAI", "OVHcloud"
export const ASTRAL = 4; // is, or is followed by, half of an astral character, which the patterns read whole

/** Words: each a run of letters and digits, `starts[k]` after a character that is neither. */
export interface Words {
  starts: number[];
  ends: number[];
  flags: Uint8Array;
}

export function scanWords(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const flagList: number[] = [];
  let inWord = false;
  let capitalAfterFirst = false;
  let small = false;
  let capital = 0;
  const close = (i: number, extra: number) => {
    ends.push(i);
    flagList.push(capital | (capitalAfterFirst && small ? INNER_CAPITAL : 0) | extra);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // half of an astral character: a word of its own, so the patterns judge what is around it
      if (inWord) close(i, ASTRAL);
      starts.push(i);
      ends.push(i + 1);
      flagList.push(ASTRAL | CAPITAL);
      inWord = false;
      continue;
    }
    const k = classesOf(code);
    if ((k & (LETTER | NUMBER)) !== 0) {
      if (!inWord) {
        starts.push(i);
        inWord = true;
        capitalAfterFirst = false;
        small = (k & LOWER) !== 0;
        capital = (k & UPPER) !== 0 ? CAPITAL : 0;
      } else if ((k & UPPER) !== 0) capitalAfterFirst = true;
      else if ((k & LOWER) !== 0) small = true;
    } else if (inWord) {
      close(i, 0);
      inWord = false;
    }
  }
  if (inWord) close(text.length, 0);
  return { starts, ends, flags: Uint8Array.from(flagList) };
}

/** The first word of a name, as scanWords cuts it: "Thinking Machines Lab" -> "Thinking", "DALL-E" -> "DALL". */
export function firstWord(name: string): string {
  let end = 0;
  while (end < name.length && isLetterOrDigit(name.charCodeAt(end))) end++;
  return name.slice(0, end);
}

/**
 * A sticky copy of a pattern tried at chosen word starts, in text order, and never inside its last match:
 * together the matches are those a global scan would find. `re` must have the `y` flag.
 */
export class StickyScan {
  readonly matches: RegExpExecArray[] = [];
  private from = 0;
  constructor(private readonly re: RegExp) {}

  tryAt(text: string, at: number): void {
    if (at < this.from) return;
    this.re.lastIndex = at;
    const m = this.re.exec(text);
    if (!m) return;
    this.matches.push(m);
    this.from = at + Math.max(m[0].length, 1);
  }
}
