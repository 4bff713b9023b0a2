// Runs every `src/**/*.corpus.ts`: one vitest case per example, named by its text.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import type { Corpus } from "../src/corpus.js";

const root = join(import.meta.dirname, "..", "src");
const files = (readdirSync(root, { recursive: true }) as string[])
  .filter((f) => f.endsWith(".corpus.ts"))
  .sort();

function matches(got: Record<string, unknown>, want: Record<string, unknown>): boolean {
  return Object.entries(want).every(([k, w]) => {
    const g = got[k];
    if (typeof w === "number" && typeof g === "number") return Math.abs(g - w) <= 1e-9 * Math.max(1, Math.abs(w));
    return JSON.stringify(g) === JSON.stringify(w);
  });
}

for (const file of files) {
  const corpus = ((await import(join(root, file))) as { corpus: Corpus }).corpus;
  describe(`${relative(root, join(root, file))} (${corpus.name})`, () => {
    for (const c of corpus.positives) {
      test(c.text, () => {
        const results = corpus.recognise(c.text, c.refDate);
        for (const want of c.want) {
          expect(results.some((r) => matches(r, want)), `want ${JSON.stringify(want)}\ngot ${JSON.stringify(results)}`).toBe(true);
        }
        if (c.only) expect(results.length, `only ${c.want.length} wanted\ngot ${JSON.stringify(results)}`).toBe(c.want.length);
      });
    }
    for (const n of corpus.negatives) {
      test(`not: ${n.text}`, () => {
        expect(corpus.recognise(n.text, n.refDate), n.why ?? "").toEqual([]);
      });
    }
  });
}
