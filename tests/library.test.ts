// The package's public entry: what `import ... from "claims"` gives.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import * as claims from "../src/index.js";

test("extractClaims gives validated records for a string", () => {
  const records = claims.extractClaims("Mistral AI a levé 600 millions d'euros en juin 2024.", { source: "demo" });
  expect(records.map((c) => [c.kind, c.value, c.unit, c.subject])).toEqual([
    ["funding", 600e6, "EUR", "Mistral AI"],
    ["date", "2024-06", null, "Mistral AI"],
  ]);
  for (const c of records) expect(claims.ClaimSchema.safeParse(c).success).toBe(true);
});

test("checking is part of the library: the seed's pre-money + raised = post-money holds", () => {
  const text = readFileSync("seeds/003_a4fe9cb89f11e6be.txt", "utf8");
  const { claims: records } = claims.extractDocument({ source: "seed", text });
  const result = claims.checkArticle({ source: "seed", text, claims: records, articleDate: null }, null, claims.REFERENCE_RATES);
  const prePost = result.consistency.filter((f) => f.check === "pre-post-money");
  expect(prePost.map((f) => f.status)).toEqual(["holds"]);
  expect(result.consistency.some((f) => f.status === "inconsistent")).toBe(false);
});

test("the package resolves by its name, as a user's `import ... from \"claims\"` does (package.json main/exports point into dist)", async () => {
  const byName = (await import("claims")) as typeof claims;
  expect(Object.keys(byName).sort()).toEqual(Object.keys(claims).sort());
  expect(byName.extractClaims("OpenAI vaut 157 milliards de dollars.", { source: "x" })[0]?.kind).toBe("valuation");
});
