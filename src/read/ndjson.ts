// --input ndjson: each line {"id": "...", "text": "...", "date": "YYYY-MM-DD"?} is one document.
// A bad line is reported with its number and skipped; the others go on.

import type { DocumentInput } from "../pipeline.js";

export type NdjsonLine = { ok: true; doc: DocumentInput } | { ok: false; message: string } | { ok: "blank" };

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function parseNdjsonLine(line: string, lineNumber: number, sourcePrefix: string): NdjsonLine {
  if (!line.trim()) return { ok: "blank" };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, message: `line ${lineNumber}: not JSON (${(e as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, message: `line ${lineNumber}: not a JSON object` };
  const o = value as Record<string, unknown>;
  if (typeof o.text !== "string") return { ok: false, message: `line ${lineNumber}: no "text" string` };
  const id = typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : `${sourcePrefix}:${lineNumber}`;
  let date: string | null = null;
  if (o.date !== undefined && o.date !== null) {
    const d = String(o.date).slice(0, 10);
    if (!DATE.test(d)) return { ok: false, message: `line ${lineNumber}: "date" must be YYYY-MM-DD, got ${JSON.stringify(o.date)}` };
    date = d;
  }
  return { ok: true, doc: { source: id, text: o.text, date } };
}
