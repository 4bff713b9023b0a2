// Issue 5, hostile input reaching the output: CSV cells a spreadsheet would run are neutralised and
// the file parses back (csv-parse) to exactly the cells written; the table strips terminal control
// sequences that came with the article.
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import type { Claim } from "../../src/records/schema.js";
import { CSV_COLUMNS, csvReporter, neutraliseCell } from "../../src/report/csv.js";
import { stripControl, tableReporter } from "../../src/report/table.js";
import { runCli } from "./helpers.js";

const claim = (over: Partial<Claim>): Claim => ({
  id: "a#0-1", source: "a.txt", kind: "money", value: 5, unit: "EUR", text: "5 €", span: { start: 0, end: 3 }, line: 1, column: 1,
  sentence: "5 €", qualifier: "exact", subject: null, attributes: {}, confidence: 0.9, rule: "money", ...over,
});

const HOSTILE = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "a,b", "say \"hi\"", "two\nlines", "=1,\"2\"\r\n3"];

describe("CSV", () => {
  test("formula cells get a leading apostrophe; numbers stay numbers", () => {
    for (const cell of HOSTILE.filter((c) => /^[=+\-@\t\r]/.test(c))) expect(neutraliseCell(cell)).toBe(`'${cell}`);
    for (const cell of ["-5", "+3", "1.5e9", "-0.25", "a=b"]) expect(neutraliseCell(cell)).toBe(cell);
  });

  test("parsed back with a real CSV parser, every cell is what was written (neutralised)", () => {
    const claims = HOSTILE.map((h, i) => claim({ id: `x#${i}`, text: h, sentence: h, subject: h, source: h, attributes: { investors: [h, "b"] } }));
    const r = csvReporter();
    const out = r.begin() + r.document(claims, {} as never) + r.end([]);
    const rows = parse(out, { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(claims.length + 1);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as never);
    rows.slice(1).forEach((row, i) => {
      const h = HOSTILE[i] as string;
      expect(row[col("text")]).toBe(neutraliseCell(h));
      expect(row[col("source")]).toBe(neutraliseCell(h));
      expect(row[col("sentence")]).toBe(neutraliseCell(h));
      for (const cell of row) expect(/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\d/.test(cell))).toBe(false);
    });
  });

  test("end to end: an article with a formula in it", async () => {
    const { stdout, code } = await runCli(["extract", "-", "--format", "csv"], "=cmd|' /C calc'!A0 xAI a levé 6 milliards de dollars.\n");
    expect(code).toBe(0);
    const rows = parse(stdout) as string[][];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell.startsWith("=")).toBe(false);
  });
});

describe("table", () => {
  const ESCAPES = [
    "\u001b[31mred\u001b[0m", // colour (CSI)
    "\u001b]8;;http://evil\u0007link\u001b]8;;\u0007", // OSC 8 hyperlink ended by BEL
    "\u001b]0;title\u001b\\", // OSC window title ended by ST
    "\u009b31mC1 CSI", // 8-bit CSI
    "bell\u0007 back\u0008space",
    "\u001bPdevice control\u001b\\",
    "\u001b[2J\u001b[H",
  ];

  test("stripControl leaves no escape, no C0/C1 control", () => {
    for (const s of ESCAPES) expect(stripControl(s)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stripControl("\u001b[31mred\u001b[0m")).toBe("red");
  });

  test("an article carrying escapes prints a clean table (text, subject, source)", () => {
    const claims = ESCAPES.map((e, i) => claim({ text: `5 € ${e}`, subject: `xAI${e}`, id: `x#${i}` }));
    const r = tableReporter({ toolVersion: "0", color: false });
    const out = r.document(claims, { source: `evil\u001b[2Jname`, lang: "fr", refDate: null, refDateFrom: "none", chars: 0, claims: claims.length, skipped: [] });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  test("end to end", async () => {
    const { stdout } = await runCli(["extract", "-", "--format", "table"], "\u001b]0;pwned\u0007xAI a levé \u001b[31m6 milliards de dollars\u001b[0m.\n");
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
