// What a corpus cannot say: the document's own date (header zone only), the mention invariants
// (sorted, non-overlapping, spans inside the text), and that pathological input stays fast.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { findDocumentDate, recogniseDates } from "../src/recognise/date.js";

describe("findDocumentDate", () => {
  test.each([
    [" date 2024-05 Le mois de mai a été riche en annonces.", "2024-05"],
    ["Date: 2024-05-27\nTitre", "2024-05-27"],
    ["Elon Musk lève 6 milliards\nPublié le 27 mai 2024 à 10h30\nLe fondateur...", "2024-05-27"],
    ["Titre\nMis à jour le 03/06/2024\nCorps", "2024-06-03"],
    ["Titre\nPublié le 27/05/2024 à 10h30, mis à jour le 28/05/2024 à 08h00", "2024-05-27"],
    ["Paris, le 12 mars 2024 — Le gouvernement a présenté son plan.", "2024-03-12"],
    ["Lundi 27 mai 2024\nLe fondateur de Tesla...", "2024-05-27"],
    ["Par Jean Dupont\nPublié le lundi 27 mai 2024\n", "2024-05-27"],
    ["Les marchés reculent\nChapeau de l'article.\nPar Sophie Leroy le 14/03/2025 à 7h05\nCorps", "2025-03-14"],
    ["Titre\nLe Journal du Net | Télécoms | Par Marc Aubert | 12 févr. 2025 18:40\nCorps", "2025-02-12"],
    ["Titre\nPar Anne-Laure de Villiers, le 3 juin 2024\nCorps", "2024-06-03"],
    ["Aix-en-Provence, le 4 avril 2024 — La cour a tranché.", "2024-04-04"],
    ["Le Havre, le 5 avril 2024. Le port a rouvert.", "2024-04-05"],
    ["Titre\n\nPARIS, 9 septembre 2025 (AFP) — La start-up a annoncé une levée.", "2025-09-09"],
    ["WASHINGTON, 3 mars 2025 (Reuters) - Le groupe a publié ses comptes.", "2025-03-03"],
    // a byline closed by a full stop, a dateline without "le" that is the whole line
    ["Titre\nChapeau.\nPar Vincent Morel. Le 31 octobre 2025 à 06h00\nCorps", "2025-10-31"],
    ["Titre\nBordeaux, vendredi 13 février 2026.\nLes élus ont voté.", "2026-02-13"],
    ["Titre\nLyon, 4 mars 2025 —\nLes élus ont voté.", "2025-03-04"],
    // the date first, then the author's name
    ["Titre\n22 avril 2026 | Héloïse Picard\nLa compagnie a transporté 2,3 millions de passagers.", "2026-04-22"],
    // a bullet or a hyphen between the author and the date
    ["Titre\nPar Élodie Carrasco - Le 07/04/2026 à 10:42\nCorps", "2026-04-07"],
    ["Titre\nPar Théo Lavergne • 4 mars 2026\nLa start-up a bouclé en novembre une série B.", "2026-03-04"],
    ["Titre\nFabien Couderc • 26 janvier 2026\nCorps", "2026-01-26"],
    // a country in brackets after the wire city; a place between the author and the date
    ["Titre\nSEATTLE (Etats-Unis), 12 janvier 2026 (AFP) - Le groupe a annoncé une levée.", "2026-01-12"],
    ["Titre\nPar Marc Aubert, à Berlin - 14/05/2025, 08:15\nCorps", "2025-05-14"],
    // a header line cut into parts by bars, bullets or dashes, one of them the date (and a time)
    ["Titre\nMélodie Gauvreau | Le Devoir | 14 janvier 2027 | 5 h 00\nCorps", "2027-01-14"],
    ["Titre\nPar Perrine Quintard • Le Figaro Économie • 28 octobre 2026, 12:14 (mis à jour à 18:37)\nCorps", "2026-10-28"],
    ["Titre\nGaspard Royère, L'Usine Digitale — mardi 24/11/2026, 16:48\nCorps", "2026-11-24"],
    ["Titre\nPar Killian Bellocq, correspondant à Thionville — Le Parisien, le 9 février 2027 à 06h30\nCorps", "2027-02-09"],
    ["Titre\nL'Echo - 25/02/2027 07:15 - Lieve Vanhoutte\nCorps", "2027-02-25"],
    ["Titre\nPar Romy Kremer · 20.05.2027 · 11h05\nCorps", "2027-05-20"],
    ["Titre\nAline Chappuis | Jeudi, 10 juin 2027 | L'Agefi\nCorps", "2027-06-10"],
    // an update time (or day and time) after the publication time, without brackets
    ["Titre\nPar Marceau Daumier | Le 16/06/2027 à 11:20, mis à jour à 14:05 | BFM Business\nCorps", "2027-06-16"],
    ["Titre\nPar Inès Vautrin | 03/02/2027 à 9h12, mis à jour à 10h | Capital\nCorps", "2027-02-03"],
  ])("%j -> %s", (text, want) => {
    expect(findDocumentDate(text)).toBe(want);
  });

  test.each([
    ["L'Insee a publié le 12 mars 2023 un rapport sur l'inflation."],
    ["Titre\n\nPremier paragraphe.\nDeuxième.\nTroisième.\nQuatrième.\nCinquième.\nSixième.\nPublié le 27 mai 2024"],
    ["Musk a cofondé OpenAI en 2015, mais l'a quitté en 2018."],
    ["PARIS, 9 septembre 2025, la ville a fêté ses champions."],
    ["Publié le 27 mai à 10h30"],
    ["Titre\nPar Sophie Leroy\nLe conseil s'est réuni le 14/03/2025 à Paris."],
    ["Par décret du 3 mars 2024, le gouvernement a fixé le taux."],
    ["Par ailleurs, le 12 mars 2024, la société a levé 3 millions d'euros."],
    ["Titre\nPar Sophie Leroy le 14/03/2025, la banque a relevé ses taux."],
    ["En France, 2024 a été une année record pour les levées."],
    ["Titre\nLyon, 4 mars 2025, la ville a voté son budget."],
    ["Titre\nPar Marc Aubert, à Berlin le 14/05/2025 la banque a relevé ses taux."],
    ["SEATTLE (Etats-Unis), 12 janvier 2026, la ville a fêté ses champions."],
    // a part with more than the date is a sentence, not a header
    ["Titre\nLe conseil — réuni le 14/03/2025 à 10 h 30 pour 3 heures — a voté.\nCorps"],
    ["Titre\nLa banque | a relevé le 14/03/2025 ses taux de 2 %\nCorps"],
    [""],
  ])("nothing in %j", (text) => {
    expect(findDocumentDate(text)).toBeNull();
  });

  test("the seeds: only 004 states its date", () => {
    const seeds = join(import.meta.dirname, "..", "seeds");
    const found = Object.fromEntries(readdirSync(seeds).sort().map((f) => [f.slice(0, 3), findDocumentDate(readFileSync(join(seeds, f), "utf8"))]));
    expect(found).toEqual({ "000": null, "001": null, "002": null, "003": null, "004": "2024-05" });
  });
});

describe("recogniseDates invariants", () => {
  test("mentions are sorted, disjoint and inside the text", () => {
    const seeds = join(import.meta.dirname, "..", "seeds");
    for (const f of readdirSync(seeds)) {
      const text = readFileSync(join(seeds, f), "utf8");
      const mentions = recogniseDates(text, { refDate: "2024-05-27" });
      let end = 0;
      for (const m of mentions) {
        expect(m.start).toBeGreaterThanOrEqual(end);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        end = m.end;
      }
    }
  });

  test("no reference: relative dates are dropped, month names keep XXXX", () => {
    const got = recogniseDates("Hier, il a annoncé qu'en mars il lancerait un produit.", {});
    expect(got.map((m) => m.value)).toEqual(["XXXX-03"]);
  });

  test("a reference at month precision still places months", () => {
    const got = recogniseDates("Le mois de mai a été riche ; l'automne 2025 sera décisif.", { refDate: "2024-05" });
    expect(got.map((m) => [m.value, m.anchor])).toEqual([["2024-05", "reference"], ["2025-FA", "explicit"]]);
  });

  test("pathological input stays linear", () => {
    const inputs = [
      "1 ".repeat(20000),
      "le ".repeat(20000) + "x",
      "12/".repeat(20000),
      "début de ".repeat(10000),
      "lundi ".repeat(10000),
      "il y a ".repeat(10000),
      "2024-".repeat(10000),
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      recogniseDates(input, { refDate: "2024-05-27" });
      expect(performance.now() - t0, input.slice(0, 20)).toBeLessThan(2000);
    }
  });
});

test("a year tail ends at a word boundary: '\\p' and '\\d' kept their backslashes in the pattern's template string", async () => {
  const { YEAR_TAIL } = await import("../src/recognise/date-absolute.js");
  const tail = new RegExp(`^${YEAR_TAIL}`, "iu");
  expect(tail.test(" de cette année.")).toBe(true);
  expect(tail.test(" de cette annéeX")).toBe(false); // the broken class [p{L}p{N}] let any other letter through
  expect(tail.test(" de cette année-là")).toBe(false);
});
