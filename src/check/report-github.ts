// --format github: workflow commands GitHub Actions turns into annotations on the pull request.
// `::error file=a.txt,line=4,col=1442,endColumn=1465,title=claims%3A contradicted::message`
// Escaping follows actions/toolkit (packages/core/src/command.ts), which the runner undoes in
// ActionCommand.TryParseV2: data escapes % CR LF; property values also escape : and ,.

import type { ArticleCheck } from "./check-article.js";
import { listFindings } from "./findings.js";
import type { CheckReportOptions } from "./reporters.js";

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function workflowCommand(command: "error" | "warning" | "notice", properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command}${props ? " " + props : ""}::${escapeData(message)}`;
}

/** GitHub wants the path from the repository root with forward slashes: "./articles/a.txt" -> "articles/a.txt". */
export function repoPath(source: string): string {
  return source.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}

export function formatGithub(results: readonly ArticleCheck[], o: CheckReportOptions): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) {
      lines.push(workflowCommand("error", { file: repoPath(r.source), title: "claims: unreadable article" }, r.error));
      continue;
    }
    for (const f of listFindings(r, o.failOn)) {
      if (f.level === "note") continue;
      const c = f.claim;
      const props: Record<string, string | number> = { file: repoPath(r.source), line: c.line, col: c.column };
      if (!/[\r\n]/.test(c.text)) props.endColumn = c.column + c.text.length;
      props.title = `claims: ${f.rule.replace("/", " (") + (f.rule.includes("/") ? ")" : "")}`;
      lines.push(workflowCommand(f.level, props, f.message));
    }
  }
  return lines.map((l) => l + "\n").join("");
}
