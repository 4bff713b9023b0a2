// Issue 5/6, big input: long texts are read in windows (src/read/windows.ts) and decoded block by
// block (src/read/decode.ts). Small windows here stand in for the 1 MB ones: the same code paths,
// in milliseconds. The 1 GB and 10 MB-line runs themselves are in `npm run bench`.
import { describe, expect, test } from "vitest";
import { runJob } from "../../src/extract-job.js";
import { extractDocument } from "../../src/pipeline.js";
import { completeUtf8Length, createStreamDecoder } from "../../src/read/decode.js";
import { findDocumentDate } from "../../src/recognise/date.js";
import { splitLines, WindowedDocument } from "../../src/read/units.js";
import { findCut, Windower, windowsOf } from "../../src/read/windows.js";
import { indexLines } from "../../src/text/lines.js";
import { ARTICLE } from "./helpers.js";

/** Claims of a text read window by window, as the CLI reads a long file. */
function windowedClaims(text: string, size: number, context: number) {
  const document = new WindowedDocument("big", null, findDocumentDate);
  return windowsOf(text, size, context).flatMap((w) => {
    const unit = document.unit(w);
    return unit.type === "job" ? runJob(unit.job, { lang: "fr" }).claims : [];
  });
}

const key = (c: { kind: string; value: unknown; span: { start: number; end: number } }) => `${c.kind}:${c.value}@${c.span.start}-${c.span.end}`;

describe("windows", () => {
  test("cover the text exactly once, in order, with the right lines and columns", () => {
    const text = (ARTICLE + "Une ligne\r\nune autre\rencore une. ").repeat(40);
    const lines = indexLines(text);
    for (const [size, context] of [[300, 64], [1000, 100], [97, 20]] as const) {
      const ws = windowsOf(text, size, context);
      let next = 0;
      for (const w of ws) {
        expect(w.offset + w.keepStart).toBe(next);
        next = w.offset + w.keepEnd;
        expect(text.slice(w.offset, w.offset + w.text.length)).toBe(w.text);
        expect({ line: w.line, column: w.column }).toEqual(lines.locate(w.offset));
      }
      expect(next).toBe(text.length);
      expect(ws.at(-1)?.last).toBe(true);
    }
  });

  test("a text shorter than a window is one window: the document itself", () => {
    const ws = windowsOf(ARTICLE);
    expect(ws).toHaveLength(1);
    expect(ws[0]?.text).toBe(ARTICLE);
  });

  test("cuts at a line break when there is one, else at a blank, never inside a surrogate pair", () => {
    expect(findCut("aaaa\nbbbb cccc", 2, 12)).toEqual({ at: 5, clean: true });
    expect(findCut("aaaa\rbbbb", 2, 8)).toEqual({ at: 5, clean: true });
    expect(findCut("aaaa bbbbbb", 2, 9)).toEqual({ at: 5, clean: false });
    expect(findCut("aaaa😀bb", 2, 5)).toEqual({ at: 4, clean: false });
    expect(findCut("aaaa😀bb", 2, 6)).toEqual({ at: 6, clean: false });
  });

  test("a multi-line text read in windows gives the claims of the whole text", () => {
    const text = ARTICLE.repeat(30);
    const whole = extractDocument({ source: "big", text }, { lang: "fr" }).claims;
    const windowed = windowedClaims(text, 2000, 256);
    expect(windowed.map(key)).toEqual(whole.map(key));
    for (const c of windowed) {
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      expect({ line: c.line, column: c.column }).toEqual(indexLines(text).locate(c.span.start));
      expect(c.id).toBe(`big#${c.span.start}-${c.span.end}`);
    }
  });

  test("one long line (a 10 MB line in small): claims across a cut are found once, whole", () => {
    const text = ARTICLE.replace(/\n/g, " ").repeat(60);
    const whole = extractDocument({ source: "big", text }, { lang: "fr" }).claims;
    // windows of 997 characters cut the text at many places, including inside claims
    const windowed = windowedClaims(text, 997, 300);
    expect(windowed.map(key)).toEqual(whole.map(key));
    for (const c of windowed) expect(c.line).toBe(1);
  });

  test("streamed in pieces of any size, the windows are the same", () => {
    const text = ARTICLE.repeat(20);
    const once = windowsOf(text, 500, 50);
    const w = new Windower(500, 50);
    const streamed = [];
    for (let i = 0; i < text.length; i += 37) streamed.push(...w.push(text.slice(i, i + 37)));
    streamed.push(...w.end());
    expect(streamed).toEqual(once);
  });
});

describe("streamed decoding", () => {
  const decodeInBlocks = (bytes: Uint8Array, size: number) => {
    const d = createStreamDecoder();
    let out = "";
    for (let i = 0; i < bytes.length; i += size) out += d.decode(bytes.subarray(i, i + size), false);
    return { text: out + d.decode(new Uint8Array(0), true), notes: d.notes, binary: d.binary };
  };

  test("multi-byte characters split across blocks decode as in one piece; the BOM goes", () => {
    const bytes = Buffer.from("\ufeff" + ARTICLE + "😀 «€» ".repeat(50));
    for (const size of [1, 2, 3, 5, 64, 4096]) expect(decodeInBlocks(bytes, size)).toEqual({ text: ARTICLE + "😀 «€» ".repeat(50), notes: [], binary: false });
  });

  test("a U+FEFF after the start is text, not a BOM", () => {
    const bytes = Buffer.from("ab\ufeffcd");
    expect(decodeInBlocks(bytes, 2).text).toBe("ab\ufeffcd");
  });

  test("not UTF-8 at the start: Windows-1252 for the whole stream", () => {
    const r = decodeInBlocks(Buffer.concat([Buffer.from("levé à 5 ", "latin1"), Buffer.from([0x80])]), 3);
    expect(r.notes).toEqual(["not valid UTF-8: decoded as Windows-1252"]);
    expect(r.text).toBe("levé à 5 €"); // 0x80 is the euro sign in Windows-1252
  });

  test("a bad sequence later in a UTF-8 stream becomes U+FFFD, noted once", () => {
    const bytes = Buffer.concat([Buffer.from("é".repeat(5000)), Buffer.from([0xff]), Buffer.from("é")]);
    const r = decodeInBlocks(bytes, 4096);
    expect(r.text).toBe("é".repeat(5000) + "\ufffd" + "é");
    expect(r.notes).toHaveLength(1);
  });

  test("NUL in the first block: binary", () => {
    expect(decodeInBlocks(Buffer.from([65, 0, 66]), 2).binary).toBe(true);
  });

  test("completeUtf8Length keeps an incomplete character for the next block", () => {
    const e = Buffer.from("aé"); // 61 C3 A9
    expect(completeUtf8Length(e.subarray(0, 2))).toBe(1);
    expect(completeUtf8Length(e)).toBe(3);
  });
});

describe("NDJSON lines from blocks", () => {
  async function lines(blocks: string[], max?: number) {
    const out: Array<string | null> = [];
    async function* source() {
      for (const b of blocks) yield Buffer.from(b);
    }
    for await (const l of splitLines(source(), { bytes: 0 }, max)) out.push(l === null ? null : Buffer.from(l).toString());
    return out;
  }

  test("lines split across blocks, a last line without a newline", async () => {
    expect(await lines(['{"a":', '1}\n{"b"', ":2}\n\n", '{"c":3}'])).toEqual(['{"a":1}', '{"b":2}', "", '{"c":3}']);
  });

  test("an over-long line is dropped as it streams, the next one is read", async () => {
    expect(await lines(["x".repeat(10), "y".repeat(10), "\nok\n"], 15)).toEqual([null, "ok"]);
  });
});

describe("windows bound the lines too", () => {
  test('"\\n1," × 3000 is cut every 500 lines, at line breaks', () => {
    const text = "\n1,".repeat(3000);
    const ws = windowsOf(text);
    expect(ws.length).toBe(7); // 6 × 500 line breaks, then the last "1,"
    for (const w of ws) expect(w.text.split("\n").length - 1).toBeLessThanOrEqual(500);
    expect(ws.map((w) => w.text).join("")).toBe(text);
  });
});
