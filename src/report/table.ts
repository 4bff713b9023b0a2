// --format table: for people. One block per document; colour only when asked (TTY, no NO_COLOR).
// Text from the article is stripped of control characters so an article cannot drive the terminal.

import { Chalk } from "chalk";
import type { Claim } from "../records/schema.js";
import type { Reporter, ReportOptions } from "./types.js";
import { formatFrench } from "../text/french-number.js";

const CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControl(s: string): string {
  return s.replace(CONTROL, "").replace(/[\t\n]/g, " ");
}

const SCALES: Array<[number, string]> = [[1e12, "billions"], [1e9, "milliards"], [1e6, "millions"]];

/** "6 milliards USD", "100 000 GPU", "12,5 %", "×4", "2025-FA (fin)". */
export function readableValue(c: Claim): string {
  if (c.value === null) return `? ${c.unit ?? ""}`.trim();
  if (typeof c.value === "string") return c.attributes.mod ? `${c.value} (${c.attributes.mod.toLowerCase()})` : c.value;
  if (c.unit === "x") return `×${formatFrench(c.value)}`;
  if (c.unit === "%") return `${formatFrench(c.value)} %`;
  if (["valuation", "funding", "money"].includes(c.kind)) {
    for (const [scale, word] of SCALES) if (Math.abs(c.value) >= scale) return `${formatFrench(c.value / scale)} ${word} ${c.unit}`;
  }
  return `${formatFrench(c.value)}${c.unit ? " " + c.unit : ""}`;
}

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + " ".repeat(width - s.length);
}

function clip(s: string, width: number): string {
  return s.length > width ? s.slice(0, width - 1) + "…" : s;
}

export function tableReporter(options: ReportOptions): Reporter {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let total = 0;
  return {
    begin: () => "",
    document(claims, report) {
      total += claims.length;
      const head = chalk.bold(stripControl(report.source)) + chalk.dim(`  ${claims.length} claim${claims.length === 1 ? "" : "s"}, lang ${report.lang}` +
        (report.refDate ? `, ref date ${report.refDate} (${report.refDateFrom})` : "") +
        (report.skipped.length ? `, ${report.skipped.length} segment(s) skipped` : "")) + "\n";
      if (!claims.length) return head + "\n";
      const rows = claims.map((c) => [
        `${c.line}:${c.column}`,
        c.kind,
        readableValue(c),
        c.qualifier === "exact" ? "" : c.qualifier,
        stripControl(c.subject ?? ""),
        clip(stripControl(c.text), 60) + (options.explain ? chalk.dim(`  [${c.rule}]`) : ""),
      ]);
      const header = ["line", "kind", "value", "qualifier", "subject", "text"];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 5 ? 0 : (r[i] as string).length))));
      const line = (cells: string[]) => cells.map((c, i) => (i === 5 ? c : pad(c, widths[i] as number))).join("  ").trimEnd();
      return head + chalk.dim(line(header)) + "\n" + rows.map((r) => line([r[0] as string, chalk.cyan(pad(r[1] as string, widths[1] as number)), ...r.slice(2)])).join("\n") + "\n\n";
    },
    end: (reports) => chalk.dim(`${total} claim${total === 1 ? "" : "s"} in ${reports.length} document${reports.length === 1 ? "" : "s"}`) + "\n",
  };
}
