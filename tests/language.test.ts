import { describe, expect, test } from "vitest";
import { detectLanguage, labelSentences, voteByFunctionWords } from "../src/text/language.js";
import { splitSentences } from "../src/text/sentences.js";

describe("language", () => {
  test("franc names the language of a long text", () => {
    expect(detectLanguage("Le fondateur de Tesla et SpaceX a annoncé avoir bouclé un tour de table de six milliards de dollars pour sa start-up.")).toBe("fr");
    expect(detectLanguage("Scorer Wednesday night in Strasbourg in the championship, Khelifi was again decisive in Bourges, said the coach.")).toBe("en");
  });
  test("function words decide short segments that trigram models misread", () => {
    expect(voteByFunctionWords("200% Deposit Bonus up to €3,000 180% First Deposit Bonus up to $20,000")).toBe("en");
    expect(voteByFunctionWords("Colossus a été inauguré en septembre.")).toBe("fr");
    expect(voteByFunctionWords("0 𝕏")).toBeNull();
  });
  test("an English ad glued to a French paragraph is labelled English, the French around it French", () => {
    const t = "Le modèle se distingue de la concurrence.\n200% Deposit Bonus up to €3,000 180% First Deposit Bonus up to $20,000À sa sortie, ses performances étaient moindres que celles des autres.";
    const s = splitSentences(t);
    expect(labelSentences(t, s, "fr").map((v) => v.lang)).toEqual(["fr", "en", "fr"]);
  });
});
