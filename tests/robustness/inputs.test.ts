// Issue 5, "inputs it must take in its stride": every odd but legitimate input gives records whose
// spans slice back to the text, with lines and columns right, or a located message and exit code 2.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ClaimSchema } from "../../src/records/schema.js";
import { ARTICLE, records, runCli, tempDir } from "./helpers.js";

/** Line and column of an offset, counted independently of src/text/lines.ts. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line: breaks.length + 1, column: offset - lastBreak };
}

/** Every record is valid, slices back to `text` and sits at the line and column it says. */
function expectFaithful(recs: Array<Record<string, any>>, text: string): void {
  for (const r of recs) {
    expect(ClaimSchema.safeParse(r).success).toBe(true);
    expect(text.slice(r.span.start, r.span.end)).toBe(r.text);
    expect({ line: r.line, column: r.column }).toEqual(position(text, r.span.start));
  }
}

function encodeWindows1252(text: string): Buffer {
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
  return Buffer.from([...text].map((c) => (high.includes(c) ? 0x80 + high.indexOf(c) : (c.codePointAt(0) as number))));
}

const values = (recs: Array<Record<string, any>>) => recs.map((r) => `${r.kind}:${r.value}`);

let tmp: ReturnType<typeof tempDir>;
let plain: Array<Record<string, any>>;
beforeAll(async () => {
  tmp = tempDir();
  plain = records((await runCli(["extract", "-", "--format", "ndjson"], ARTICLE)).stdout);
  expect(plain.length).toBeGreaterThan(4);
});
afterAll(() => tmp.cleanup());

async function extractText(text: string | Uint8Array, name = "a.txt") {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  const run = await runCli(["extract", path, "--format", "ndjson", "--jobs", "1"]);
  return { ...run, recs: records(run.stdout) };
}

describe("empty and claimless input: an empty, valid output and exit 0", () => {
  for (const [name, text] of [["empty", ""], ["whitespace", " \n\t\r\n  \u00a0\n"], ["no claims", "Il fait beau à Paris.\n"]]) {
    test(name, async () => {
      const { code, stdout, stderr } = await extractText(text as string);
      expect([code, stdout, stderr]).toEqual([0, "", ""]);
    });
    test(`${name}, --format json`, async () => {
      const path = join(tmp.dir, "e.txt");
      writeFileSync(path, text as string);
      const { code, stdout } = await runCli(["extract", path, "--format", "json"]);
      expect(code).toBe(0);
      const out = JSON.parse(stdout);
      expect(out.claims).toEqual([]);
      expect(out.documents).toHaveLength(1);
    });
  }
});

describe("encodings and line endings", () => {
  test("UTF-8 with a BOM: offsets count from after it", async () => {
    const { recs, code } = await extractText("\ufeff" + ARTICLE);
    expect(code).toBe(0);
    expect(recs.map((r) => r.span)).toEqual(plain.map((r) => r.span));
    expectFaithful(recs, ARTICLE);
  });

  test("CRLF line endings: lines and columns still right", async () => {
    const crlf = ARTICLE.replace(/\n/g, "\r\n");
    const { recs } = await extractText(crlf);
    expect(values(recs)).toEqual(values(plain));
    expectFaithful(recs, crlf);
    expect(recs.at(-1)?.line).toBe(2);
  });

  test("lone CR line endings (old Mac)", async () => {
    const cr = ARTICLE.replace(/\n/g, "\r");
    const { recs } = await extractText(cr);
    expect(values(recs)).toEqual(values(plain));
    expectFaithful(recs, cr);
    expect(recs.at(-1)?.line).toBe(2);
  });

  test("NFD accents are recognised like NFC, spans point into the original", async () => {
    const nfd = ARTICLE.normalize("NFD");
    expect(nfd.length).toBeGreaterThan(ARTICLE.length);
    const { recs } = await extractText(nfd);
    expect(values(recs)).toEqual(values(plain));
    expectFaithful(recs, nfd);
    for (const r of recs) expect(nfd.includes(r.sentence)).toBe(true);
  });

  test("non-breaking and narrow no-break spaces, typographic apostrophes and quotes, tabs", async () => {
    const typo = ARTICLE.replace("100 000", "100\u202f000").replace("12,5 %", "12,5\u00a0%").replace(/'/g, "\u2019")
      .replace("Colossus", "« Colossus »").replace(". Son", ".\tSon");
    const { recs } = await extractText(typo);
    expect(values(recs)).toEqual(values(plain));
    expectFaithful(recs, typo);
  });

  test("Windows-1252 bytes are decoded as such, and said so", async () => {
    const text = ARTICLE.replace("—", "–") + "L’œuvre a coûté 5 000 € « environ ».\n";
    const { recs, stderr, code } = await extractText(encodeWindows1252(text)); // é -> E9, ’ -> 92, € -> 80: not UTF-8
    expect(code).toBe(0);
    expect(stderr).toMatch(/a\.txt: not valid UTF-8: decoded as Windows-1252/);
    expect(values(recs).slice(0, plain.length)).toEqual(values(plain));
    expect(recs.at(-1)?.text).toContain("5 000 €");
    expectFaithful(recs, text);
  });

  test("a stray invalid byte in UTF-8 text: every span still slices back", async () => {
    const bytes = Buffer.concat([Buffer.from(ARTICLE.slice(0, 40)), Buffer.from([0xff, 0xc3]), Buffer.from(ARTICLE.slice(40))]);
    const { recs, code } = await extractText(bytes);
    expect(code).toBe(0);
    const text = new TextDecoder("windows-1252").decode(bytes);
    expectFaithful(recs, text);
    expect(recs.length).toBeGreaterThan(3);
  });

  test("binary files are skipped with a note, like ripgrep", async () => {
    const { recs, stderr, code } = await extractText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0x31, 0x30, 0x30]), "a.bin");
    expect(recs).toEqual([]);
    expect(stderr).toMatch(/a\.bin: binary file, skipped/);
    expect(code).toBe(0);
  });
});

describe("paths: each problem reported with its path, the others processed, exit 2", () => {
  test("non-existent path", async () => {
    const good = join(tmp.dir, "good.txt");
    writeFileSync(good, ARTICLE);
    const missing = join(tmp.dir, "missing.txt");
    const { code, stdout, stderr } = await runCli(["extract", missing, good, "--format", "ndjson"]);
    expect(code).toBe(2);
    expect(stderr).toContain(`claims: ${missing}: no such file or directory`);
    expect(values(records(stdout))).toEqual(values(plain));
  });

  test("symlink loops are cut and reported", async () => {
    const dir = join(tmp.dir, "loop");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "sub", "a.txt"), ARTICLE);
    symlinkSync("..", join(dir, "sub", "up"));
    symlinkSync("self", join(dir, "self")); // a link to itself: ELOOP
    const { code, stdout, stderr } = await runCli(["extract", dir, "--format", "ndjson"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/sub\/up: symbolic link loop/);
    expect(stderr).toMatch(/self: too many symbolic links/);
    expect(values(records(stdout))).toEqual(values(plain));
  });

  test.skipIf(process.getuid?.() === 0)("permission denied", async () => {
    const locked = join(tmp.dir, "locked.txt");
    writeFileSync(locked, ARTICLE);
    chmodSync(locked, 0o000);
    const { code, stderr } = await runCli(["extract", locked, "--format", "ndjson"]);
    chmodSync(locked, 0o644);
    expect(code).toBe(2);
    expect(stderr).toContain(`${locked}: permission denied`);
  });

  test("a path under a file (a file where a directory is expected)", async () => {
    const file = join(tmp.dir, "f.txt");
    writeFileSync(file, ARTICLE);
    const { code, stderr } = await runCli(["extract", join(file, "x.txt"), "--format", "ndjson"]);
    expect(code).toBe(2);
    expect(stderr).toContain("x.txt: not a directory");
  });

  test("a directory where a file is expected (-o DIR)", async () => {
    const { code, stderr } = await runCli(["extract", "-", "-o", tmp.dir], ARTICLE);
    expect(code).toBe(2);
    expect(stderr).toContain("is a directory");
  });

  test("a path that vanishes between the walk and the read", async () => {
    const { readUnits } = await import("../../src/read/units.js");
    const gone = join(tmp.dir, "gone.txt");
    const units = [];
    for await (const u of readUnits([gone], "text", async function* () {}, { bytes: 0 })) units.push(u);
    expect(units).toEqual([{ type: "problem", source: gone, message: "no such file or directory", fails: true, skipped: true }]);
  });
});

describe("--input ndjson: bad lines reported with their number, the rest processed", () => {
  test("not JSON, no text, a bad date, blank lines", async () => {
    const lines = [
      JSON.stringify({ id: "a", text: ARTICLE }),
      "{not json",
      JSON.stringify({ id: "b" }),
      "",
      JSON.stringify({ id: "c", text: ARTICLE, date: "hier" }),
      "[1,2]",
      JSON.stringify({ id: "d", text: ARTICLE }) + "\r",
    ].join("\n");
    const { code, stdout, stderr } = await runCli(["extract", "--input", "ndjson", "-", "--format", "ndjson"], lines);
    expect(code).toBe(2);
    expect(stderr).toMatch(/-: line 2: not JSON/);
    expect(stderr).toMatch(/-: line 3: no "text" string/);
    expect(stderr).toMatch(/-: line 5: "date" must be YYYY-MM-DD/);
    expect(stderr).toMatch(/-: line 6: not a JSON object/);
    const recs = records(stdout);
    expect([...new Set(recs.map((r) => r.source))]).toEqual(["a", "d"]);
  });
});
