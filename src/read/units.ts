// Files and standard input to units of work, streamed: a file is read in blocks, decoded, and cut
// into windows (windows.ts); an NDJSON stream is split into lines as bytes arrive. Nothing holds a
// whole big input, so a 1 GB file or stream runs in flat memory. Every problem is a unit too, so it is
// reported in input order and the run goes on.

import { open } from "node:fs/promises";
import type { ExtractJob } from "../extract-job.js";
import { findDocumentDate } from "../recognise/date.js";
import { createStreamDecoder } from "./decode.js";
import { parseNdjsonLine } from "./ndjson.js";
import { describe } from "./paths.js";
import { Windower, windowsOf, type TextWindow } from "./windows.js";

export type Unit =
  | {
      type: "job";
      job: ExtractJob;
      /** the document the job belongs to: its windows share it */
      source: string;
      part: number;
      last: boolean;
    }
  /** something the user should know about an input; `fails`: the run ends with exit code 2 */
  | { type: "problem"; source: string; message: string; fails: boolean; skipped: boolean }
  /** a remark on a document that is still read (an encoding guess) */
  | { type: "note"; source: string; message: string };

export interface ReadProgress {
  /** input bytes read so far */
  bytes: number;
}

/** Files up to this size are read in one go; bigger ones in blocks of BLOCK_BYTES. */
const WHOLE_FILE_BYTES = 4 << 20;
// Small blocks: a window is a slice of its block's decoded text and keeps all of it alive while the window's job
// waits, so on a 1 GB file 1 MB blocks kept some 12 MB of text live on the main thread, and V8 sizes the heap
// from what is live (peak RSS 284–290 MB against 244–247 MB with 128 KB blocks, interleaved 40 s runs).
const BLOCK_BYTES = 1 << 17;
/** An NDJSON line longer than this is reported and skipped, never buffered whole. */
export const MAX_LINE_BYTES = 256 << 20;

export type BlockSource = () => AsyncIterable<Uint8Array>;

export async function* readUnits(
  paths: string[],
  input: "text" | "ndjson",
  stdin: BlockSource,
  progress: ReadProgress,
): AsyncGenerator<Unit> {
  for (const path of paths) {
    const blocks = path === "-" ? stdin : () => fileBlocks(path);
    try {
      if (input === "ndjson") yield* ndjsonUnits(path, blocks(), progress);
      else yield* textUnits(path, blocks(), progress);
    } catch (e) {
      yield { type: "problem", source: path, message: describe(e), fails: true, skipped: true };
    }
  }
}

/** A file's bytes: small files in one read, big ones block by block. */
async function* fileBlocks(path: string): AsyncGenerator<Uint8Array> {
  const fh = await open(path, "r");
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (st.isFile() && st.size <= WHOLE_FILE_BYTES) {
      yield await fh.readFile();
      return;
    }
    for (;;) {
      const buffer = Buffer.allocUnsafe(BLOCK_BYTES);
      const { bytesRead } = await fh.read(buffer, 0, BLOCK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** One article per file: decoded block by block, cut into windows when long. */
async function* textUnits(source: string, blocks: AsyncIterable<Uint8Array>, progress: ReadProgress): AsyncGenerator<Unit> {
  const decoder = createStreamDecoder();
  const windower = new Windower();
  const document = new WindowedDocument(source, null, findDocumentDate);
  let noted = 0;
  const notes = function* (): Generator<Unit> {
    for (; noted < decoder.notes.length; noted++) yield { type: "note", source, message: decoder.notes[noted] as string };
  };
  for await (const block of blocks) {
    progress.bytes += block.length;
    const text = decoder.decode(block, false);
    if (decoder.binary) {
      yield { type: "problem", source, message: "binary file, skipped", fails: false, skipped: true };
      return;
    }
    yield* notes();
    for (const w of windower.push(text)) yield document.unit(w);
  }
  const rest = decoder.decode(new Uint8Array(0), true);
  if (decoder.binary) {
    yield { type: "problem", source, message: "binary file, skipped", fails: false, skipped: true };
    return;
  }
  yield* notes();
  for (const w of [...windower.push(rest), ...windower.end()]) yield document.unit(w);
}

/**
 * The jobs of one document's windows. A long document has one reference date, as if read whole: the
 * first window finds it (or the input gives it) and every later window gets it as its input date, so
 * a later window never mistakes its first line for the document's dateline.
 */
export class WindowedDocument {
  private date: string | null;
  constructor(private readonly source: string, inputDate: string | null, private readonly findDate: (text: string) => string | null) {
    this.date = inputDate;
  }

  unit(w: TextWindow): Unit {
    const { text, index, last, ...placement } = w;
    const whole = index === 0 && last;
    const job = { doc: { source: this.source, text, date: this.date }, window: whole ? null : placement };
    if (index === 0 && !last && this.date === null) this.date = this.findDate(text);
    return { type: "job", job, source: this.source, part: index, last };
  }
}

/** One article per line ({"id", "text", "date"?}); a bad line is reported with its number. */
async function* ndjsonUnits(path: string, blocks: AsyncIterable<Uint8Array>, progress: ReadProgress): AsyncGenerator<Unit> {
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  let lineNumber = 0;
  let sawBadUtf8 = false;
  for await (const line of splitLines(blocks, progress)) {
    lineNumber++;
    if (line === null) {
      yield { type: "problem", source: path, message: `line ${lineNumber}: longer than ${MAX_LINE_BYTES >> 20} MB, skipped`, fails: true, skipped: false };
      continue;
    }
    let bytes = line;
    if (lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (lineNumber === 1 && bytes.subarray(0, 8192).includes(0)) {
      yield { type: "problem", source: path, message: "binary file, skipped", fails: false, skipped: true };
      return;
    }
    const text = utf8.decode(bytes);
    if (!sawBadUtf8 && text.includes("\ufffd") && !Buffer.from(bytes).includes("\ufffd")) {
      sawBadUtf8 = true;
      yield { type: "note", source: path, message: `line ${lineNumber}: not valid UTF-8, bad sequences read as U+FFFD` };
    }
    const parsed = parseNdjsonLine(text, lineNumber, path);
    if (parsed.ok === "blank") continue;
    if (parsed.ok === false) {
      yield { type: "problem", source: path, message: parsed.message, fails: true, skipped: false };
      continue;
    }
    const { doc } = parsed;
    const document = new WindowedDocument(doc.source, doc.date ?? null, findDocumentDate);
    for (const w of windowsOf(doc.text)) yield document.unit(w);
  }
}

/**
 * Lines of a byte stream, split at "\n" (a "\r" before it is JSON whitespace). A line over
 * MAX_LINE_BYTES comes out as null and its bytes are dropped as they arrive.
 */
export async function* splitLines(blocks: AsyncIterable<Uint8Array>, progress: ReadProgress, maxLine = MAX_LINE_BYTES): AsyncGenerator<Uint8Array | null> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  for await (const block of blocks) {
    progress.bytes += block.length;
    let start = 0;
    for (let nl = block.indexOf(10); nl >= 0; nl = block.indexOf(10, start)) {
      const piece = block.subarray(start, nl);
      start = nl + 1;
      if (tooLong || pendingBytes + piece.length > maxLine) yield null;
      else yield pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingBytes = 0;
      tooLong = false;
    }
    const rest = block.subarray(start);
    if (tooLong) continue;
    if (pendingBytes + rest.length > maxLine) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
    } else if (rest.length) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (tooLong) yield null;
  else if (pendingBytes) yield Buffer.concat(pending);
}
