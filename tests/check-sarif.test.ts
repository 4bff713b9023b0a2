// --format sarif: a SARIF 2.1.0 log that code-scanning uploaders accept. Checked structurally against the
// fields the specification requires (§3.13 sarifLog, §3.14 run, §3.19 tool, §3.27 result, §3.30 region).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCheck } from "../src/check-command.js";
import { fakeIo } from "./helpers/fake-io.js";

const dir = join(import.meta.dirname, "..", "fixtures", "check");

interface SarifLog {
  version: string;
  $schema: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string } }> } };
    columnKind: string;
    invocations: Array<{ executionSuccessful: boolean }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endColumn?: number; charOffset: number; charLength: number } } }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

describe("--format sarif", async () => {
  const io = fakeIo();
  const code = await runCheck([join(dir, "contradict.txt"), join(dir, "inconsistent.txt")], { format: "sarif", ledger: join(dir, "ledger.json") }, io, "9.9.9");
  const log = JSON.parse(io.out()) as SarifLog;
  const run = log.runs[0]!;

  test("sarifLog and run carry the required fields", () => {
    expect(code).toBe(1);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe("claims");
    expect(run.tool.driver.version).toBe("9.9.9");
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.invocations[0]?.executionSuccessful).toBe(true);
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of run.tool.driver.rules) expect(r.shortDescription.text).toBeTruthy();
  });

  test("every result names a known rule, a level, a message and a valid region", () => {
    expect(run.results.length).toBe(12); // 4 + 4 contradictions, 4 inconsistencies
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
      expect(["error", "warning", "note", "none"]).toContain(r.level);
      expect(r.message.text.length).toBeGreaterThan(0);
      const loc = r.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/fixtures\/check\/(contradict|inconsistent)\.txt$/);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(loc.region.endColumn ?? Infinity).toBeGreaterThan(loc.region.startColumn);
      expect(loc.region.charLength).toBeGreaterThan(0);
      expect(Object.values(r.partialFingerprints)[0]).toMatch(/^[0-9a-f]{8}$/);
    }
  });

  test("regions point at the claim's text in the article", () => {
    const text = readFileSync(join(dir, "contradict.txt"), "utf8");
    const r = run.results.find((x) => x.ruleId === "contradicted" && x.message.text.includes("34 milliards"))!;
    const { charOffset, charLength } = r.locations[0]!.physicalLocation.region;
    expect(text.slice(charOffset, charOffset + charLength)).toBe("34 milliards de dollars");
  });

  test("relative paths are relative to %SRCROOT%; an unreadable article makes the run unsuccessful", async () => {
    const rel = fakeIo();
    await runCheck(["fixtures/check/agree.txt", "fixtures/check/missing.txt"], { format: "sarif" }, rel, "t");
    const l = JSON.parse(rel.out()) as SarifLog & { runs: Array<{ invocations: Array<{ toolExecutionNotifications: unknown[] }> }> };
    expect(l.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(l.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
    expect(l.runs[0]!.results).toEqual([]);
  });
});
