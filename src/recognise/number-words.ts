// Numbers written in words. WORD_RUN finds a run of number words ("quatre-vingt-dix-neuf",
// "une dizaine de milliers", "trois et un cinquième"); parseWordRun reads one or more numbers out of it.
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { caselessRegExp } from "./caseless.js";
import type { NumberCandidate } from "./number.js";
import { lookupNumberWord, NUMBER_WORD_KEYS, VAGUE_DETERMINERS, type NumberWord } from "./lexicon-fr.js";
import { trieAlternation } from "./pattern.js";

const WORD = trieAlternation(NUMBER_WORD_KEYS);
const LINK = "(?:[ \\u00a0\\u202f]*-[ \\u00a0\\u202f]*|[ \\u00a0\\u202f]+)";
// Latin letters spelled out: `\p{L}` in a lookaround at every position costs a third of the speed.
const LETTER_OR_DIGIT = "[A-Za-z0-9_\\u00C0-\\u024F]";
const END = `(?!${LETTER_OR_DIGIT})`;

// A number word, then more number words or "et" / "de" / "virgule" between them.
export const WORD_RUN = narrowRegExp(
  `(?<!${LETTER_OR_DIGIT})${WORD}${END}(?:${LINK}(?:${WORD}|[eE]t|de|virgule)${END})*`,
  "g",
);

// Speed: WORD_RUN's lookbehind, tested at every position of a text, costs most of the scan. The same
// pattern after a consumed boundary (the start of the text or a character that is not LETTER_OR_DIGIT)
// finds the same runs, in the same order, three times as fast: the run is the capture.
const WORD_RUN_AFTER_BOUNDARY = narrowRegExp(
  `(?:^|[^A-Za-z0-9_\\u00C0-\\u024F])(${WORD_RUN.source.slice(`(?<!${LETTER_OR_DIGIT})`.length)})`,
  "g",
);
if (!WORD_RUN.source.startsWith(`(?<!${LETTER_OR_DIGIT})`)) throw new Error("WORD_RUN: unexpected start");

/** Every match of WORD_RUN in `text`, in order, as `exec` with the global flag would find them. */
export function findWordRuns(text: string, found: (index: number, run: string) => void): void {
  const re = WORD_RUN_AFTER_BOUNDARY;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[1] as string;
    found(m.index + m[0].length - run.length, run);
  }
}

interface Token {
  start: number;
  end: number;
  word: NumberWord;
  /** joined to the previous token by a hyphen: "vingt-cinquième" */
  hyphen: boolean;
  /** part of a hyphenated ordinal ("vingt-cinquième"): never the numerator of a fraction */
  inOrdinal: boolean;
}

function tokenise(text: string, start: number, run: string): Token[] {
  const tokens: Token[] = [];
  const re = /[^ \u00a0\u202f-]+/g;
  let prevEnd = 0;
  for (let m = re.exec(run); m; m = re.exec(run)) {
    const word = lookupNumberWord(m[0]);
    if (!word) break;
    tokens.push({
      start: start + m.index, end: start + m.index + m[0].length, word,
      hyphen: run.slice(prevEnd, m.index).includes("-"), inOrdinal: false,
    });
    prevEnd = m.index + m[0].length;
  }
  // mark "vingt-cinquième", "vingt-et-unième" as one ordinal, back from the ordinal word
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    t.inOrdinal = t.word.kind === "ordinal" || (!!next && next.hyphen && next.inOrdinal);
  }
  return tokens;
}

interface Cardinal {
  value: number;
  /** index after the last token used */
  next: number;
  /** scale of the last scale word ("trois millions" => 1e6), 1 if none */
  scale: number;
  /** ends with "et un": "vingt et un cinquième" is 20 + 1/5 */
  endsWithEtUn: boolean;
}

type Slot = "start" | "ten" | "wideTen" | "dix" | "full";

// The cardinal starting at tokens[i]: "deux cent mille" => 200000, "quatre-vingt-dix-neuf" => 99.
// Stops before a word that cannot follow: "deux trois" is 2 then 3.
// `ordinalAt` lets the last word be an ordinal read as its cardinal ("vingt-cinquième" => 25).
function readCardinal(tokens: Token[], i: number, ordinalAt = -1): Cardinal | null {
  let total = 0;
  let hundreds = 0;
  let sub = 0;
  let slot: Slot = "start";
  let scale = 1;
  let k = i;
  let endsWithEtUn = false;
  let prevSmall = -1;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k !== ordinalAt && (t.inOrdinal && ordinalAt < 0)) break;
    const w: NumberWord = k === ordinalAt ? (lookupNumberWord(t.word.cardinal ?? "") ?? t.word) : t.word;
    if (w.kind === "small") {
      const v = w.value;
      if (v === 0) {
        if (k === i) { k++; break; }
        break;
      }
      if (!fits(slot, v)) break;
      sub += v;
      slot = v === 10 ? "dix" : "full";
      prevSmall = v;
      endsWithEtUn = false;
      scale = 1;
      continue;
    }
    if (w.kind === "ten") {
      if (w.value === 20 && slot === "full" && prevSmall === 4 && sub % 100 === 4) {
        sub += 76; // "quatre-vingt": 4 => 80
        slot = "wideTen";
      } else if (slot === "start") {
        sub = w.value;
        slot = w.value === 60 || w.value === 80 ? "wideTen" : "ten";
      } else break;
      prevSmall = -1;
      scale = 1;
      continue;
    }
    if (w.kind === "et") {
      const nxt = tokens[k + 1];
      const nw = nxt && (k + 1 === ordinalAt ? lookupNumberWord(nxt.word.cardinal ?? "") : nxt.word);
      const ok = nw?.kind === "small" && (slot === "ten" || slot === "wideTen") && sub % 10 === 0 && sub >= 20 &&
        (nw.value === 1 || (nw.value === 11 && sub % 100 === 60));
      if (!ok || !nw) break;
      sub += nw.value;
      slot = "full";
      k++;
      endsWithEtUn = nw.value === 1;
      continue;
    }
    if (w.kind === "hundred") {
      if (hundreds || sub > 9) break;
      hundreds = (sub || 1) * 100;
      sub = 0;
      slot = "start";
      prevSmall = -1;
      endsWithEtUn = false;
      continue;
    }
    if (w.kind === "scale") {
      const s = w.value;
      let g = hundreds + sub;
      if (k === i && s > 1000) break; // "millions" alone: see readVague
      if (total === 0 || total < s) {
        if (g === 0 && total === 0) g = 1;
        total = (total + g) * s;
      } else if (total % (s * 1000) === 0 && g > 0) {
        total += g * s;
      } else break;
      hundreds = 0;
      sub = 0;
      slot = "start";
      prevSmall = -1;
      scale = s;
      endsWithEtUn = false;
      continue;
    }
    break;
  }
  if (k === i) return null;
  return { value: total + hundreds + sub, next: k, scale, endsWithEtUn };
}

function fits(slot: Slot, v: number): boolean {
  if (slot === "start") return true;
  if (slot === "ten") return v >= 1 && v <= 9;
  if (slot === "wideTen") return v >= 1 && v <= 19;
  if (slot === "dix") return v >= 7 && v <= 9;
  return false;
}

interface Fraction {
  denominator: number;
  /** index after the ordinal word */
  next: number;
  singular: boolean;
}

// The denominator starting at tokens[i]: "cinquièmes" => 5, "vingt-cinquième" => 25, "quarts" => 4.
function readDenominator(tokens: Token[], i: number): Fraction | null {
  const m = stopsOf(tokens)[i] as number;
  if (m < tokens.length && tokens[m]!.word.kind !== "ordinal") return null;
  const ord = tokens[m];
  if (!ord) return null;
  const value = m === i ? ord.word.value : readCardinal(tokens, i, m);
  const denominator = typeof value === "number" ? value : value && value.next === m + 1 ? value.value : 0;
  if (!denominator) return null;
  return { denominator, next: m + 1, singular: !ord.word.plural };
}

/**
 * For each token, the first token from it on that is an ordinal or cannot be part of a denominator's
 * cardinal (tokens.length if none): where readDenominator's forward scan stops. Computed once per run,
 * so that a long run ("un et un et un … demi", "vingt-vingt-vingt…") stays linear.
 */
const STOPS = new WeakMap<Token[], Int32Array>();
function stopsOf(tokens: Token[]): Int32Array {
  let stops = STOPS.get(tokens);
  if (stops) return stops;
  stops = new Int32Array(tokens.length + 1);
  stops[tokens.length] = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const kind = tokens[k]!.word.kind;
    const cardinalPart = kind === "small" || kind === "ten" || kind === "hundred" || kind === "scale" || kind === "et";
    stops[k] = cardinalPart ? (stops[k + 1] as number) : k;
  }
  STOPS.set(tokens, stops);
  return stops;
}

const PLAIN_FRACTION = /^(?:demie?s?|tiers|quarts?)$/i;
const ORDINAL_AS_ADJECTIVE_AFTER = narrow(/^[ \u00a0\u202f]*(?:$|[^\p{L}\p{N}\s]|(?:de|des|du|d['’]|et|ou)(?![\p{L}]))/u);
const VAGUE_BEFORE = caselessRegExp(`(?:^|[^\\p{L}])(?<det>(?:${VAGUE_DETERMINERS.join("|")})[ \\u00a0\\u202f]+)$`, "iu");

/** Every number in one run of number words (offsets into `text`). */
export function parseWordRun(text: string, start: number, run: string): NumberCandidate[] {
  const tokens = tokenise(text, start, run);
  const out: NumberCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.inOrdinal) {
      // "le vingt-cinquième": an ordinal with no count before it
      while (i < tokens.length && tokens[i]!.inOrdinal && tokens[i]!.word.kind !== "ordinal") i++;
      i++;
      continue;
    }
    const card = readCardinal(tokens, i);
    if (!card) {
      const vague = readVague(text, tokens, i);
      if (vague) {
        out.push(vague.candidate);
        i = vague.next;
      } else i++;
      continue;
    }
    const read = readAfterCardinal(text, tokens, i, card);
    if (read.candidate) out.push(read.candidate);
    i = Math.max(read.next, i + 1);
  }
  return out;
}

function candidate(text: string, tokens: Token[], i: number, next: number, value: number, extra: Partial<NumberCandidate> = {}): NumberCandidate {
  const start = tokens[i]!.start;
  const end = tokens[next - 1]!.end;
  const surface = text.slice(start, end);
  return {
    start, end, value, form: "words", approx: false, yearLike: false, scale: 1,
    article: next - i === 1 && /^une?$/i.test(surface),
    ...extra,
  };
}

function readAfterCardinal(text: string, tokens: Token[], i: number, card: Cardinal): { candidate: NumberCandidate | null; next: number } {
  const j = card.next;
  const t = tokens[j];
  const kind = t?.word.kind;
  // "une dizaine", "trois douzaines", "une dizaine de milliers"
  if (t && kind === "approx") {
    let value = card.value * t.word.value;
    let next = j + 1;
    const more = afterDe(tokens, next);
    if (more) { value *= more.value; next = more.next; }
    return { candidate: candidate(text, tokens, i, next, value, { form: "approx", approx: true, scale: value / card.value }), next };
  }
  // "trois cinquièmes", "un vingt-cinquième", "un demi"
  const frac = t ? readDenominator(tokens, j) : null;
  if (t && frac) {
    const ord = tokens[frac.next - 1]!;
    const plain = PLAIN_FRACTION.test(text.slice(ord.start, ord.end));
    if (frac.next - 1 === j && !plain && frac.singular && card.value === 1 &&
      (frac.denominator === 2 || frac.denominator === 3 || !ORDINAL_AS_ADJECTIVE_AFTER.test(text.slice(ord.end, ord.end + 4)))) {
      return { candidate: null, next: frac.next }; // "un cinquième mandat", "un deuxième tour"
    }
    if (/demi/i.test(text.slice(ord.start, ord.end)) && /^-\p{L}/u.test(text.slice(ord.end, ord.end + 2))) {
      return { candidate: null, next: frac.next }; // "une demi-heure"
    }
    const value = card.endsWithEtUn && frac.singular ? card.value - 1 + 1 / frac.denominator : card.value / frac.denominator;
    return { candidate: candidate(text, tokens, i, frac.next, value), next: frac.next };
  }
  // "trois et un cinquième", "cent et trois quarts", "un et demi"
  if (t && kind === "et") {
    const after = tokens[j + 1];
    // "un million et demi" is a million and a half of a million: the fraction is of the scale word it follows.
    const unit = tokens[j - 1]?.word.kind === "scale" ? card.scale : 1;
    if (after && after.word.kind === "ordinal" && /^demie?$/i.test(text.slice(after.start, after.end))) {
      return { candidate: candidate(text, tokens, i, j + 2, card.value + 0.5 * unit, { scale: card.scale }), next: j + 2 };
    }
    const num = after ? readCardinal(tokens, j + 1) : null;
    const den = num ? readDenominator(tokens, num.next) : null;
    if (num && den) {
      return { candidate: candidate(text, tokens, i, den.next, card.value + (num.value / den.denominator) * unit), next: den.next };
    }
    if (after?.word.kind === "ordinal") return { candidate: null, next: j + 2 }; // "vingt et unième siècle"
  }
  // "deux virgule cinq", "deux cent virgule zéro cinq"
  // ("deux virgule cinq milliards": the decimals stop before a scale word of a million or more, which scales the whole)
  if (t && kind === "virgule") {
    let k = j + 1;
    let zeros = "";
    while (tokens[k]?.word.kind === "small" && tokens[k]!.word.value === 0) { zeros += "0"; k++; }
    let stop = k;
    while (stop < tokens.length && !isLargeScale(tokens[stop]!) && tokens[stop]!.word.kind !== "virgule") stop++;
    const dec = readCardinal(stop < tokens.length ? tokens.slice(0, stop) : tokens, k);
    if (dec || zeros) {
      const next = dec ? dec.next : k;
      const value = card.value + Number(`0.${zeros}${dec ? dec.value : ""}`);
      const scaleWord = tokens[next];
      if (scaleWord && isLargeScale(scaleWord) && next === stop) {
        const scale = scaleWord.word.value;
        return { candidate: candidate(text, tokens, i, next + 1, Math.round(value * scale), { scale }), next: next + 1 };
      }
      return { candidate: candidate(text, tokens, i, next, value), next };
    }
  }
  return { candidate: candidate(text, tokens, i, j, card.value, { scale: card.scale }), next: j };
}

const isLargeScale = (t: Token): boolean => t.word.kind === "scale" && t.word.value >= 1e6;

// "de milliers", "de millions" after a round noun: "une dizaine de milliers" => ×1000
function afterDe(tokens: Token[], k: number): { value: number; next: number } | null {
  const de = tokens[k];
  const noun = tokens[k + 1];
  if (de?.word.kind !== "de" || !noun) return null;
  if (noun.word.kind === "scale" && noun.word.value > 1000) return { value: noun.word.value, next: k + 2 };
  if (noun.word.kind === "approx" && noun.word.value === 1000) return { value: 1000, next: k + 2 };
  return null;
}

// "des milliers de", "plusieurs milliards", "quelques centaines": a round noun with no count.
function readVague(text: string, tokens: Token[], i: number): { candidate: NumberCandidate; next: number } | null {
  const t = tokens[i]!;
  const kind = t.word.kind;
  if (!(kind === "approx" || (kind === "scale" && t.word.value > 1000))) return null;
  const det = VAGUE_BEFORE.exec(text.slice(Math.max(0, t.start - 12), t.start))?.groups?.det;
  if (!det) return null;
  let value = t.word.value;
  let next = i + 1;
  const more = afterDe(tokens, next);
  if (more) { value *= more.value; next = more.next; }
  const c = candidate(text, tokens, i, next, value, { form: "approx", approx: true, vague: true, scale: value });
  // the span takes the determiner: "des milliards", "plusieurs centaines"
  return { candidate: /^(?:de|par)\s/i.test(det) ? c : { ...c, start: c.start - det.length }, next };
}
