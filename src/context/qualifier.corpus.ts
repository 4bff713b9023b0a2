import type { Corpus } from "../corpus.js";
import { findQualifier } from "./qualifier.js";

// The text is what stands before the number; the qualifier is what it says about the number.
export const corpus: Corpus = {
  name: "qualifier",
  recognise: (text) => {
    const q = findQualifier(text);
    return q === "exact" ? [] : [{ qualifier: q }];
  },
  positives: [
    { text: "Le supercalculateur sera au moins ", want: [{ qualifier: "at_least" }] },
    { text: "opérationnel dès ", want: [{ qualifier: "at_least" }] },
    { text: "à partir de ", want: [{ qualifier: "at_least" }] },
    { text: "des licences pour livrer des puces, à compter du ", want: [{ qualifier: "at_least" }] },
    { text: "pas moins de ", want: [{ qualifier: "at_least" }] },
    { text: "Kerguen Cloud vaut au bas mot ", want: [{ qualifier: "at_least" }] },
    { text: "Le marché, d'une valeur maximale de ", want: [{ qualifier: "at_most" }] },
    { text: "« Nous ne verrons pas d’équilibre entre l’offre et la demande avant ", want: [{ qualifier: "at_least" }] },
    { text: "RTE ne promet pas de nouvelle ligne à 400 000 volts avant ", want: [{ qualifier: "at_least" }] },
    { text: "Le site doit être livré au plus tard au ", want: [{ qualifier: "at_most" }] },
    { text: "notre valorisation dépasse désormais le ", want: [{ qualifier: "more_than" }] },
    { text: "Quillane franchit le ", want: [{ qualifier: "more_than" }] },
    { text: "opérationnel d'ici l'", want: [{ qualifier: "at_most" }] },
    { text: "opérationnel d’ici la ", want: [{ qualifier: "at_most" }] },
    { text: "jusqu'à ", want: [{ qualifier: "at_most" }] },
    { text: "livré avant ", want: [{ qualifier: "at_most" }] },
    // "pas avant 2028" is a floor: not before, so at the earliest.
    { text: "une mise en service n'est pas envisagée avant ", want: [{ qualifier: "at_least" }] },
    { text: "Pas avant l'", want: [{ qualifier: "at_least" }] },
    // ruling out something before a date is a floor too
    { text: "La direction exclut tout rachat d'actions avant ", want: [{ qualifier: "at_least" }] },
    { text: "le ministre a exclu une hausse avant ", want: [{ qualifier: "at_least" }] },
    // "aucun … avant", "jamais avant": a negated "avant" without "pas"
    { text: "aucun réassort n’est annoncé avant la ", want: [{ qualifier: "at_least" }] },
    { text: "une telle puce ne sortira jamais avant ", want: [{ qualifier: "at_least" }] },
    // crossing a bar or a mark: "franchi la barre des", "passé le cap des"
    { text: "les prix ont franchi la barre des ", want: [{ qualifier: "more_than" }] },
    { text: "le parc a passé le cap des ", want: [{ qualifier: "more_than" }] },
    { text: "le cours dépasse le seuil des ", want: [{ qualifier: "more_than" }] },
    // "maximal"/"minimal" in the masculine; a cap set by a verb with its object between
    { text: "un marché d'un montant maximal de ", want: [{ qualifier: "at_most" }] },
    { text: "un investissement minimal de ", want: [{ qualifier: "at_least" }] },
    { text: "L'amendement plafonne l'avantage à ", want: [{ qualifier: "at_most" }] },
    { text: "le revendeur limite désormais les achats à ", want: [{ qualifier: "at_most" }] },
    { text: "au maximum ", want: [{ qualifier: "at_most" }] },
    { text: "le plan doit être signé au plus tard en ", want: [{ qualifier: "at_most" }] },
    { text: "il disposera de plus de ", want: [{ qualifier: "more_than" }] },
    { text: "un coût supérieur à ", want: [{ qualifier: "more_than" }] },
    { text: "moins de ", want: [{ qualifier: "less_than" }] },
    { text: "faisant passer sa capitalisation sous les ", want: [{ qualifier: "less_than" }] },
    // a bare "sous" before a level ("sous 48 heures" is a delay, and a delay makes no claim)
    { text: "le groupe promet de ramener son levier sous ", want: [{ qualifier: "less_than" }] },
    // a negated crossing is a ceiling
    { text: "son ratio d'endettement ne dépasse pas ", want: [{ qualifier: "at_most" }] },
    { text: "la hausse n'excédera jamais ", want: [{ qualifier: "at_most" }] },
    { text: "environ ", want: [{ qualifier: "approx" }] },
    { text: "son revenu annuel approcherait les ", want: [{ qualifier: "approx" }] },
    { text: "le chiffre d'affaires approche ", want: [{ qualifier: "approx" }] },
    { text: "près de ", want: [{ qualifier: "approx" }] },
    { text: "quelque ", want: [{ qualifier: "approx" }] },
    { text: "de l'ordre de ", want: [{ qualifier: "approx" }] },
    { text: "quasiment ", want: [{ qualifier: "approx" }] },
    // a level above or below, a drift towards, a cap
    { text: "le déficit restera au-dessus de ", want: [{ qualifier: "more_than" }] },
    { text: "la dette passera au-dessus des ", want: [{ qualifier: "more_than" }] },
    { text: "le taux reste en dessous de ", want: [{ qualifier: "less_than" }] },
    { text: "le chômage repasse au-dessous des ", want: [{ qualifier: "less_than" }] },
    { text: "le déficit aurait dérivé vers ", want: [{ qualifier: "approx" }] },
    { text: "la dette grimperait vers les ", want: [{ qualifier: "approx" }] },
    { text: "l'indexation des salaires sera plafonnée à ", want: [{ qualifier: "at_most" }] },
    { text: "une hausse limitée à ", want: [{ qualifier: "at_most" }] },
  ],
  negatives: [
    { text: "en plus de ", why: "in addition to" },
    { text: "il se dirige vers ", why: "towards a place; 'vers' qualifies only after a verb of drifting or growing" },
    { text: "le virage vers ", why: "a turn towards something, not a number's approximation" },
    { text: "auprès de ", why: "près inside another word" },
    { text: "Il a levé ", why: "no hedge" },
    { text: "avant de lever ", why: "avant de + verb is no bound on what follows" },
    // the dev sets read an estimate as the figure stated: "un contrat estimé à 350 M€" is exact
    { text: "un contrat estimé à ", why: "an estimate states its figure" },
  ],
};
