// narrowSource spells \p{L} and \p{N} as the Latin, Greek and Cyrillic letters and the digits: on text in those
// scripts a narrowed pattern must match exactly what the original matches.
import fc from "fast-check";
import { expect, test } from "vitest";
import { LETTER_CLASS, narrow, narrowSource } from "../src/text/narrow-classes.js";

test.each([
  ["(?<![\\p{L}\\p{N}])", `(?<![${LETTER_CLASS}0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be])`],
  ["[^\\p{L}]", `[^${LETTER_CLASS}]`],
  ["\\p{L}+", `[${LETTER_CLASS}]+`],
  // other escapes and properties stay; an escaped bracket opens no class
  ["\\p{Lu}\\p{Ll}\\P{L}\\u00a0", "\\p{Lu}\\p{Ll}\\P{L}\\u00a0"],
  ["\\[\\p{N}\\]", "\\[[0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be]\\]"],
  ["abc", "abc"],
])("%s -> %s", (source, narrowed) => {
  expect(narrowSource(source)).toBe(narrowed);
  expect(() => new RegExp(narrowSource(source), "u")).not.toThrow();
});

test("every character of the Latin, Greek and Cyrillic blocks is a letter of the narrow class exactly when it is one of \\p{L}", () => {
  const wide = /^\p{L}$/u;
  const thin = narrow(/^\p{L}$/u);
  for (const [from, to] of [[0, 0x24f], [0x370, 0x4ff], [0x1e00, 0x1eff]] as const) {
    for (let c = from; c <= to; c++) expect([c, thin.test(String.fromCharCode(c))]).toEqual([c, wide.test(String.fromCharCode(c))]);
  }
});

// Characters French news is made of: letters of the three scripts, digits, blanks and punctuation.
const NEWS_CHARS = [..."azAZéèàçôœŒÉÀßñłşțαΩжЯ0123456789²½ \u00a0\u202f,.;:'’-«»()%€$"];
const newsText = fc.array(fc.constantFrom(...NEWS_CHARS), { maxLength: 40 }).map((a) => a.join(""));

test.each([
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+(?![\p{L}])/gu,
  /(?:^|[^\p{L}])(\p{Ll}{2,}(?:ait|é|és))(?![\p{L}\p{N}])/gu,
  /\p{N}+(?:[ \u00a0\u202f]\p{N}{3})*[ \u00a0]?(?:%|€|\p{L}+)/gu,
])("%s matches the same as narrowed, on news text", (wide) => {
  const thin = narrow(wide);
  fc.assert(
    fc.property(newsText, (text) => {
      const all = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`).join("|");
      return all(thin) === all(wide);
    }),
    { numRuns: 3000 },
  );
});
