// Bytes to text, like ripgrep treats files: NUL bytes mean binary (skipped with a note); valid UTF-8
// is decoded (BOM kept for the pipeline to drop); anything else is read as Windows-1252 and said so.
// Big files are decoded block by block (createStreamDecoder) so memory stays flat.

import { isUtf8 } from "node:buffer";

export type Decoded = { kind: "text"; text: string; note?: string } | { kind: "binary" };

// ignoreBOM: every block is a fresh decode() call, and a BOM-like U+FEFF inside the file is text.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Windows-1252, by hand: Node 20's TextDecoder("windows-1252") decodes as Latin-1, which turns the
 * bytes French text needs most (0x92 ’, 0x80 €, 0x9C œ, 0x85 …, 0x96 –) into C1 control characters.
 */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] as string);
}
const cp1252 = { decode: decodeWindows1252 };

/** ripgrep looks for a NUL in the first bytes; so do we. */
const SNIFF_BYTES = 8192;

export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return { kind: "binary" };
  if (isUtf8(bytes)) return { kind: "text", text: utf8Lenient.decode(bytes) };
  return { kind: "text", text: cp1252.decode(bytes), note: "not valid UTF-8: decoded as Windows-1252" };
}

/**
 * Where the last complete UTF-8 character of `bytes` ends: a block cut mid-character keeps the
 * lead byte and its continuations for the next block ("é" = C3 A9 split as C3 | A9).
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const b = bytes[n - back] as number;
    if (b < 0x80) return n; // ASCII: everything before is complete
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return back >= need ? n : n - back;
    }
  }
  return n; // only continuation bytes: invalid anyway, let the decoder judge
}

export interface StreamDecoder {
  /** text of the next block (the tail of an incomplete character waits for the next call) */
  decode(bytes: Uint8Array, final: boolean): string;
  /** set after the first block when it holds a NUL byte */
  binary: boolean;
  /** what the decoder had to guess, for a note on stderr */
  notes: string[];
}

/**
 * Decodes a stream block by block. The first 8 KB decide: NUL -> binary; not UTF-8 -> the whole
 * stream is Windows-1252. A later invalid UTF-8 sequence is replaced by U+FFFD (and noted once), so
 * every record still slices back to the text the pipeline saw. A leading BOM is dropped here: the
 * contract's offsets count from after it.
 */
export function createStreamDecoder(): StreamDecoder {
  let pending: Uint8Array = new Uint8Array(0);
  let first = true;
  let encoding: "utf-8" | "windows-1252" = "utf-8";
  let bytesSeen = 0;
  const state: StreamDecoder = {
    binary: false,
    notes: [],
    decode(bytes, final) {
      let block = pending.length ? concat(pending, bytes) : bytes;
      if (first) {
        // Decide on a full sniff, however small the blocks (a pipe may deliver a few bytes at a time).
        if (block.length < SNIFF_BYTES && !final) {
          pending = block.slice();
          return "";
        }
        first = false;
        if (looksBinary(block)) {
          state.binary = true;
          return "";
        }
        if (!isUtf8(block.subarray(0, final ? block.length : completeUtf8Length(block)))) {
          encoding = "windows-1252";
          state.notes.push("not valid UTF-8: decoded as Windows-1252");
        }
        if (encoding === "utf-8" && block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf) block = block.subarray(3);
      }
      if (encoding === "windows-1252") {
        pending = new Uint8Array(0);
        return cp1252.decode(block);
      }
      const cut = final ? block.length : completeUtf8Length(block);
      pending = block.slice(cut);
      const body = block.subarray(0, cut);
      const at = bytesSeen;
      bytesSeen += cut;
      try {
        return utf8.decode(body);
      } catch {
        if (!state.notes.some((n) => n.startsWith("invalid UTF-8")))
          state.notes.push(`invalid UTF-8 after byte ${at}: bad sequences read as U+FFFD`);
        return utf8Lenient.decode(body);
      }
    },
  };
  return state;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
