// The seed articles' records are pinned in fixtures/seeds/*.json: any change in what the extractor says
// about them shows up here as a diff. After a deliberate change, review and refresh:
//   UPDATE_FIXTURES=1 npx vitest run tests/seeds.test.ts
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractDocument } from "../src/pipeline.js";
import { ClaimSchema, type Claim } from "../src/records/schema.js";

const root = join(import.meta.dirname, "..");
const seeds = readdirSync(join(root, "seeds")).filter((f) => f.endsWith(".txt")).sort();

/** What the fixture pins: everything but the sentence (long, and implied by the span). */
function pinned(c: Claim) {
  const { sentence: _sentence, ...rest } = c;
  return rest;
}

describe.each(seeds)("%s", (file) => {
  const text = readFileSync(join(root, "seeds", file), "utf8");
  const { claims, report } = extractDocument({ source: `seeds/${file}`, text });

  test("records match the fixture", () => {
    const path = join(root, "fixtures", "seeds", file.replace(/\.txt$/, ".json"));
    const actual = { document: report, claims: claims.map(pinned) };
    if (process.env.UPDATE_FIXTURES) writeFileSync(path, JSON.stringify(actual, null, 2) + "\n");
    expect(actual).toEqual(JSON.parse(readFileSync(path, "utf8")));
  });

  test("every record validates and its span slices back to its text", () => {
    const body = text.replace(/^\uFEFF/, "");
    for (const c of claims) {
      expect(ClaimSchema.safeParse(c).success).toBe(true);
      expect(body.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  });

  test("no claim is a number inside a name, and none comes from a skipped segment", () => {
    for (const c of claims) {
      expect(c.text).not.toMatch(/^(?:H\d{3}|GPT-\d\w*|Grok-\d|version \d)$/);
      for (const s of report.skipped) expect(c.span.start >= s.span.start && c.span.start < s.span.end, c.text).toBe(false);
    }
  });
});
