// One unit of work, the same whether it runs inline or in a worker thread: a document, or one window
// of a long document, in; its claims with offsets, lines and ids in the whole document out.
// A rule that throws costs this document only: the error comes back in the report.

import { extractDocument, type DocumentInput, type DocumentResult, type ExtractOptions } from "./pipeline.js";
import { respan } from "./text/normalise.js";
import type { WindowPlacement } from "./read/windows.js";

export interface ExtractJob {
  doc: DocumentInput;
  /** null: the document is whole; else where this window sits in it */
  window: WindowPlacement | null;
}

export function runJob(job: ExtractJob, options: ExtractOptions): DocumentResult {
  let result: DocumentResult;
  // The pipeline drops a leading U+FEFF as a BOM; inside a long text it is a character, so a window
  // starting on one reads it as a blank of the same length and keeps its offsets.
  const doc = job.window && job.doc.text.charCodeAt(0) === 0xfeff ? { ...job.doc, text: " " + job.doc.text.slice(1) } : job.doc;
  try {
    result = extractDocument(doc, options);
  } catch (e) {
    const message = `internal error, document skipped: ${(e as Error)?.message ?? String(e)}`;
    return {
      claims: [],
      report: { source: job.doc.source, lang: "und", refDate: null, refDateFrom: "none", chars: job.doc.text.length, claims: 0, skipped: [], error: message },
    };
  }
  return job.window ? placeWindow(result, job.window) : result;
}

/** Keeps the claims the window owns and moves them (and its skipped segments) into the whole text. */
export function placeWindow(result: DocumentResult, w: WindowPlacement): DocumentResult {
  const owned = (start: number) => start >= w.keepStart && start < w.keepEnd;
  const line = (l: number) => w.line + l - 1;
  const column = (l: number, c: number) => (l === 1 ? w.column + c - 1 : c);
  const claims = result.claims.filter((c) => owned(c.span.start)).map((c) => {
    const span = { start: c.span.start + w.offset, end: c.span.end + w.offset };
    return { ...c, id: respan(c.id, span), span, line: line(c.line), column: column(c.line, c.column) };
  });
  const skipped = result.report.skipped.filter((s) => owned(s.span.start)).map((s) => ({
    ...s, span: { start: s.span.start + w.offset, end: s.span.end + w.offset }, line: line(s.line),
  }));
  return { claims, report: { ...result.report, chars: w.keepEnd - w.keepStart, claims: claims.length, skipped } };
}
