// --format sarif: SARIF 2.1.0, as ruff, semgrep and eslint emit, for code-scanning dashboards
// (github/codeql-action/upload-sarif). One rule per verdict or check; columns count UTF-16 code units.

import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Claim } from "../records/schema.js";
import type { ArticleCheck } from "./check-article.js";
import { listFindings, type Finding } from "./findings.js";
import type { CheckReportOptions } from "./reporters.js";

export const SARIF_RULES = [
  { id: "contradicted", text: "A claim disagrees with a ledger fact valid at the article's date" },
  { id: "inconsistent/pre-post-money", text: "Pre-money valuation plus the amount raised is not the post-money valuation" },
  { id: "inconsistent/currency-rate", text: "One amount written in two currencies at an implausible exchange rate" },
  { id: "inconsistent/restated", text: "The same fact stated twice with two values" },
  { id: "inconsistent/past-deadline", text: "A deadline that had passed on the article's date" },
  { id: "unknown", text: "A claim the ledger can neither confirm nor contradict" },
] as const;

export function formatSarif(results: readonly ArticleCheck[], o: CheckReportOptions): string {
  const ruleIndex = new Map<string, number>(SARIF_RULES.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    listFindings(r, o.failOn)
      .filter((f) => f.level !== "note" && ruleIndex.has(f.rule))
      .map((f) => toResult(f, ruleIndex.get(f.rule) as number)),
  );
  const errors = results.filter((r) => r.error);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "claims",
            version: o.toolVersion,
            rules: SARIF_RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: r.text },
              defaultConfiguration: { level: r.id === "unknown" ? "note" : "error" },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map((r) => ({
              level: "error",
              message: { text: r.error as string },
              locations: [{ physicalLocation: { artifactLocation: artifact(r.source) } }],
            })),
          },
        ],
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function toResult(f: Finding, ruleIndex: number) {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: f.level,
    message: { text: f.message },
    locations: [location(f.source, f.claim)],
    ...(f.related.length ? { relatedLocations: f.related.map((c, i) => ({ id: i + 1, ...location(f.source, c), message: { text: c.text } })) } : {}),
    partialFingerprints: { claimFinding: fingerprint(`${f.rule}|${f.claim.kind}|${f.claim.subject ?? ""}|${f.claim.text}`) },
  };
}

function location(source: string, c: Claim) {
  const region: Record<string, number> = { startLine: c.line, startColumn: c.column, charOffset: c.span.start, charLength: c.span.end - c.span.start };
  if (!/[\r\n]/.test(c.text)) region.endColumn = c.column + c.text.length;
  return { physicalLocation: { artifactLocation: artifact(source), region } };
}

/** Relative paths stay relative to the checkout (%SRCROOT%), as code scanning expects. */
function artifact(source: string): { uri: string; uriBaseId?: string } {
  if (source === "-") return { uri: "stdin" };
  if (isAbsolute(source)) return { uri: pathToFileURL(source).href };
  return { uri: source.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

/** FNV-1a, 32 bits, hex: stable across runs so dashboards track a finding while line numbers move. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
