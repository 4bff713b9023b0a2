// What fails a run: `--fail-on contradicted,inconsistent` by default; `unknown` makes every claim the
// ledger cannot confirm fail too (a strict desk). Exit codes follow CONTRACT.md: 0 clean, 1 found, 2 input errors.

import type { Claim } from "../records/schema.js";
import type { ArticleCheck } from "./check-article.js";

export const FAIL_ON = ["contradicted", "inconsistent", "unknown"] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const DEFAULT_FAIL_ON: readonly FailOn[] = ["contradicted", "inconsistent"];

/** "contradicted,unknown" -> ["contradicted", "unknown"]; null with the bad names otherwise. */
export function parseFailOn(s: string): { ok: true; value: FailOn[] } | { ok: false; bad: string[] } {
  const names = s.split(",").map((x) => x.trim()).filter(Boolean);
  const bad = names.filter((n) => !(FAIL_ON as readonly string[]).includes(n));
  return bad.length || !names.length ? { ok: false, bad: bad.length ? bad : [s] } : { ok: true, value: names as FailOn[] };
}

export interface CheckSummary {
  articles: number;
  errors: number;
  claims: number;
  corroborated: number;
  contradicted: number;
  unknown: number;
  inconsistent: number;
  holds: number;
}

export function summarise(results: readonly ArticleCheck[]): CheckSummary {
  const s: CheckSummary = { articles: results.length, errors: 0, claims: 0, corroborated: 0, contradicted: 0, unknown: 0, inconsistent: 0, holds: 0 };
  for (const r of results) {
    if (r.error) s.errors++;
    s.claims += r.verdicts.length;
    for (const v of r.verdicts) s[v.verdict]++;
    for (const f of r.consistency) s[f.status]++;
  }
  return s;
}

/** A finding of this category fails the run: reporters print it as an error, otherwise as a warning. */
export function fails(category: FailOn, failOn: readonly FailOn[]): boolean {
  return failOn.includes(category);
}

export function exitCode(results: readonly ArticleCheck[], failOn: readonly FailOn[]): 0 | 1 | 2 {
  const s = summarise(results);
  if (s.errors) return 2;
  return failOn.some((f) => s[f] > 0) ? 1 : 0;
}

export type Level = "error" | "warning" | "note";

/** One thing to show at one place in an article, whatever the format. */
export interface Finding {
  source: string;
  /** contradicted, inconsistent/<check>, unknown, holds/<check>, corroborated */
  rule: string;
  category: FailOn | "holds" | "corroborated";
  level: Level;
  claim: Claim;
  related: Claim[];
  message: string;
}

/**
 * Findings in text order. Contradictions and inconsistencies are errors when they fail the run, warnings
 * otherwise; unknown claims are shown only when they fail it; checks that hold and corroborations are notes.
 */
export function listFindings(r: ArticleCheck, failOn: readonly FailOn[]): Finding[] {
  const out: Finding[] = [];
  const level = (c: FailOn): Level => (fails(c, failOn) ? "error" : "warning");
  for (const v of r.verdicts) {
    if (v.verdict === "unknown" && !fails("unknown", failOn)) continue;
    const category = v.verdict === "corroborated" ? "corroborated" : v.verdict;
    out.push({ source: r.source, rule: v.verdict, category, level: category === "corroborated" ? "note" : level(category), claim: v.claim, related: [], message: v.message });
  }
  for (const f of r.consistency) {
    const [claim, ...related] = f.claims;
    if (!claim) continue;
    const category = f.status === "holds" ? "holds" : "inconsistent";
    out.push({ source: r.source, rule: `${category}/${f.check}`, category, level: category === "holds" ? "note" : level("inconsistent"), claim, related, message: f.message });
  }
  return out.sort((a, b) => a.claim.span.start - b.claim.span.start);
}
