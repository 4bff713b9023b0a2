// Summarises a V8 .cpuprofile (node --cpu-prof): top functions by self and by inclusive time.
// Usage: node --cpu-prof --cpu-prof-dir=DIR bin/claims.js extract ... ; node bench/profile-summary.mjs DIR [N]
import { readFileSync, readdirSync } from "node:fs";

const dir = process.argv[2];
const limit = Number(process.argv[3] ?? 30);
const file = readdirSync(dir).filter((x) => x.endsWith(".cpuprofile")).sort().pop();
const profile = JSON.parse(readFileSync(`${dir}/${file}`, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;

const sampled = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  sampled.set(id, (sampled.get(id) ?? 0) + dt);
  total += dt;
});
const self = new Map();
const inclusive = new Map();
for (const [id, t] of sampled) {
  const k = name(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = name(byId.get(cur));
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + t);
  }
}
const print = (title, m) => {
  console.log(`--- ${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, limit))
    console.log(`${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
};
print("self", self);
print("inclusive", inclusive);
