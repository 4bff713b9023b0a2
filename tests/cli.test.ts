// The CLI through main(argv, io): formats parse back, options do what --help says, errors exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { main } from "../src/cli.js";
import { extractClaims } from "../src/index.js";
import { ClaimSchema, ExtractOutputSchema, type Claim } from "../src/records/schema.js";
import { fakeIo } from "./helpers/fake-io.js";

const seed = "seeds/003_a4fe9cb89f11e6be.txt";
const seedText = readFileSync(seed, "utf8");

async function run(argv: string[], stdin = "", opts = {}) {
  const io = fakeIo(stdin, opts);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("output formats parse back to the same records", () => {
  test("json: one envelope, claims valid, documents reported", async () => {
    const { code, out } = await run(["extract", seed, "--format", "json"]);
    expect(code).toBe(0);
    const parsed = ExtractOutputSchema.parse(JSON.parse(out));
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.tool.name).toBe("claims");
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]?.source).toBe(seed);
    expect(parsed.claims).toEqual(extractClaims(seedText, { source: seed }));
  });

  test("ndjson: one valid claim per line, nothing else", async () => {
    const { out } = await run(["extract", seed, "--format", "ndjson"]);
    const lines = out.trimEnd().split("\n");
    const claims = lines.map((l) => ClaimSchema.parse(JSON.parse(l)));
    expect(claims).toEqual(extractClaims(seedText, { source: seed }));
  });

  test("csv: RFC 4180 with a header, one row per claim, nested fields flattened", async () => {
    const { out } = await run(["extract", seed, "--format", "csv"]);
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    const claims = extractClaims(seedText, { source: seed });
    expect(rows).toHaveLength(claims.length);
    rows.forEach((row, i) => {
      const c = claims[i] as Claim;
      expect(row.kind).toBe(c.kind);
      expect(row.value).toBe(c.value === null ? "" : String(c.value));
      expect(Number(row["span.start"])).toBe(c.span.start);
      expect(row.text).toBe(c.text);
      expect(row["attributes.investors"]).toBe(c.attributes.investors?.join("; ") ?? "");
    });
  });

  test("table: readable, no colour off a terminal", async () => {
    const { out } = await run(["extract", seed]);
    expect(out).toContain("valuation");
    expect(out).toContain("24 milliards USD");
    expect(out).not.toContain("\u001b[");
  });

  test("table: colour on a terminal, none with NO_COLOR", async () => {
    expect((await run(["extract", seed], "", { tty: true })).out).toContain("\u001b[");
    expect((await run(["extract", seed], "", { tty: true, env: { NO_COLOR: "1" } })).out).not.toContain("\u001b[");
  });
});

describe("options", () => {
  test("--kind filters", async () => {
    const { out } = await run(["extract", seed, "--format", "ndjson", "--kind", "valuation,gpu_count"]);
    const kinds = new Set(out.trimEnd().split("\n").map((l) => (JSON.parse(l) as Claim).kind));
    expect([...kinds].sort()).toEqual(["gpu_count", "valuation"]);
  });

  test("--ref-date anchors relative dates", async () => {
    const { out } = await run(["extract", "-", "--format", "ndjson", "--ref-date", "2024-05-27"], "Il a lancé le projet en mars.");
    expect((JSON.parse(out) as Claim).value).toBe("2024-03");
  });

  test("- reads standard input and names it -", async () => {
    const { out } = await run(["extract", "-", "--format", "ndjson"], "xAI a levé 6 milliards de dollars.");
    const c = JSON.parse(out) as Claim;
    expect([c.source, c.kind, c.value, c.unit]).toEqual(["-", "funding", 6e9, "USD"]);
  });

  test("--input ndjson: each line is a document with its own id and date", async () => {
    const input = [
      JSON.stringify({ id: "a", text: "Elle a été fondée en mars.", date: "2023-06-01" }),
      JSON.stringify({ id: "b", text: "Mistral AI vaut 6 milliards d'euros." }),
    ].join("\n");
    const { code, out } = await run(["extract", "--input", "ndjson", "-", "--format", "ndjson"], input);
    expect(code).toBe(0);
    const claims = out.trimEnd().split("\n").map((l) => JSON.parse(l) as Claim);
    expect(claims.map((c) => [c.source, c.kind, c.value])).toEqual([["a", "date", "2023-03"], ["b", "valuation", 6e9]]);
  });

  test("-o writes the file, not stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claims-"));
    const file = join(dir, "out.json");
    const { code, out } = await run(["extract", seed, "--format", "json", "-o", file]);
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(JSON.parse(readFileSync(file, "utf8")).claims.length).toBeGreaterThan(5);
  });

  test("a directory is walked in sorted order", async () => {
    const { out } = await run(["extract", "seeds", "--format", "json"]);
    const sources = (JSON.parse(out) as { documents: { source: string }[] }).documents.map((d) => d.source);
    expect(sources).toEqual([...sources].sort());
    expect(sources).toHaveLength(5);
  });
});

describe("errors and help", () => {
  test("a missing path is reported, the others are processed, exit 2", async () => {
    const { code, out, err } = await run(["extract", "no/such/file.txt", seed, "--format", "ndjson"]);
    expect(code).toBe(2);
    expect(err).toContain("no/such/file.txt");
    expect(out.trim().split("\n").length).toBeGreaterThan(5);
  });

  test.each([
    [["extract", seed, "--format", "xml"]],
    [["extract", seed, "--kind", "gpus"]],
    [["extract", seed, "--ref-date", "2024-13-01"]],
    [["frobnicate"]],
  ])("usage error %j exits 2 with a message", async (argv) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err.length).toBeGreaterThan(10);
  });

  test("--help teaches with examples; --version prints the version", async () => {
    const help = await run(["extract", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Examples:");
    expect(help.out).toContain("--ref-date");
    const version = await run(["--version"]);
    expect(version.out.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  test("schema prints the JSON Schema of a record", async () => {
    const { code, out } = await run(["schema"]);
    expect(code).toBe(0);
    const schema = JSON.parse(out);
    expect(schema.properties.kind.enum).toContain("gpu_count");
    expect(schema.required).toContain("span");
  });
});

test("the table strips terminal control sequences from article text", async () => {
  const dir = mkdtempSync(join(tmpdir(), "claims-"));
  const file = join(dir, "evil.txt");
  writeFileSync(file, "xAI a levé 6 milliards\u001b]0;pwned\u0007 de dollars et \u001b[31m12 000 GPU\u001b[0m en 2024.");
  const { out } = await run(["extract", file]);
  expect(out).not.toMatch(/\u001b/);
});
