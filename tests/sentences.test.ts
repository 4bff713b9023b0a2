import { describe, expect, test } from "vitest";
import { sentenceExcerpt, splitParagraphs, splitSentences } from "../src/text/sentences.js";

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  test("splits on end punctuation followed by a capital", () => {
    expect(texts("Il atteint 24 milliards. Supercalculateur attendu d'ici fin 2025.")).toEqual([
      "Il atteint 24 milliards.",
      "Supercalculateur attendu d'ici fin 2025.",
    ]);
  });
  test("keeps abbreviations, initials and decimals inside a sentence", () => {
    expect(texts("M. Dupont a levé 5.5 millions. J. Martin aussi.")).toEqual(["M. Dupont a levé 5.5 millions.", "J. Martin aussi."]);
  });
  test("splits text a scraper glued together", () => {
    expect(texts("Bonus up to $20,000À sa sortie, ses performances")).toEqual(["Bonus up to $20,000", "À sa sortie, ses performances"]);
  });
  test("closing quotes stay with their sentence", () => {
    expect(texts("Il a dit « oui. » Puis il est parti.")).toEqual(["Il a dit « oui. »", "Puis il est parti."]);
  });
  test("every line is a paragraph, CRLF and lone CR included", () => {
    const t = "un\r\ndeux\rtrois\n\nquatre";
    expect(splitParagraphs(t).map((p) => t.slice(p.start, p.end))).toEqual(["un", "deux", "trois", "quatre"]);
    expect(splitSentences(t).map((s) => s.paragraph)).toEqual([0, 1, 2, 3]);
  });
});

test("an astral capital glued after a digit and before a small letter ends (the old splitter looped forever on '5𝐀b')", () => {
  const text = "Il a 5𝐀bc. Puis 3 fois.";
  const sentences = splitSentences(text);
  expect(sentences.length).toBeGreaterThan(0);
  expect(sentences.at(-1)?.end).toBe(text.length);
});

describe("sentenceExcerpt", () => {
  const long = Array.from({ length: 3000 }, (_, i) => `${i} lots`).join(", ");
  test("a sentence under the limit is given whole", () => {
    const t = "Le groupe emploie 300 salariés.";
    expect(sentenceExcerpt(t, { start: 0, end: t.length }, 18, 30)).toBe(t);
  });
  test("an over-long sentence is cut at blanks around the span, within the limit", () => {
    const at = long.indexOf("1500 lots");
    const excerpt = sentenceExcerpt(long, { start: 0, end: long.length }, at, at + 9, 200);
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt).toContain("1500 lots");
    expect(long).toContain(excerpt);
    expect(excerpt.startsWith("lots") || /^\d/.test(excerpt)).toBe(true); // begins on a word, not inside one
  });
  test("near the sentence's start, the excerpt starts with it", () => {
    const excerpt = sentenceExcerpt(long, { start: 0, end: long.length }, 0, 6, 200);
    expect(excerpt.startsWith("0 lots, 1 lots")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(200);
  });
});
