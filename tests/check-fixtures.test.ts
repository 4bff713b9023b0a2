// fixtures/check: articles that agree with the ledger, contradict it, and contradict themselves, with the
// verdicts and exit codes expected.json says. Runs the command's edge (runCheck) with a fake Io.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCheck } from "../src/check-command.js";
import { main } from "../src/cli.js";
import { fakeIo } from "./helpers/fake-io.js";

const dir = join(import.meta.dirname, "..", "fixtures", "check");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
  ledger: string;
  articles: Record<string, {
    withLedger: { exit: number; verdicts: Record<string, string> };
    withoutLedger: { exit: number; consistency: Record<string, [string, string]> };
  }>;
};
const ledger = join(dir, expected.ledger);

interface JsonReport {
  summary: Record<string, number>;
  articles: Array<{
    verdicts: Array<{ verdict: string; claim: { line: number; column: number } }>;
    consistency: Array<{ check: string; status: string; claims: Array<{ line: number; column: number }> }>;
  }>;
}

async function check(file: string, withLedger: boolean): Promise<{ code: number; report: JsonReport }> {
  const io = fakeIo();
  const code = await runCheck([join(dir, file)], { format: "json", ...(withLedger ? { ledger } : {}) }, io, "test");
  return { code, report: JSON.parse(io.out()) as JsonReport };
}

for (const [file, want] of Object.entries(expected.articles)) {
  describe(file, () => {
    test("against the ledger: verdicts and exit code", async () => {
      const { code, report } = await check(file, true);
      const got = Object.fromEntries(report.articles[0]!.verdicts.map((v) => [`${v.claim.line}:${v.claim.column}`, v.verdict]));
      expect(got).toEqual(want.withLedger.verdicts);
      expect(code).toBe(want.withLedger.exit);
    });
    test("alone: consistency findings and exit code", async () => {
      const { code, report } = await check(file, false);
      const got = Object.fromEntries(report.articles[0]!.consistency.map((f) => [`${f.claims[0]!.line}:${f.claims[0]!.column}`, [f.check, f.status]]));
      expect(got).toEqual(want.withoutLedger.consistency);
      expect(code).toBe(want.withoutLedger.exit);
    });
  });
}

describe("exit codes and --fail-on", () => {
  const contradict = join(dir, "contradict.txt");
  const inconsistent = join(dir, "inconsistent.txt");
  test("--fail-on inconsistent lets contradictions through; --fail-on contradicted lets inconsistencies through", async () => {
    expect(await main(["check", contradict, "--ledger", ledger, "--fail-on", "inconsistent"], fakeIo())).toBe(0);
    expect(await main(["check", inconsistent, "--fail-on", "contradicted"], fakeIo())).toBe(0);
    expect(await main(["check", inconsistent, "--fail-on", "contradicted,inconsistent"], fakeIo())).toBe(1);
  });
  test("--fail-on unknown fails on any claim the ledger cannot confirm", async () => {
    const agree = join(dir, "agree.txt");
    expect(await main(["check", agree, "--ledger", ledger, "--fail-on", "unknown"], fakeIo())).toBe(0);
    expect(await main(["check", agree, "--fail-on", "unknown"], fakeIo())).toBe(0); // no ledger, no verdicts
  });
  test("usage and input errors exit 2", async () => {
    const io = fakeIo();
    expect(await main(["check", contradict, "--ledger", join(dir, "missing.json")], io)).toBe(2);
    expect(io.err()).toMatch(/missing\.json: no such file/);
    const bad = fakeIo();
    expect(await main(["check", contradict, "--ledger", join(dir, "agree.txt")], bad)).toBe(2);
    expect(bad.err()).toMatch(/not a valid ledger/);
    expect(await main(["check", contradict, "--fail-on", "wrong"], fakeIo())).toBe(2);
    expect(await main(["check", contradict, "--format", "xml"], fakeIo())).toBe(2);
    expect(await main(["check", join(dir, "no-such-article.txt")], fakeIo())).toBe(2);
  });
  test("claims schema --ledger prints the ledger's JSON Schema", async () => {
    const io = fakeIo();
    expect(await main(["schema", "--ledger"], io)).toBe(0);
    const schema = JSON.parse(io.out()) as { properties: { facts: { items: { required: string[] } } } };
    expect(schema.properties.facts.items.required).toEqual(expect.arrayContaining(["subject", "kind", "value", "unit", "source"]));
  });
});
