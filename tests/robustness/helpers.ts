// Runs the CLI in-process (main(argv, io)) with a fake Io: stdout and stderr as strings, stdin as bytes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli.js";
import { runJob } from "../../src/extract-job.js";
import type { Io } from "../../src/io.js";
import type { ExtractOptions } from "../../src/pipeline.js";
import { WindowedDocument } from "../../src/read/units.js";
import { windowsOf } from "../../src/read/windows.js";
import type { Claim } from "../../src/records/schema.js";
import { findDocumentDate } from "../../src/recognise/date.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], stdin: Uint8Array | string = "", env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (s: string | Uint8Array) => ((stdout += typeof s === "string" ? s : Buffer.from(s).toString()), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    readStdin: async () => (typeof stdin === "string" ? Buffer.from(stdin) : stdin),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env,
    cpus: 1,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** NDJSON output to records. */
export function records(stdout: string): Array<Record<string, any>> {
  return stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "claims-test-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const ARTICLE =
  "Paris, le 27 mai 2024 — La start-up xAI a levé 6 milliards de dollars. Son supercalculateur Colossus regroupera 100 000 puces Nvidia H100.\n" +
  "L'entreprise est valorisée 24 milliards de dollars, soit quatre fois plus qu'en 2023. Ses revenus ont crû de 12,5 % en mars.\n";

/** Units adversarial strings are made of: long runs of digits, blanks, separators, scale words, quotes. */
export const ATTACK_UNITS = [
  "1", "12 ", "1 000 ", "1,", "1.", "1/", "1-", " ", "\u00a0", "\u202f", "\t", "\n", "a", "A", "é", "Ab ", "aa-",
  "milliards ", "milliard de ", "de ", "d'", "d’", "« ", "\"", "'", "’", ".", ",", "-", "—", "M. ", "Mds", "mille ",
  "cent ", "vingt-", "et ", "le ", "en ", "X", "e", "%", "$", "€", "(", ")", "1er ", "H100 ", "GPT-4",
];

/** The claims of a text as the CLI reads a file: in windows (read/windows.ts), each a job. */
export function extractAsCli(text: string, options: ExtractOptions = {}, source = "x"): Claim[] {
  const document = new WindowedDocument(source, null, findDocumentDate);
  return windowsOf(text).flatMap((w) => {
    const unit = document.unit(w);
    return unit.type === "job" ? runJob(unit.job, options).claims : [];
  });
}
