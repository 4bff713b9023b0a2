// Bytes to text, like ripgrep treats files: NUL bytes mean binary (skipped with a note); valid UTF-8
// is decoded (BOM kept for the pipeline to drop); anything else is read as Windows-1252 and said so.

export type Decoded = { kind: "text"; text: string; note?: string } | { kind: "binary" };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

export function decodeBytes(bytes: Uint8Array): Decoded {
  const sniff = bytes.subarray(0, 8192);
  if (sniff.includes(0)) return { kind: "binary" };
  try {
    return { kind: "text", text: utf8.decode(bytes) };
  } catch {
    return { kind: "text", text: cp1252.decode(bytes), note: "not valid UTF-8: decoded as Windows-1252" };
  }
}
