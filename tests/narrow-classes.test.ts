// narrowSource spells \p{L} and \p{N} as the Latin, Greek and Cyrillic letters and the digits: on text in those
// scripts a narrowed pattern must match exactly what the original matches.
import fc from "fast-check";
import { expect, test } from "vitest";
import { narrow, narrowSource } from "../src/text/narrow-classes.js";

const member = (source: string, ch: string) => new RegExp(`^(?:${narrowSource(source)})$`, "u").test(ch);

test.each([
  // a class of its own outside brackets, its ranges inside them, negated or not
  ["\\p{L}+", "é", true],
  ["[^\\p{L}]", "é", false],
  ["(?<![\\p{L}\\p{N}])x", "x", true],
  ["[\\p{Lu}\\d]", "É", true],
  ["\\p{Ll}", "É", false],
  ["\\p{N}", "½", true],
  // an escaped bracket opens no class: "\[" then a class of its own
  ["\\[\\p{N}\\]", "[7]", true],
])("%s on %s: %s", (source, ch, matches) => {
  expect(narrowSource(source)).not.toMatch(/\\p\{(?:L[lu]?|N)\}/);
  expect(member(source, ch)).toBe(matches);
});

test("a word boundary sees styled mathematical letters as letters, a plain class does not", () => {
  expect(narrow(/(?<![\p{L}])Poolside(?![\p{L}])/u).test("𝐀Poolside")).toBe(false);
  expect(narrow(/(?<![\p{L}])Poolside(?![\p{L}])/u).test("🚀Poolside")).toBe(true);
  expect(narrow(/[\p{L}]/u).test("𝐀")).toBe(false);
});

test("other escapes and properties stay as written", () => {
  expect(narrowSource("\\p{M}\\P{L}\\u00a0abc")).toBe("\\p{M}\\P{L}\\u00a0abc");
});

test.each(["L", "Lu", "Ll", "N"])("every character of the Latin, Greek and Cyrillic blocks is in the narrow class of %s exactly when it has that property", (property) => {
  const wide = new RegExp(`^\\p{${property}}$`, "u");
  const thin = narrow(wide);
  for (const [from, to] of [[0, 0x24f], [0x370, 0x4ff], [0x1e00, 0x1eff]] as const) {
    for (let c = from; c <= to; c++) expect([c, thin.test(String.fromCodePoint(c))]).toEqual([c, wide.test(String.fromCodePoint(c))]);
  }
  expect(thin.test("中")).toBe(false);
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
