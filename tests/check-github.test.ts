// --format github must be exactly what the Actions runner parses. `parseV2` follows
// actions/runner src/Runner.Common/ActionCommand.cs TryParseV2 step by step, so a message or path holding
// "::", ",", ":", "%", CR or LF comes out on the pull request as it went in.
import { describe, expect, test } from "vitest";
import type { ArticleCheck } from "../src/check/check-article.js";
import { escapeData, escapeProperty, formatGithub, workflowCommand } from "../src/check/report-github.js";
import type { Claim } from "../src/records/schema.js";

interface Parsed {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescape = (s: string, pairs: Array<[string, string]>) => pairs.reduce((acc, [token, replacement]) => acc.split(replacement).join(token), s);
const DATA: Array<[string, string]> = [["\r", "%0D"], ["\n", "%0A"], ["%", "%25"]];
const PROPERTY: Array<[string, string]> = [["\r", "%0D"], ["\n", "%0A"], [":", "%3A"], [",", "%2C"], ["%", "%25"]];

function parseV2(message: string): Parsed | null {
  message = message.trimStart();
  if (!message.startsWith("::")) return null;
  const endIndex = message.indexOf("::", 2);
  if (endIndex < 0) return null;
  const cmdInfo = message.slice(2, endIndex);
  const spaceIndex = cmdInfo.indexOf(" ");
  const command = spaceIndex < 0 ? cmdInfo : cmdInfo.slice(0, spaceIndex);
  if (!["error", "warning", "notice"].includes(command)) return null;
  const properties: Record<string, string> = {};
  if (spaceIndex > 0) {
    for (const prop of cmdInfo.slice(spaceIndex + 1).trim().split(",").filter(Boolean)) {
      const eq = prop.indexOf("=");
      if (eq <= 0 || eq === prop.length - 1) continue; // Split('=', 2, RemoveEmptyEntries) must give two parts
      properties[prop.slice(0, eq)] = unescape(prop.slice(eq + 1), PROPERTY);
    }
  }
  return { command, properties, data: unescape(message.slice(endIndex + 2), DATA) };
}

const NASTY = ["plain", "a::b", "100 %", "%0A literal", "x,y=z:w", "line\nbreak\r\nend", "%25%3A%2C", "«24 milliards» — 6 % ::"];

describe("escaping", () => {
  test.each(NASTY)("data round-trips: %j", (s) => {
    expect(parseV2(`::error::${escapeData(s)}`)?.data).toBe(s);
  });
  test.each(NASTY)("property round-trips: %j", (s) => {
    expect(parseV2(workflowCommand("warning", { file: s, title: s }, s))).toEqual({ command: "warning", properties: { file: s, title: s }, data: s });
  });
  test("escapeProperty escapes what the spec lists", () => {
    expect(escapeProperty("a%b\rc\nd:e,f")).toBe("a%25b%0Dc%0Ad%3Ae%2Cf");
    expect(escapeData("a%b\rc\nd:e,f")).toBe("a%25b%0Dc%0Ad:e,f");
  });
});

describe("formatGithub", () => {
  const claim = { id: "x", source: "./news/a,b:c.txt", kind: "valuation", value: 34e9, unit: "USD", text: "34 milliards de dollars", span: { start: 10, end: 33 }, line: 5, column: 179, sentence: "", qualifier: "exact", subject: "xAI", attributes: {}, confidence: 1, rule: "t" } as Claim;
  const result: ArticleCheck = {
    source: "./news/a,b:c.txt",
    articleDate: "2024-06-03",
    verdicts: [{ verdict: "contradicted", claim, message: "valuation of xAI: says 34, ledger says 24 (source: https://x.ai/a,b)\nsecond line, 100 %" }],
    consistency: [],
  };
  const options = { toolVersion: "t", color: false, failOn: ["contradicted", "inconsistent"] as const, ledger: "l.json", ratesDate: "d" };

  test("one line per finding, exactly as the runner reads it", () => {
    const out = formatGithub([result], options);
    expect(out).toBe(
      "::error file=news/a%2Cb%3Ac.txt,line=5,col=179,endColumn=202,title=claims%3A contradicted::valuation of xAI: says 34, ledger says 24 (source: https://x.ai/a,b)%0Asecond line, 100 %25\n",
    );
    const lines = out.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(parseV2(lines[0]!)).toEqual({
      command: "error",
      properties: { file: "news/a,b:c.txt", line: "5", col: "179", endColumn: "202", title: "claims: contradicted" },
      data: result.verdicts[0]!.message,
    });
  });
  test("a category that does not fail the run is a warning; unreadable articles are errors", () => {
    const out = formatGithub([result, { source: "gone.txt", articleDate: null, verdicts: [], consistency: [], error: "no such file or directory" }], { ...options, failOn: ["inconsistent"] });
    const parsed = out.split("\n").filter(Boolean).map((l) => parseV2(l));
    expect(parsed.map((p) => p?.command)).toEqual(["warning", "error"]);
    expect(parsed[1]?.properties.file).toBe("gone.txt");
  });
});
