// Which parts of a document are French. franc decides for the document and for long stretches;
// short segments (an ad glued to a paragraph, a teaser line) get a function-word vote, because
// trigram models guess poorly under ~100 characters: franc reads
// "200% Deposit Bonus up to €3,000" as French, the function words "up", "to" say English.

import { createRequire } from "node:module";
import type { Span } from "../recognise/types.js";
import { functionWordVote } from "./function-words.js";
import { paragraphBounds, type Sentence } from "./sentences.js";

/** ISO 639-3 (franc) to the ISO 639-1 code users see. */
const LANGUAGES: Record<string, string> = { fra: "fr", eng: "en", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl" };
const ONLY = Object.keys(LANGUAGES);

// franc's trigram tables take ~40 ms to load, and a French article is settled by function words
// alone: franc is loaded on the first text they leave open. franc is ESM-only; require() of an ES
// module is synchronous since Node 20.19 (process.features.require_module), which keeps the
// labelling synchronous. (The require is made on that first load too: the start-up snapshot, see
// scripts/build-snapshot.mjs, runs this module when it is built, and must not keep the build's paths.)
let franc: typeof import("franc").franc | undefined;
const loadFranc = () => (franc ??= (createRequire(import.meta.url)("franc") as typeof import("franc")).franc);

export interface LanguageVerdict {
  /** ISO 639-1 code ("fr", "en") or "und" */
  lang: string;
  /** how it was decided */
  by: "franc" | "function-words" | "paragraph" | "document" | "option";
}

/** franc's verdict, or "und" for text too short to judge (under ~60 characters trigrams mislead). */
export function detectLanguage(text: string): string {
  if (text.length < 60) return voteByFunctionWords(text) ?? "und";
  const code = loadFranc()(text, { only: ONLY, minLength: 20 });
  return LANGUAGES[code] ?? "und";
}

/** Function-word vote: "fr" or "en" when one side clearly wins, else null. */
export function voteByFunctionWords(text: string): string | null {
  return functionWordVote(text, 0, text.length);
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
      const [start, end] = paragraphBounds(sentences, index);
      lang = functionWordVote(text, start, end) ?? (end - start >= 150 ? detectLanguage(text.slice(start, end)) : documentLang);
      if (lang === "und") lang = documentLang;
      paragraphLang.set(s.paragraph, lang);
    }
    return lang;
  };
  return sentences.map((s, index) => {
    const vote = functionWordVote(text, s.start, s.end);
    if (vote) return { lang: vote, by: "function-words" };
    if (s.end - s.start >= 150) {
      const lang = detectLanguage(text.slice(s.start, s.end));
      if (lang !== "und") return { lang, by: "franc" };
    }
    return { lang: paragraphOf(s, index), by: "paragraph" };
  });
}
