// Entity finding reads names at word starts (see src/context/word-starts.ts); around astral characters
// (emoji, mathematical letters: a surrogate pair each) the word boundaries must still be those of the patterns.
import { expect, test } from "vitest";
import { findEntities } from "../src/context/entities.js";

const names = (text: string) => findEntities(text).map((e) => [e.name, text.slice(e.start, e.end)]);

test("a learned name is found again after an emoji, not glued to an astral letter", () => {
  const text = "La start-up française Poolside lève 500 millions. 🚀Poolside vaut 3 milliards. 𝐀Poolside n'est pas un nom.";
  expect(names(text).filter(([n]) => n === "Poolside")).toHaveLength(2);
});

test("surnames of a full name are people afterwards, whole words only", () => {
  const text = "Arthur Mensch a cofondé Mistral AI. Mensch a annoncé 600 millions. Menschen n'en est pas un.";
  const people = findEntities(text).filter((e) => e.type === "person").map((e) => text.slice(e.start, e.end));
  expect(people).toEqual(["Arthur Mensch", "Mensch"]);
});

test("names open on a capital or an inner capital beside astral characters", () => {
  const text = "📈 xAI lève 6 milliards 💰 et 🇫🇷 Mistral AI suit.";
  expect(names(text).map(([n]) => n)).toEqual(expect.arrayContaining(["xAI", "Mistral AI"]));
});
