// Which parts of a document are French. franc decides for the document and for long stretches;
// short segments (an ad glued to a paragraph, a teaser line) get a function-word vote, because
// trigram models guess poorly under ~100 characters: franc reads
// "200% Deposit Bonus up to €3,000" as French, the function words "up", "to" say English.

import { franc } from "franc";
import { paragraphBounds, type Sentence } from "./sentences.js";
import type { Span } from "../recognise/types.js";

/** ISO 639-3 (franc) to the ISO 639-1 code users see. */
const LANGUAGES: Record<string, string> = { fra: "fr", eng: "en", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl" };
const ONLY = Object.keys(LANGUAGES);

const FRENCH_WORDS = new Set(
  ("le la les de des du et est un une en que qui pour dans sur avec au aux à ce cette il elle ils elles ne pas plus par se sa son ses " +
    "leur leurs nous vous été sont ont a où mais ou donc car dont y d l qu n s c j m lui été être avoir fait comme très aussi après avant").split(" "),
);
const ENGLISH_WORDS = new Set(
  ("the of and to in is was for on with at by up his her he she it its this that from as are were be been has have had an or but not " +
    "which who their they last again during first after before night will would can could our your you we").split(" "),
);
const WORD = /\p{L}+/gu;

export interface LanguageVerdict {
  /** ISO 639-1 code ("fr", "en") or "und" */
  lang: string;
  /** how it was decided */
  by: "franc" | "function-words" | "paragraph" | "document" | "option";
}

/** franc's verdict, or "und" for text too short to judge (under ~60 characters trigrams mislead). */
export function detectLanguage(text: string): string {
  if (text.length < 60) return voteByFunctionWords(text) ?? "und";
  const code = franc(text, { only: ONLY, minLength: 20 });
  return LANGUAGES[code] ?? "und";
}

/** Function-word vote: "fr" or "en" when one side clearly wins, else null. */
export function voteByFunctionWords(text: string): string | null {
  let fr = 0;
  let en = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    if (FRENCH_WORDS.has(w)) fr++;
    if (ENGLISH_WORDS.has(w)) en++;
    // Eight function words of one language and none of the other settle it: stop reading.
    if ((fr >= 8 && en === 0) || (en >= 8 && fr === 0)) break;
  }
  if (en >= 2 && en > 2 * fr) return "en";
  if (fr >= 2 && fr > 2 * en) return "fr";
  return null;
}

export interface SkippedSegment extends Span {
  lang: string;
  reason: string;
}

/**
 * Labels every sentence with a language. A clear function-word vote decides first (cheap, and right on
 * short text); franc judges the long sentences the vote leaves open; the rest take their paragraph's
 * (or the document's) language.
 */
export function labelSentences(text: string, sentences: Sentence[], documentLang: string): LanguageVerdict[] {
  const paragraphLang = new Map<number, string>();
  const paragraphOf = (s: Sentence, index: number): string => {
    let lang = paragraphLang.get(s.paragraph);
    if (lang === undefined) {
      const body = text.slice(...paragraphBounds(sentences, index));
      lang = voteByFunctionWords(body) ?? (body.length >= 150 ? detectLanguage(body) : documentLang);
      if (lang === "und") lang = documentLang;
      paragraphLang.set(s.paragraph, lang);
    }
    return lang;
  };
  return sentences.map((s, index) => {
    const body = text.slice(s.start, s.end);
    const vote = voteByFunctionWords(body);
    if (vote) return { lang: vote, by: "function-words" };
    if (body.length >= 150) {
      const lang = detectLanguage(body);
      if (lang !== "und") return { lang, by: "franc" };
    }
    return { lang: paragraphOf(s, index), by: "paragraph" };
  });
}
