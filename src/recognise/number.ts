// Numbers in French text: digits ("100 000", "5,53", "1,2M"), words ("quatre-vingt-dix",
// "deux mille vingt-quatre"), both ("5,53 milliards") and round nouns ("une dizaine").
// Three global regexes find candidates (digits, fractions, runs of number words); small passes
// then join "un sur trois", "deux ans et demi", "moins 5" and drop what is not a number here:
// numbers inside names ("H100", "GPT-4o", "Windows 11"), ordinals, the article "un".
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import type { NumberMention } from "./types.js";
import { APPROX_NOUNS, CURRENCY_CODES, FUNCTION_WORDS, NAME_WORDS, SCALE_ABBREVIATIONS, SPACED_LOWER_SCALES } from "./lexicon-fr.js";
import { findWordRuns, parseWordRun } from "./number-words.js";
import { fold, literalAlternation } from "./pattern.js";
import { afterListBullet } from "../text/lines.js";
import { PLACES } from "../context/names-fr.js";

/** A number while it is being recognised: what the passes need to know besides the mention. */
export interface NumberCandidate extends NumberMention {
  /** scale word or abbreviation the value was multiplied by ("milliards" => 1e9), 1 if none */
  scale: number;
  /** the article "un"/"une" alone: a number only when it is the whole text or joins a phrase */
  article?: boolean;
  /** "des milliers", "plusieurs milliards": a round noun with no count in front */
  vague?: boolean;
}

const BLANK = "[ \\u00a0\\u202f]";
// Latin letters and digits spelled out: `\p{L}` in lookarounds tried at every position is slow.
const WORDCHAR = "[A-Za-z0-9_\\u00C0-\\u024F]";
// a currency code glued to a scale, as financial wires write it: "4,9 MdsEUR", "300 MEUR", "25 MUSD"
const GLUED_CODE = "(?:EUR|USD|CHF|GBP)(?![A-Za-z])";
const GLUED_CODE_AFTER = new RegExp(`^${GLUED_CODE}`);

// "100 000", "100.000", "1.234.567", "5,53", ",08", "-1,2M", "3k", "12,32e+14", "1,1^23", "300 M€".
// Thousands groups are exactly 3 digits after a first group of 1-3 and one separator throughout,
// so "en 2015 12 000" stays two numbers. A dot before exactly 3 digits groups thousands ("94.000");
// before any other count of digits it is an (English) decimal point ("3.5"). The Swiss group with an
// apostrophe ("54'000", "1’250’000"), but not before a foot, inch or second mark ("6'000\"" is 6).
const DIGITS = narrowRegExp(
  // the lookbehind comes after the sign (it checks the character before it): tried at signs only, not everywhere
  `(?:(?<sign>[-−+])(?<![A-Za-z0-9_\\u00C0-\\u024F.,].)(?<signBlank>${BLANK})?)?` +
    `(?:(?<int>\\d{1,3}(?<sep>${BLANK}|\\.)\\d{3}(?!\\d)(?:\\k<sep>\\d{3}(?!\\d))*|\\d{1,3}(?<apos>['’])\\d{3}(?![\\d"″′])(?:\\k<apos>\\d{3}(?![\\d"″′]))*|\\d+)(?<dec>[.,]\\d+)?|(?<lead>[.,]\\d+))` +
    `(?<exp>e[+-]?\\d+(?!${WORDCHAR})|\\^[+-]?\\d+)?` +
    `(?:(?<glued>Mds|Mrds|Mrd|Md|Mio|k|K|M)(?!${WORDCHAR})` +
    // (Swiss "CHF 180 mio", "CHF 1,3 mia", "2 mrd"; "140 mds de dollars"; a financial wire's "4,9 MdsEUR")
    `|${BLANK}{1,2}(?<spaced>Mds|Mrds|Mrd|Md|k|${SPACED_LOWER_SCALES})(?!(?!${GLUED_CODE})${WORDCHAR})` +
    `|${BLANK}(?<money>MM(?=DH)|G(?=${BLANK}?\\$)|M|K)(?=${BLANK}?(?:€|\\$|£|EUR|USD|CHF|GBP|DH|DT?(?![A-Za-z])|(?<=M)E(?![A-Za-z0-9])|d['’]euros|de${BLANK}dollars)))?` +
    // "6,4 milliers de milliards" (a trillion twice over, as French markets write a market value), "1,2 lakh crore"
    `(?:${BLANK}+(?:(?<compound>milliers?|millions?)${BLANK}+de${BLANK}+(?<of>milliards)|(?<compound2>lakhs?)${BLANK}+(?<of2>crores?)|(?<word>mille|millions?|milliards?|billions?|trillions?|crores?|lakhs?|dizaines?|douzaines?|quinzaines?|vingtaines?|centaines?|milliers?))(?!${WORDCHAR}))?`,
  "gu",
);

// English thousands after a prefixed currency symbol: "$3,000", "€1,250,000".
const ENGLISH_THOUSANDS = /\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?/y;

// "3/4", "-4/5", "2 1/4": a proper fraction, not a date or a score ("12/03/2024", "24/7").
const FRACTION = narrowRegExp(
  `(?=[-−\\d])(?:(?<sign>[-−])${BLANK}?)?(?:(?<whole>\\d{1,6})${BLANK}{1,2})?(?<num>\\d{1,3})/(?<den>\\d{1,3})(?![\\p{L}\\p{N}/])`,
  "gu",
);

const DIGIT_SLASH_DIGIT = /\d\/\d/;

const SCALE_WORD: Record<string, number> = {
  mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12,
  trillion: 1e18, trillions: 1e18,
  // Indian scales, which Indian business news keeps in French: a crore is 10 million, a lakh 100 000
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};
const APPROX_WORD: Record<string, number> = {
  dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, quinzaine: 15, quinzaines: 15, vingtaine: 20,
  vingtaines: 20, centaine: 100, centaines: 100, millier: 1000, milliers: 1000,
};

const ARTICLE = /^[uU]ne?$/;
const ONE_IN_N = narrow(/^[ \u00a0\u202f]+(?:sur|\p{L}{1,12}[ \u00a0\u202f]+et[ \u00a0\u202f]+demi|et[ \u00a0\u202f]+demi)/u);

export function recogniseNumbers(text: string): NumberMention[] {
  return recogniseNumberCandidates(text).map(toMention);
}

/** A "- " at `at` opens a line whose line before or after opens with a bullet too. */
function isListBullet(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (text.slice(lineStart, at).trim() !== "") return false;
  const prevStart = lineStart > 0 ? text.lastIndexOf("\n", lineStart - 2) + 1 : -1;
  const nextEnd = text.indexOf("\n", at);
  return (prevStart >= 0 && afterListBullet(text, prevStart) !== prevStart) || (nextEnd >= 0 && afterListBullet(text, nextEnd + 1) !== nextEnd + 1);
}

/** 16.4 × 1e6 is 16399999.999999998 in floating point: keep 15 significant digits. */
function tidy(value: number): number {
  if (Number.isInteger(value) && value < 1e15 && value > -1e15) return value; // 15 digits at most: unchanged
  return Number(value.toPrecision(15));
}

/** The candidates with their scale, for money.ts ("300 M€") and the claim rules. */
export function recogniseNumberCandidates(text: string): NumberCandidate[] {
  const found: NumberCandidate[] = [];
  collectDigits(text, found);
  collectFractions(text, found);
  collectHalfScales(text, found);
  collectDefiniteScales(text, found);
  collectHedgedRoundNouns(text, found);
  const alone = text.trim();
  findWordRuns(text, (index, run) => {
    // the article alone, by far the most frequent run: skip it before any parsing
    if (run.length <= 3 && ARTICLE.test(run) && run !== alone && !ONE_IN_N.test(text.slice(index + run.length, index + run.length + 30))) return;
    for (const c of parseWordRun(text, index, run)) found.push(c);
  });
  const kept = removeOverlaps(found);
  return dropNonNumbers(text, applySign(text, extendHalf(text, joinOneInN(text, kept))));
}

function toMention(c: NumberCandidate): NumberMention {
  const m: NumberMention & { vague?: boolean } = {
    start: c.start, end: c.end, value: tidy(c.value), form: c.form, approx: c.approx, yearLike: c.yearLike, scale: c.scale,
  };
  if (c.vague) m.vague = true;
  return m;
}

function collectDigits(text: string, out: NumberCandidate[]): void {
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const g = m.groups ?? {};
    let start = m.index;
    let end = start + m[0].length;
    const digitsStart = start + (g.sign ? g.sign.length + (g.signBlank?.length ?? 0) : 0);
    // "12.03.2024", "192.168.1.2", "1,234,567": a dotted run that is not one number here
    if (/^[.,]\d/.test(text.slice(end, end + 2)) && !g.word && !g.glued && !g.spaced) {
      DIGITS.lastIndex = skipDottedRun(text, end);
      if (isAfterCurrencySymbol(text, digitsStart)) pushEnglishThousands(text, digitsStart, g.sign, start, out);
      continue;
    }
    // "$3,000", "€1,500": English thousands after a prefixed symbol (a French "12,345 $" is 12.345)
    if (g.dec && /^,\d{3}$/.test(g.dec) && !g.glued && !g.spaced && !g.word && isAfterCurrencySymbol(text, digitsStart)) {
      pushEnglishThousands(text, digitsStart, g.sign, start, out);
      continue;
    }
    // "850 MDH", "5 200 MD", "14,2 ME": the dirhams, dinars or euros glued to the scale are read by money.ts
    if (!(g.money && (text.charAt(end) === "D" || text.charAt(end) === "E")) && isInsideName(text, digitsStart, end, m[0])) continue;
    // "- 1.200.000": a sign apart from its digits only opens the text or a bracket; a dash opening a line of a
    // list ("- 1,2 milliard d'euros de chiffre d'affaires" with another "- " line beside it) is a bullet
    if (g.sign && g.signBlank && (!/(?:^|[(:\n])\s*$/.test(text.slice(Math.max(0, start - 3), start)) || isListBullet(text, start))) start = digitsStart;
    if (g.glued === "K" && !g.dec && (g.int === "4" || g.int === "8")) continue; // "un écran 4K"
    let value = parseDigits(g.int, g.dec, g.lead);
    if (g.exp) value = g.exp.startsWith("^") ? value ** Number(g.exp.slice(1)) : value * 10 ** Number(g.exp.slice(1));
    let scale = 1;
    const abbr = g.glued ?? g.spaced ?? g.money;
    if (abbr) scale = SCALE_ABBREVIATIONS[abbr] ?? 1;
    let approx = false;
    if (g.compound && g.of) scale *= ((SCALE_WORD[fold(g.compound)] ?? APPROX_WORD[fold(g.compound)]) as number) * (SCALE_WORD[fold(g.of)] as number);
    // "1,2 lakh crore": a hundred thousand crores, as the Indian press writes a trillion
    if (g.compound2 && g.of2) scale *= (SCALE_WORD[fold(g.compound2)] as number) * (SCALE_WORD[fold(g.of2)] as number);
    if (g.word) {
      const w = fold(g.word);
      if (SCALE_WORD[w]) scale *= SCALE_WORD[w];
      else if (APPROX_WORD[w]) { scale *= APPROX_WORD[w]; approx = true; }
    }
    value *= scale;
    const signed = start === m.index && !!g.sign;
    if (signed && g.sign !== "+") value = -value;
    const yearLike = !g.sign && !g.dec && !g.lead && !g.exp && scale === 1 && /^\d{4}$/.test(g.int ?? "") && value >= 1000 && value < 3000;
    out.push({
      start, end, value, scale, approx, yearLike,
      form: approx ? "approx" : g.word || abbr ? "mixed" : "digits",
    });
  }
}

function parseDigits(int: string | undefined, dec: string | undefined, lead: string | undefined): number {
  if (lead) return Number(`0.${lead.slice(1)}`);
  const whole = (int ?? "0").replace(/[^\d]/g, "");
  return Number(dec ? `${whole}.${dec.slice(1)}` : whole);
}

function skipDottedRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\d.,]/.test(text[i] ?? "")) i++;
  return i;
}

function isAfterCurrencySymbol(text: string, at: number): boolean {
  return /[$€£]\s?$/.test(text.slice(Math.max(0, at - 2), at));
}

function pushEnglishThousands(text: string, at: number, sign: string | undefined, start: number, out: NumberCandidate[]): void {
  ENGLISH_THOUSANDS.lastIndex = at;
  const m = ENGLISH_THOUSANDS.exec(text);
  if (!m) return;
  const value = Number(m[0].replace(/,/g, "")) * (sign === "-" || sign === "−" ? -1 : 1);
  out.push({ start, end: at + m[0].length, value, scale: 1, approx: false, yearLike: false, form: "digits" });
  DIGITS.lastIndex = Math.max(DIGITS.lastIndex, at + m[0].length);
}

/** `re.test(text[i])` (false out of the text), from a table below U+0250: a regex test per character is slow. */
function charTest(re: RegExp): (text: string, i: number) => boolean {
  const latin = Uint8Array.from({ length: 0x250 }, (_, c) => (re.test(String.fromCharCode(c)) ? 1 : 0));
  return (text, i) => {
    const c = text.charCodeAt(i);
    return c < 0x250 ? latin[c] === 1 : re.test(text.charAt(i));
  };
}
const isNameCharAfter = charTest(/[\p{L}\p{N}_°]/u);
const isNameCharBefore = charTest(/[\p{L}_°]/u);
const isLetter = charTest(/\p{L}/u);
const isWordChar = charTest(/[\p{L}\p{N}.°-]/u);

// Digits glued to letters ("H100", "MI300X", "180ml", "2e", "1er"), after a hyphen glued to a
// word ("GPT-4", "COVID-19"), after "n°", inside "12/03" or "14:30", or after a capitalised
// name or "version" ("Windows 11", "CAC 40", "version 3") are not numbers of their own.
function isInsideName(text: string, start: number, end: number, surface: string): boolean {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  if (isNameCharAfter(text, end)) return !(/[MkKds]$/.test(surface) && /\s/.test(surface) && GLUED_CODE_AFTER.test(text.slice(end, end + 4)));
  if (before === "(" && after === ")" && isPlaceCode(text, start, surface)) return true;
  if (/[/:]/.test(after) && /\d/.test(text[end + 1] ?? "")) return true;
  if (/[/:]/.test(before) && /\d/.test(text[start - 2] ?? "")) return true;
  // "x5 sur un an": a small x alone before the digits is a multiplication sign ("X5", "1920x1080" are not)
  if (before === "x" && !/[\p{L}\p{N}_-]/u.test(text[start - 2] ?? "")) return false;
  if (isNameCharBefore(text, start - 1)) return !isCurrencyCodeBefore(text, start);
  if (before === "-" && isLetter(text, start - 2)) return true;
  if (/[ \u00a0\u202f]/.test(before) && !/\d[ \u00a0\u202f]\d|[kKM]|\s\p{L}/u.test(surface)) return isAfterName(text, start, end);
  return false;
}

// "Longvic (21600)", "Saint-Brieuc (22)": regional news gives a town its postal code or its département's
// number in brackets; "les abonnés (21600)" is a number.
const PLACE_CODE = /^(?:\d{5}|0[1-9]|[1-8]\d|9[0-5]|97[1-6])$/;
// (a département named with its article takes a figure, "devant le Val-de-Marne (110), l'Essonne (95)"; a town, its code)
const TOWN_BEFORE = narrow(/(?<!(?:^|[^\p{L}])(?:le|la|les|l['’])[ \u00a0]*)(?<![\p{L}-])\p{Lu}[\p{L}'’-]*[ \u00a0]$/u);
function isPlaceCode(text: string, start: number, surface: string): boolean {
  return PLACE_CODE.test(surface) && TOWN_BEFORE.test(text.slice(Math.max(0, start - 41), start - 1));
}

function isCurrencyCodeBefore(text: string, start: number): boolean {
  const m = /(?:^|[^\p{L}])([A-Z]{3})$/u.exec(text.slice(Math.max(0, start - 4), start));
  return !!m && CURRENCY_CODES.includes(m[1] ?? "");
}


// a lower-case plural noun, not a participle ("vendus", "produits"): what the number counts
const COUNTED_AFTER = narrow(/^[ \u00a0\u202f]\p{Ll}{3,}(?<!(?:é|ée|i|u|ue|ie|t|te))[sx](?![\p{L}\p{N}'’-])/u);
const PLACE_FIGURE_END = /^[ \u00a0]*(?:[,;.]|et[ \u00a0])/u;
// (the item before: a figure and up to two words, then a comma or "et", and "celui de" before a town)
const FIGURE_ITEM_BEFORE = narrow(/\d(?:[ \u00a0]{1,2}[\p{L}'’-]{1,30}){0,2}[ \u00a0]{0,2}(?:[,;]|[ \u00a0]et)[ \u00a0]{1,2}(?:(?:celui|celle)[ \u00a0](?:de|du|d['’])[ \u00a0]?)?$/u);
function isAfterName(text: string, start: number, end: number): boolean {
  let from = start - 1;
  while (from > 0 && start - from < 30 && isWordChar(text, from - 1)) from--;
  const word = text.slice(from, start - 1); // "l'article" => "article": the apostrophe stops the scan
  if (!/^\p{L}/u.test(word)) return false;
  const folded = fold(word).replace(/[.]$/, "");
  if (NAME_WORDS.has(folded) || NAME_WORDS.has(fold(word))) return true;
  if (!/\p{Lu}/u.test(word) || FUNCTION_WORDS.has(folded) || FUNCTION_WORDS.has(fold(word))) return false;
  if (CURRENCY_CODES.includes(word)) return false; // "EUR 20"
  if (word.endsWith(".")) return false; // "... en mai. 300 salariés"
  // "celui de Poitiers 380, Saint-Étienne 290 et …": a town's figure in a list, not a name with a number; so is any
  // name's after a figure and a comma ("4 100 salariés, Vantrel 2 300, Orbéa 640 et Quinsac 380")
  // ("12 000 ordinateurs, Windows 10 et Windows 11": a name told again with another figure numbers versions)
  if (end - start > 1 && PLACE_FIGURE_END.test(text.slice(end, end + 4)) &&
    (PLACES.has(word) || (FIGURE_ITEM_BEFORE.test(text.slice(Math.max(0, from - 60), from)) && !namedAgain(text, word, from, end)))) return false;
  // "Nvidia 20 %", "Apple 3 milliards de dollars", "paie Nvidia 38 fois ses bénéfices": a quantity follows, the number is not a name
  // ("saisi à Vierzon 212 serveurs": a plural noun follows, counted; "l'iPhone 15 vendu", "Windows 11 Pro" name things)
  if (COUNTED_AFTER.test(text.slice(end, end + 30))) return false;
  return !/^[ \u00a0\u202f]?(?:%|€|\$|£|pour|millions?|milliards?|mille|euros?|dollars?|fois(?![\p{L}]))/u.test(text.slice(end, end + 10));
}

/** Whether `word` stands before another figure within 40 characters either side: versions of one name. */
function namedAgain(text: string, word: string, from: number, end: number): boolean {
  for (const [lo, hi] of [[Math.max(0, from - 40), from], [end, end + 40]] as const) {
    for (let i = text.indexOf(word, lo); i >= 0 && i + word.length < hi; i = text.indexOf(word, i + 1)) {
      const next = i + word.length;
      if ((text[next] === " " || text[next] === "\u00a0") && /\d/.test(text[next + 1] ?? "")) return true;
    }
  }
  return false;
}

function collectFractions(text: string, out: NumberCandidate[]): void {
  if (!text.includes("/") || !DIGIT_SLASH_DIGIT.test(text)) return;
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const g = m.groups ?? {};
    if (/[\p{L}\p{N}/.,]/u.test(text[m.index - 1] ?? "")) continue;
    const num = Number(g.num);
    const den = Number(g.den);
    if (!(den > 0 && num < den && den <= 100)) continue;
    const value = (Number(g.whole ?? 0) + num / den) * (g.sign ? -1 : 1);
    out.push({ start: m.index, end: m.index + m[0].length, value, scale: 1, approx: false, yearLike: false, form: "digits" });
  }
}

// "un demi-milliard d'euros", "un demi-million de personnes": half of a scale word.
const HALF_SCALE = narrow(/(?<![\p{L}\p{N}])(?:(?:un|[Uu]n)[ \u00a0\u202f]+)?[dD]emi-(milliard|million)s?(?![\p{L}\p{N}])/gu);

function collectHalfScales(text: string, out: NumberCandidate[]): void {
  // Speed: HALF_SCALE's leading Unicode lookbehind is tried at every position; most texts cannot match.
  if (!text.includes("emi-milli")) return;
  HALF_SCALE.lastIndex = 0;
  for (let m = HALF_SCALE.exec(text); m; m = HALF_SCALE.exec(text)) {
    const scale = m[1] === "milliard" ? 1e9 : 1e6;
    out.push({ start: m.index, end: m.index + m[0].length, value: scale / 2, scale, approx: false, yearLike: false, form: "words" });
  }
}

// "frôle le milliard d'euros", "dépasse le million de visiteurs", "la centaine de départs", "au-delà du millier de
// salariés": a scale noun after a definite article is one of it, when what it counts follows ("au million près" is not).
const SCALE_NOUN = narrow(/(?:milliard|million|millier|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)(?=[ \u00a0\u202f]+(?:de|d['’])[ \u00a0\u202f]*\p{L}|[ \u00a0\u202f]*d['’]\p{L})/gu);
const DEFINITE_BEFORE = narrow(/(?:^|[^\p{L}\p{N}])(?:[lL]e|[lL]a|[dD]u|[aA]u)[ \u00a0\u202f]+$/u);
const SCALE_NOUN_VALUE: Record<string, number> = {
  milliard: 1e9, million: 1e6, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, ...APPROX_WORD,
};

function collectDefiniteScales(text: string, out: NumberCandidate[]): void {
  SCALE_NOUN.lastIndex = 0;
  for (let m = SCALE_NOUN.exec(text); m; m = SCALE_NOUN.exec(text)) {
    if (!DEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const value = SCALE_NOUN_VALUE[m[0]] as number;
    const exact = m[0] === "milliard" || m[0] === "million";
    out.push({ start: m.index, end: m.index + m[0].length, value, scale: exact ? value : 1, approx: !exact, yearLike: false, form: exact ? "words" : "approx" });
  }
}

// "une bonne centaine", "une petite vingtaine de dossiers": a hedging adjective between the article and the round noun
// (the word run stops at the adjective, so the noun alone would count nothing)
// (the boundary before "une" is checked in code: a lookbehind tried at every position of every text costs more)
// (the round nouns in the singular, as "une" takes them)
const ROUND_NOUNS = literalAlternation(Object.keys(APPROX_NOUNS).filter((noun) => !noun.endsWith("s")));
const HEDGED_ROUND_NOUN = narrowRegExp(String.raw`[uU]ne?[ \u00a0]+(?:bonne|petite|grosse|large)[ \u00a0]+(${ROUND_NOUNS})(?![\p{L}])`, "gu");
function collectHedgedRoundNouns(text: string, out: NumberCandidate[]): void {
  if (!/bonne|petite|grosse|large/u.test(text)) return;
  HEDGED_ROUND_NOUN.lastIndex = 0;
  for (let m = HEDGED_ROUND_NOUN.exec(text); m; m = HEDGED_ROUND_NOUN.exec(text)) {
    if (m.index > 0 && /\p{L}/u.test(text.charAt(m.index - 1))) continue;
    const value = APPROX_NOUNS[m[1] as string] as number;
    out.push({ start: m.index, end: m.index + m[0].length, value, scale: 1, approx: true, yearLike: false, form: "approx" });
  }
}

function removeOverlaps(found: NumberCandidate[]): NumberCandidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberCandidate[] = [];
  let lastEnd = -1;
  for (const c of found) {
    if (c.start >= lastEnd) {
      kept.push(c);
      lastEnd = c.end;
    }
  }
  return kept;
}

const SUR = /^[ \u00a0\u202f]+sur[ \u00a0\u202f]+$/;

// "un sur trois", "1 sur 20" => 1/3, 1/20. Only with 1 on top: "1 000 euros sur 3 ans" is two numbers.
function joinOneInN(text: string, list: NumberCandidate[]): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (b && a.value === 1 && a.scale === 1 && /^(?:1|une?)$/i.test(text.slice(a.start, a.end)) &&
      Number.isInteger(b.value) && b.value >= 2 && b.scale === 1 && !b.approx && SUR.test(text.slice(a.end, b.start)) &&
      !/^[ \u00a0\u202f]*(?:ans?|mois|jours?|semaines?|heures?)\b/u.test(text.slice(b.end, b.end + 9))) {
      out.push({ ...a, end: b.end, value: 1 / b.value, form: a.form === b.form ? a.form : "mixed", article: false });
      i++;
    } else out.push(a);
  }
  return out;
}

// "deux ans et demi" => 2.5, "2 milliards et demi" => 2.5e9, "une fois et demie" => 1.5.
const AND_HALF = narrow(/([ \u00a0\u202f]+(?!et[ \u00a0\u202f])[\p{L}]{1,12})?[ \u00a0\u202f]+et[ \u00a0\u202f]+demie?(?![\p{L}-])/uy);

function extendHalf(text: string, list: NumberCandidate[]): NumberCandidate[] {
  return list.map((c, i) => {
    AND_HALF.lastIndex = c.end;
    const m = AND_HALF.exec(text);
    const next = list[i + 1];
    if (!m || !Number.isInteger(c.value) || (next && next.start < c.end + m[0].length)) return c;
    return { ...c, end: c.end + m[0].length, value: c.value + 0.5 * c.scale, article: false, form: c.form };
  });
}

// "moins 1200000" => -1200000, only where "moins" opens the text or a clause ("au moins 5" is not -5).
const MINUS_WORD = /(?:^|[(:;.!?\n][ \u00a0\u202f]*)([Mm]oins[ \u00a0\u202f]+)$/;

function applySign(text: string, list: NumberCandidate[]): NumberCandidate[] {
  return list.map((c) => {
    if (!endsWithMoins(text, c.start)) return c;
    const m = MINUS_WORD.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (!m?.[1] || c.value < 0) return c;
    return { ...c, start: c.start - m[1].length, value: -c.value, article: false };
  });
}

/** Whether "moins" and blanks end text[0, at): MINUS_WORD cannot match otherwise. */
function endsWithMoins(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  return k < at && k >= 5 && text.startsWith("oins", k - 4);
}
const isBlank = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f;

// The article "un", "cent" in "pour cent", "cents" alone, "neuf" meaning new ("remis à neuf").
function dropNonNumbers(text: string, list: NumberCandidate[]): NumberCandidate[] {
  const whole = text.trim();
  return list.filter((c) => {
    const surface = text.slice(c.start, c.end);
    if (c.article) return surface.length === whole.length && fold(surface) === fold(whole);
    if (c.form !== "words") return true; // "cent", "cents", "neuf" are words
    const word = fold(surface);
    if (word !== "cent" && word !== "cents" && word !== "neuf") return true;
    const before = text.slice(Math.max(0, c.start - 12), c.start);
    if ((word === "cent" || word === "cents") && /pour[\s-]*$/iu.test(before)) return false;
    if (word === "cents" || word === "cent" && /\d[ \u00a0\u202f]*$/.test(before)) return false;
    if (word === "neuf") {
      if (/(?:flambant|tout|à|état|a)[ \u00a0\u202f]+$/iu.test(before)) return false;
      if (/(?:de|du)[ \u00a0\u202f]+$/iu.test(before) && /^[ \u00a0\u202f]*(?:[^\p{L}\d\s]|$)/u.test(text.slice(c.end, c.end + 3))) return false;
    }
    return true;
  });
}
