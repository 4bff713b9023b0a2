// The peers of issue 6 on a sample of the corpus: chrono-node's French parser (dates only) and
// Microsoft Recognizers-Text French number recognition, article by article, with their load time.
// Usage: node bench/peers.mjs chrono|recognizers FILE.ndjson MAX_BYTES -> {bytes, results, seconds, loadSeconds}
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [peer, file, maxBytes] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const articles = [];
let bytes = 0;
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line || bytes >= Number(maxBytes)) continue;
  const { text } = JSON.parse(line);
  articles.push(text);
  bytes += Buffer.byteLength(text);
}
const t0 = performance.now();
let parse;
if (peer === "chrono") {
  const chrono = require("chrono-node");
  const ref = new Date("2024-05-27T12:00:00Z");
  parse = (text) => chrono.fr.parse(text, ref).length;
} else {
  const { recognizeNumber, Culture } = require("@microsoft/recognizers-text-number");
  parse = (text) => recognizeNumber(text, Culture.French).length;
}
const loadSeconds = (performance.now() - t0) / 1000;
const t1 = performance.now();
let results = 0;
for (const text of articles) results += parse(text);
console.log(JSON.stringify({ bytes, results, seconds: (performance.now() - t1) / 1000, loadSeconds }));
