#!/usr/bin/env node
// Builds devset2/gold.json from the compact annotations below.
// Each item names its text; the line and per-line occurrence are found in the article
// (spaces in the annotation match any space incl. NBSP/NNBSP, ' matches ' or ’).
// `n` picks the n-th (0-based) match of that text in the whole document.
//   node devset2/make-gold.mjs   (from /work/main)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const CUR = [[/dollar|\$/i, "USD"], [/euro|€/i, "EUR"], [/livre/i, "GBP"], [/franc/i, "CHF"], [/yuan/i, "CNY"]];
const DEFAULT_UNIT = { gpu_count: "GPU", percent: "%", ratio: "x", date: null };
const MONEY = new Set(["money", "valuation", "funding"]);

function item(kind, value, text, o = {}) {
  let unit = o.u !== undefined ? o.u : DEFAULT_UNIT[kind];
  if (unit === undefined && MONEY.has(kind)) unit = CUR.find(([re]) => re.test(text))?.[1];
  if (unit === undefined && MONEY.has(kind)) throw new Error(`no currency for ${text}`);
  return { kind, value, unit: unit ?? null, text, n: o.n ?? 0, q: o.q === undefined ? "exact" : o.q, s: o.s, a: o.a };
}
const c = (kind, value, text, o) => ({ ...item(kind, value, text, o), role: "claim" });
const opt = (kind, value, text, o) => ({ ...item(kind, value, text, o), role: "optional" });
const neg = (text, why, n = 0) => ({ text, why, n, role: "negative" });
const alt = (y, rest) => [`${y}${rest}`, `XXXX${rest}`];

const docs = [
  ["01_nvidia_t3_afp.txt", "2024-11-20", [
    opt("date", null, "troisième trimestre"),
    opt("date", "2024-11-20", "20 novembre 2024"),
    opt("date", "2024-11-20", "mercredi"),
    c("date", alt(2024, "-10"), "fin octobre", { s: "Nvidia", a: { mod: "END" } }),
    c("money", 35.1e9, "35,1 Md$", { s: "Nvidia" }),
    c("percent", 94, "94 %", { s: "Nvidia" }),
    c("money", 19.3e9, "19,3 milliards de dollars", { s: "Nvidia" }),
    c("money", 18.3e9, "18,3 milliards d'euros", { s: "Nvidia" }),
    c("percent", 109, "+109 %", { s: "Nvidia" }),
    opt("date", ["2023", "XXXX"], "l'an dernier"),
    c("percent", 88, "88 pour cent", { q: "approx", s: "Nvidia" }),
    c("money", 30.8e9, "30,8 milliards de dollars", { s: "Nvidia" }),
    c("ratio", 2.1, "multiplié par 2,1", { s: "Nvidia" }),
    neg("61 ans", "age"),
    c("money", 37.5e9, "37,5 milliards de dollars", { q: "approx", s: "Nvidia" }),
    opt("percent", 2, "2 %"),
    neg("14h30", "time of day"),
    c("gpu_count", 13000, "13 000 puces Blackwell", { q: "approx", s: "Nvidia", a: { vendor: "Nvidia" } }),
    c("percent", [1.2, -1.2], "1,2 %", { s: "Nvidia" }),
    c("valuation", 3600e9, "3 600 milliards de dollars", { q: "approx", s: "Nvidia" }),
    c("date", alt(2024, "-11-05"), "5 novembre", { s: "Nvidia" }),
    c("money", 250e9, "250 milliards de dollars", { q: "at_least" }),
    c("date", "2025", "2025", { n: 0 }),
    c("percent", 40, "40 %", { q: "approx" }),
    neg("H100", "chip model name"),
    neg("H20", "chip model name"),
    c("percent", 15, "15 %", { s: "Nvidia" }),
    c("ratio", [2, 0.5], "deux fois moins"),
    c("date", "2022-10", "octobre 2022"),
    c("gpu_count", 200000, "200 000 GPU", { s: "Colossus" }),
    c("gpu_count", 100000, "100 000", { s: "Colossus" }),
    opt("date", null, "aujourd'hui"),
    neg("+1 408 486 2000", "phone number"),
  ]],
  ["02_telekom_cloud_lesechos.txt", "2025-11-05", [
    opt("date", "2025-11-05", "5 nov. 2025"),
    opt("date", "2025-11-05", "5 nov. 2025", { n: 1 }),
    c("money", 1e9, "1 Md€", { q: "approx", s: "Deutsche Telekom" }),
    opt("date", "2025-11-04", "mardi"),
    c("gpu_count", 10000, "10 000 GPU", { q: "at_least", a: { vendor: "Nvidia", model: "B200" } }),
    c("percent", 50, "50 %"),
    c("date", "2026-Q1", "premier trimestre 2026"),
    c("date", "2025", "courant 2025"),
    c("date", "2030", "l'horizon 2030", { q: "at_most" }),
    c("gpu_count", 100000, "100 000 puces"),
    c("money", 20e9, "20 milliards d'euros", { s: "Commission européenne" }),
    c("money", 200e9, "200 milliards d'euros", { s: "InvestAI" }),
    c("count", 200000, "200 000 salariés", { q: "approx", s: "Deutsche Telekom", u: "salariés" }),
    c("date", "2024", "2024", { s: "Deutsche Telekom" }),
    c("money", 115.8e9, "115,8 milliards d'euros", { s: "Deutsche Telekom" }),
    c("count", 28000, "28 000 collaborateurs", { s: "T-Systems", u: "collaborateurs" }),
    neg("Série 3", "product name"),
    c("ratio", [2, 0.5], "deux fois moins"),
    neg("62 ans", "age"),
    c("percent", 1.8, "1,8 %", { s: "Deutsche Telekom" }),
    neg("11h45", "time of day"),
  ]],
  ["03_amazon_capex_lmi.txt", "2025-02-07", [
    c("money", 100e9, "100 Md$", { s: "Amazon" }),
    c("date", "2025", "2025", { n: 0, s: "Amazon" }),
    opt("date", "2025-02-07", "7 février 2025"),
    c("date", "2024-Q4", "quatrième trimestre 2024", { s: "Amazon" }),
    c("money", 100e9, "100 milliards de dollars", { q: "approx", s: "Amazon" }),
    opt("date", "2025", "cette année"),
    c("money", 83e9, "83 milliards", { u: "USD", s: "Amazon" }),
    c("date", "2024", "2024", { n: 1, s: "Amazon" }),
    c("percent", 19, "19 %", { s: "AWS" }),
    opt("date", "2024-Q4", "quatrième trimestre", { n: 1 }),
    c("money", 28.8e9, "28,8 milliards de dollars", { s: "AWS" }),
    c("percent", 15, "15 %", { s: "AWS" }),
    c("percent", 58, "58 %", { s: "AWS" }),
    c("money", 187.8e9, "187,8 milliards de dollars", { s: "Amazon" }),
    c("percent", 10, "10 %", { s: "Amazon" }),
    opt("date", null, "aujourd'hui"),
    c("count", 100, "100 data centers", { q: "more_than", u: "data centers" }),
    c("count", 36, "36 régions", { u: "régions" }),
    opt("count", 18, "18 de plus"),
    c("date", "2027", "mi-2027", { q: "at_most", a: { mod: "MID" } }),
    neg("Trainium 2", "chip model name"),
    c("ratio", 4, "×4", { s: "Trainium 2" }),
    opt("gpu_count", null, "plusieurs centaines de milliers de puces"),
    c("money", 80e9, "80 milliards de dollars", { s: "Microsoft" }),
    opt("date", ["2025-06", "XXXX-06"], "juin"),
    c("money", 75e9, "75 milliards de dollars", { s: "Alphabet" }),
    c("percent", 42, "42 %", { s: "Alphabet" }),
    c("money", [60e9, 65e9], "60 et 65 milliards de dollars", { s: "Meta" }),
    opt("money", [60e9, 65e9], "60 et 65 milliards de dollars"),
    c("money", 300e9, "300 milliards de dollars", { q: "more_than" }),
    c("date", "2025", "2025", { n: 2 }),
    c("date", alt(2025, "-H2"), "second semestre"),
    c("percent", [4, -4], "4 %", { s: "Amazon" }),
    neg("Windows 11", "product name"),
    opt("date", alt(2025, "-02-18"), "18 février"),
    neg("11h", "time of day"),
    neg("page 12", "page reference"),
  ]],
  ["04_licorne_bordelaise_numerama.txt", "2025-03-12", [
    c("funding", 450e6, "450 M$", { s: "Lumiq" }),
    opt("date", "2025-03-12", "12/03/2025"),
    neg("10h05", "time of day"),
    opt("date", "2025-03-12", "ce mercredi"),
    c("funding", 450e6, "450 M$", { n: 1, s: "Lumiq" }),
    c("funding", 415e6, "415 millions d’euros", { q: "approx", s: "Lumiq" }),
    c("funding", 450e6, "450 millions de dollars", { s: "Lumiq", a: { round: "B", investors: ["General Catalyst", "Bpifrance", "Eurazeo", "Nvidia"] } }),
    c("valuation", 1.2e9, "1,2 Md€", { s: "Lumiq", a: { stage: "pre-money" } }),
    c("valuation", 1.6e9, "1,6 milliard d’euros", { s: "Lumiq", a: { stage: "post-money" } }),
    c("funding", 30e6, "30 millions d’euros", { s: "Lumiq", a: { round: "seed" } }),
    c("date", ["2023", "2023-03", "XXXX"], "il y a deux ans", { s: "Lumiq" }),
    c("date", "2023", "2023", { s: "Lumiq" }),
    neg("34 ans", "age"),
    c("count", 1e6, "un million d’utilisateurs", { q: "approx", s: "Lumiq", u: "utilisateurs" }),
    c("count", 40000, "40 000 entreprises clientes", { s: "Lumiq", u: "entreprises" }),
    c("money", 60e6, "60 millions d’euros", { s: "Lumiq" }),
    c("percent", 300, "300 %", { s: "Lumiq" }),
    c("count", 180, "180 salariés", { s: "Lumiq", u: "salariés" }),
    opt("count", 250, "250 de plus"),
    c("date", "2026", "courant 2026", { s: "Lumiq" }),
    c("gpu_count", 12000, "12 000 puces H200", { q: "approx", s: "Lumiq", a: { model: "H200" } }),
    c("ratio", [2, 0.5], "deux fois moins"),
    neg("Lumiq-2", "model name"),
    c("date", alt(2025, ""), "la fin de l’année", { q: "at_most", a: { mod: "END" } }),
    c("date", "2027", "l’horizon 2027", { q: "at_most", s: "Lumiq" }),
    neg("trois ans", "duration"),
    neg("28e", "ordinal"),
    opt("date", "2024", "2024"),
  ]],
  ["05_mistral_large3_figaro.txt", "2025-12-02", [
    neg("Mistral Large 3", "model name"),
    c("gpu_count", 3000, "3 000 GPU Nvidia", { s: "Mistral Large 3", a: { vendor: "Nvidia" } }),
    opt("date", "2025-12-02", "2 décembre 2025"),
    opt("date", "2025-12-02", "mardi"),
    neg("Mistral 3", "model family name"),
    c("count", 675e9, "675 milliards de paramètres", { s: "Mistral Large 3", u: "paramètres" }),
    c("count", 41e9, "41 milliards", { s: "Mistral Large 3", u: "paramètres" }),
    c("gpu_count", 3000, "3 000 puces H200", { q: "approx", s: "Mistral Large 3", a: { model: "H200", vendor: "Nvidia" } }),
    c("gpu_count", 100000, "100 000 GPU"),
    neg("Ministral 3", "model name"),
    c("count", 14e9, "14 milliards de paramètres", { s: "Ministral 3", u: "paramètres" }),
    opt("count", [3e9, 8e9, 14e9], "3, 8 et 14 milliards de paramètres"),
    neg("Apache 2.0", "licence name"),
    neg("Kimi K2", "model name"),
    c("percent", 85.5, "85,5 %", { s: "Mistral Large 3" }),
    c("percent", 88.7, "88,7 %", { s: "GPT-5" }),
    neg("GPT-5", "model name"),
    c("valuation", 11.7e9, "11,7 milliards d’euros", { s: "Mistral AI" }),
    c("date", alt(2025, "-09"), "septembre", { s: "Mistral AI" }),
    c("count", 700, "700 salariés", { q: "more_than", s: "Mistral AI", u: "salariés" }),
    c("date", "2026", "courant 2026", { s: "Mistral AI" }),
    c("gpu_count", 18000, "18 000 puces Grace Blackwell", { s: "Mistral AI" }),
    neg("33 ans", "age"),
    opt("date", "2025-12-02", "aujourd’hui"),
    neg("un mois", "duration"),
    neg("Gemini 3", "model name"),
    neg("quinze jours", "duration"),
    neg("Claude Opus 4.5", "model name"),
  ]],
  ["06_st_soitec_dauphine.txt", "2025-11-18", [
    c("money", 500e6, "un demi-milliard d’euros"),
    opt("date", "2025-11-18", "18 novembre 2025"),
    opt("date", "2025-11-17", "lundi dernier"),
    c("money", 500e6, "un demi-milliard d’euros", { n: 1 }),
    neg("France 2030", "plan name"),
    c("money", 7.5e9, "7,5 milliards d’euros", { s: "STMicroelectronics" }),
    c("count", 1000, "1 000 emplois", { s: "STMicroelectronics", u: "emplois" }),
    c("date", "2030", "l’horizon 2030", { q: "at_most", s: "STMicroelectronics" }),
    opt("date", "2025-11-18", "aujourd’hui"),
    c("count", 4800, "4 800 personnes", { s: "STMicroelectronics", u: "personnes" }),
    neg("n° 1", "rank"),
    c("money", 120e6, "120 millions d’euros", { s: "Soitec" }),
    c("count", 2200, "2 200 salariés", { q: "approx", s: "Soitec", u: "salariés" }),
    c("percent", [18, -18], "18 pour cent", { s: "Soitec" }),
    opt("date", null, "premier semestre"),
    c("money", 318e6, "318 millions d’euros", { s: "Soitec" }),
    c("money", 5.5e9, "5,5 milliards d’euros"),
    c("date", "2030", "2030", { n: 2, q: "at_most" }),
    opt("ratio", 2, "doubler"),
    neg("49.3", "article number"),
    c("date", alt(2025, ""), "en fin d’année", { a: { mod: "END" } }),
    c("date", alt(2025, "-11-04"), "Le 4 novembre", { s: "STMicroelectronics" }),
    c("count", 2800, "2 800 postes", { s: "STMicroelectronics", u: "postes" }),
    c("date", "2027", "fin 2027", { q: "at_most", s: "STMicroelectronics", a: { mod: "END" } }),
    opt("count", 1000, "1 000", { n: 1 }),
    opt("date", "2025-11-13", "jeudi"),
    neg("9h30", "time of day"),
    neg("COVID-19", "disease name"),
    c("count", 25000, "25 000 emplois", { q: "approx", u: "emplois" }),
    neg("58 ans", "age"),
    opt("date", "2025", "cette année"),
    neg("04 76 88 71 00", "phone number"),
  ]],
  ["07_orange_bfm.txt", "2025-02-14", [
    c("count", 2300, "2 300 postes", { s: "Orange", u: "postes" }),
    c("date", "2027", "2027", { q: "at_most", s: "Orange" }),
    opt("date", "2025-02-14", "14/02/2025"),
    opt("date", "2025-02-13", "jeudi"),
    c("count", 2300, "2 300 postes", { n: 1, s: "Orange", u: "postes" }),
    neg("trois prochaines années", "duration"),
    c("count", 127000, "127 000 personnes", { q: "approx", s: "Orange", u: "personnes" }),
    opt("count", 69000, "69 000"),
    c("date", "2024", "2024", { s: "Orange" }),
    c("money", 40.3e9, "40,3 milliards d'euros", { s: "Orange" }),
    c("percent", 0.6, "+0,6 %", { s: "Orange" }),
    c("percent", 18, "18 %", { s: "Orange" }),
    c("money", 2.9e9, "2,9 milliards d'euros", { s: "Orange" }),
    c("count", 1e6, "un million d'abonnés", { q: "approx", s: "Orange", u: "abonnés" }),
    c("count", 13.4e6, "13,4 millions de clients", { s: "Orange", u: "clients" }),
    neg("5G", "technology name"),
    c("percent", 95, "95 %"),
    c("date", "2022-04", "avril 2022", { q: null }),
    c("money", 600e6, "600 millions d'euros", { s: "Orange" }),
    c("date", "2025", "l'horizon 2025", { q: "at_most", s: "Orange" }),
    c("money", 0.75, "0,75 euro", { s: "Orange" }),
    opt("date", "2025", "2025", { n: 2 }),
    c("ratio", [2, 0.5], "divisés par deux"),
    neg("vingt ans", "duration"),
    c("ratio", [2, 0.5], "deux fois moins"),
    c("percent", 3.1, "3,1 %", { s: "Orange" }),
    opt("date", "2025-02-14", "vendredi"),
    c("money", 10.42, "10,42 euros", { s: "Orange" }),
    neg("3-1", "match score"),
    opt("date", "2025-02-09", "dimanche soir"),
    c("date", "2016", "2016", { q: null }),
  ]],
  ["08_moore_threads_lemonde.txt", "2025-12-05", [
    opt("date", "2025-12-05", "05 décembre 2025"),
    c("date", alt(2025, "-12-05"), "vendredi 5 décembre", { s: "Moore Threads" }),
    c("percent", 425, "425 %", { s: "Moore Threads" }),
    c("valuation", 280e9, "280 milliards de yuans", { q: "more_than", s: "Moore Threads" }),
    c("valuation", 34e9, "34 milliards d'euros", { q: "approx", s: "Moore Threads" }),
    c("date", "2020", "2020", { s: "Moore Threads" }),
    c("funding", 8e9, "8 milliards de yuans", { s: "Moore Threads" }),
    c("funding", 970e6, "970 millions d'euros", { s: "Moore Threads" }),
    opt("date", "2025", "début de l'année"),
    c("ratio", 4000, "4 000 fois", { q: "more_than" }),
    c("money", 1.6e9, "1,6 milliard de yuans", { s: "Moore Threads" }),
    c("date", "2024", "2024", { s: "Moore Threads" }),
    c("money", 438e6, "438 millions de yuans", { s: "Moore Threads" }),
    opt("date", "2025", "neuf premiers mois de 2025"),
    c("ratio", 4, "multipliées par quatre", { s: "Moore Threads" }),
    c("money", 785e6, "785 millions de yuans", { s: "Moore Threads" }),
    c("date", "2027", "2027", { s: "Moore Threads" }),
    c("date", "2023-10", "octobre 2023", { q: null, s: "Moore Threads" }),
    neg("MTT S4000", "product name"),
    neg("7 nanomètres", "process node"),
    c("gpu_count", 50000, "50 000 GPU", { q: "at_least", s: "ByteDance" }),
    c("date", alt(2025, "-12-17"), "17 décembre", { s: "MetaX" }),
    c("funding", 3.9e9, "3,9 milliards de yuans", { s: "MetaX" }),
  ]],
  ["09_softbank_abb_usinenouvelle.txt", "2025-10-08", [
    c("money", 5.4e9, "5,4 milliards de dollars", { s: "SoftBank" }),
    opt("date", "2025-10-08", "08 octobre 2025"),
    c("date", "2026", "courant 2026", { s: "ABB" }),
    c("money", 5.375e9, "5,375 milliards de dollars", { s: "SoftBank" }),
    c("money", 4.3e9, "4,3 milliards de francs suisses", { q: "approx", s: "SoftBank" }),
    opt("date", ["2026", "2026-H1"], "mi-2026 à fin 2026"),
    opt("date", "2026", "fin 2026"),
    c("ratio", 2, "deux fois", { q: "approx" }),
    c("money", 2.3e9, "2,3 milliards de dollars"),
    c("date", "2024", "2024"),
    c("percent", [9, -9], "9 %"),
    c("count", 7000, "7 000 salariés", { q: "approx", u: "salariés" }),
    opt("count", 2000, "2 000"),
    c("date", "2022", "2022"),
    c("money", 150e6, "150 millions de dollars"),
    neg("A320", "aircraft model"),
    neg("68 ans", "age"),
    c("money", 6.5e9, "6,5 milliards de dollars", { s: "SoftBank" }),
    c("date", alt(2025, "-03"), "mois de mars", { s: "SoftBank" }),
    c("funding", 30e9, "30 milliards de dollars", { q: "more_than", s: "OpenAI", a: { investors: ["SoftBank"] } }),
    c("date", "2024", "2024", { n: 1, s: "ABB" }),
    c("money", 32.9e9, "32,9 milliards de dollars", { s: "ABB" }),
    c("percent", 2.5, "2,5 %", { s: "ABB" }),
    c("percent", [1.3, -1.3], "1,3 %", { s: "SoftBank" }),
    opt("date", ["2024", "XXXX"], "L'an dernier"),
    c("percent", 8, "8 %"),
    c("date", "2030", "2030", { q: "at_most" }),
  ]],
  ["10_cnil_amendes.txt", "2025-09-03", [
    c("money", 325e6, "325 millions d'euros", { s: "Google" }),
    c("money", 150e6, "150 millions", { u: "EUR", s: "Shein" }),
    opt("date", "2025-09-03", "3 septembre 2025"),
    opt("date", "2025-09-03", "mercredi"),
    c("money", 475e6, "475 millions d'euros"),
    c("money", 325e6, "325 millions d'euros", { n: 1, s: "Google" }),
    c("count", 1.8e9, "1,8 milliard d'utilisateurs", { q: "approx", u: "utilisateurs" }),
    c("count", 53e6, "53 millions de comptes", { q: "approx", u: "comptes" }),
    c("count", 12e6, "12 millions de visiteurs", { q: "approx", s: "Shein", u: "visiteurs" }),
    c("money", 150e6, "150 millions d'euros", { s: "Shein" }),
    neg("article 82", "article number"),
    c("money", 150e6, "150 millions d'euros", { n: 1, s: "Google" }),
    c("date", "2021-12", "décembre 2021", { s: "Google" }),
    c("money", 100e6, "100 millions d'euros", { s: "Google" }),
    opt("date", "2020", "il y a cinq ans"),
    c("date", "2020", "2020", { s: "Google" }),
    neg("trois mois", "duration"),
    c("money", 100000, "100 000 euros", { s: "Google" }),
    c("money", 2.5e9, "2,5 milliards de livres", { q: "at_most", s: "Google" }),
    c("money", 96.4e9, "96,4 milliards de dollars", { s: "Alphabet" }),
    c("date", alt(2025, "-Q2"), "deuxième trimestre", { s: "Alphabet" }),
    c("percent", 14, "14 %", { s: "Alphabet" }),
    c("count", 17772, "17 772 plaintes", { s: "CNIL", u: "plaintes" }),
    c("date", "2024", "2024", { s: "CNIL" }),
    neg("01 53 73 22 22", "phone number"),
  ]],
];

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pattern = (t) => {
  const body = esc(t).replace(/ /g, "[ \\u00a0\\u202f]").replace(/['’]/g, "['’]");
  const pre = /^[\p{L}\p{N}]/u.test(t) ? "(?<![\\p{L}\\p{N}]|\\p{N}[,.])" : "";
  const post = /[\p{L}\p{N}]$/u.test(t) ? "(?![\\p{L}\\p{N}]|[,.]\\p{N})" : "";
  return new RegExp(pre + body + post, "gu");
};

const out = { version: 1, about: "Second development set: 10 French news-style articles (tech/AI/compute/business), written independently of devset/ to measure generalisation. Same format as shared/eval/seeds.gold.json; generated by devset2/make-gold.mjs.", documents: [] };
let problems = 0;
for (const [file, docDate, items] of docs) {
  const text = readFileSync(join(here, "texts", file), "utf8").replace(/^\uFEFF/, "");
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const doc = { file, docDate, claims: [], optional: [], negatives: [] };
  for (const it of items) {
    const matches = [...text.matchAll(pattern(it.text))];
    const m = matches[it.n];
    if (!m) { console.error(`${file}: "${it.text}" #${it.n} not found (${matches.length} matches)`); problems++; continue; }
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= m.index) line++;
    const surface = m[0];
    const lineText = text.slice(lineStarts[line], lineStarts[line + 1] ?? text.length);
    let occ = 0, at = -1;
    while ((at = lineText.indexOf(surface, at + 1)) >= 0 && lineStarts[line] + at < m.index) occ++;
    const rec = it.role === "negative"
      ? { text: surface, line: line + 1, why: it.why }
      : { kind: it.kind, value: it.value, unit: it.unit, text: surface, line: line + 1 };
    if (occ) rec.occurrence = occ;
    if (it.role === "claim") {
      if (it.q) rec.qualifier = it.q;
      rec.subject = it.s ?? null;
      if (it.a) rec.attributes = it.a;
    }
    (it.role === "claim" ? doc.claims : it.role === "optional" ? doc.optional : doc.negatives).push(rec);
  }
  out.documents.push(doc);
}
writeFileSync(join(here, "gold.json"), JSON.stringify(out, null, 1) + "\n");
const n = out.documents.reduce((a, d) => a + d.claims.length, 0);
console.error(`${out.documents.length} documents, ${n} claims${problems ? `, ${problems} PROBLEMS` : ""}`);
process.exit(problems ? 1 : 0);
