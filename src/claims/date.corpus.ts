import { claimCorpus } from "./corpus-helpers.js";

// Date claims with their qualifier, as the whole pipeline gives them. Without a reference date, "now" is the
// latest year the text states as a fact: a target ("d'ici à 2030", "sera livré en 2029") is not now.
export const corpus = claimCorpus(
  "date claims",
  ["date"],
  [
    // "au cours du premier trimestre": the preposition, no street ("cours du 4-Septembre"); a year after "chiffre
    // d'affaires" labels the figure's year
    {
      text: "La réalisation de l'opération est attendue au cours du premier trimestre 2027.",
      refDate: "2026-09-01",
      want: [{ value: "2027-Q1" }],
    },
    // "dès fin 2026" after a stated target year: still a floor, as 2026 is not in the text's past
    {
      text: "« Il faudra deux fois plus d'électricité d'ici à 2030 », dit un dirigeant de l'opérateur, qui vise 1 GW dès fin 2026.",
      want: [{ value: "2030", qualifier: "at_most" }, { value: "2026", qualifier: "at_least" }],
    },
    // "Dès 2023, il a demandé" in a text whose latest fact is 2025: when it happened, exact
    {
      text: "En 2025, le groupe a doublé ses ventes. Dès 2023, il avait demandé des aides.",
      want: [{ value: "2025", qualifier: "exact" }, { value: "2023", qualifier: "exact" }],
    },
    // An undated article whose lede says "ce mardi 21 octobre" is of that day (the weekday fixes the year):
    // "Arrivé le 15 septembre" is then last September, not next.
    {
      text: "Kering : les ventes reculent\nLe groupe a publié ce mardi 21 octobre un chiffre d'affaires de 3,42 milliards d'euros. Arrivé le 15 septembre de chez Renault, son directeur présentera son plan en 2026.",
      want: [{ kind: "date", text: "15 septembre", value: "2025-09-15" }],
    },
    // Undated: a weekday fixes the year nearest the latest year the text states, not the mean of its history.
    {
      text: "C'est officiel depuis ce vendredi 27 mars : un fonds rachète le club, présidé depuis 2004 par son propriétaire et champion en 1949 et 1962, pour 75 millions d'euros. Relégué en 2025, le club avait perdu 20 millions en 2024 et 12 millions en 2025 ; il vise la Ligue 1 en 2027.",
      want: [{ kind: "date", text: "vendredi 27 mars", value: "2026-03-27" }],
    },
    // a relative clause closed before the date keeps its own tense: the main clause's present looks ahead
    { text: "Alibaba, qui a promis d’investir 480 milliards de yuans, prépare pour le printemps le successeur de Qwen 3.", refDate: "2027-01-25", want: [{ kind: "date", text: "le printemps", value: "2027-SP" }] },
    { text: "Le conseil a voté une hausse du prix du mètre cube, qui passera de 4,12 € à 4,58 € au 1er février, assainissement compris.", refDate: "2025-12-12", want: [{ kind: "date", text: "1er février", value: "2026-02-01" }] },
    // "aujourd'hui" that tells of an event is today
    { text: "La start-up annonce aujourd'hui une levée de 10 millions d'euros.", refDate: "2026-11-19", want: [{ kind: "date", text: "aujourd'hui", value: "2026-11-19" }] },
    { text: "Le ministre l'a annoncé aujourd'hui.", refDate: "2026-11-19", want: [{ kind: "date", text: "aujourd'hui", value: "2026-11-19" }] },
    { text: "Le groupe a annoncé 300 licenciements aujourd'hui.", refDate: "2026-11-19", want: [{ kind: "date", text: "aujourd'hui", value: "2026-11-19" }] },
    { text: "Je reviens aujourd'hui.", refDate: "2026-11-19", want: [{ kind: "date", text: "aujourd'hui", value: "2026-11-19" }] },
    { text: "La ministre viendra aujourd'hui sur le chantier.", refDate: "2026-11-19", want: [{ kind: "date", text: "aujourd'hui", value: "2026-11-19" }] },
    { text: "Programme des débats\nAujourd'hui\nOuverture à 9 heures.", refDate: "2026-11-19", want: [{ kind: "date", text: "Aujourd'hui", value: "2026-11-19" }] },
    { text: "Le modèle est disponible dès aujourd’hui en Europe.", refDate: "2027-04-06", want: [{ kind: "date", text: "aujourd’hui", value: "2027-04-06" }] },
    { text: "Le groupe a aujourd'hui confirmé la fermeture du site de Vierzon.", refDate: "2027-04-06", want: [{ kind: "date", text: "aujourd'hui", value: "2027-04-06" }] },
    { text: "Nous présentons aujourd’hui un plan à cinq ans.", refDate: "2027-04-06", want: [{ kind: "date", text: "aujourd’hui", value: "2027-04-06" }] },
  ],
  [
    // "aujourd'hui" in the present of a state is nowadays, no date
    { text: "Le néocloud Sorvane Cloud exploite aujourd'hui trois centres de données.", refDate: "2026-11-19", why: "nowadays" },
    { text: "Nubéo s'appuie aujourd'hui sur environ 14 000 GPU Nvidia L40S.", refDate: "2027-05-04", why: "nowadays, a quantity after 'sur'" },
    { text: "Le site a pris 1,1 million de commandes en quatre jours, deux fois plus qu’une semaine de décembre ordinaire.", refDate: "2027-11-30", why: "any December, no date" },
    { text: "Les ventes dépassent celles d'un mois de juillet normal.", refDate: "2027-11-30", why: "any July, no date" },
    { text: "La mairie, 8 place du 8-Mai-1945, ouvre ses guichets.", refDate: "2027-11-30", why: "a street named after a date" },
    { text: "Le siège est installé avenue du 11-Novembre, à Nîmes.", refDate: "2027-11-30", why: "a street named after a date" },
    { text: "La Chine pesait 14 % de ses revenus, contre moins de 3 % aujourd'hui.", refDate: "2027-08-26", why: "nowadays, a level compared" },
    { text: "L'anticorps est aujourd'hui fabriqué aux États-Unis.", refDate: "2026-10-08", why: "nowadays" },
    { text: "Selon nos informations, le laboratoire dispose aujourd'hui d'environ 23 000 GPU.", refDate: "2027-10-18", why: "nowadays, before a quantity" },
    { text: "La puissance doit passer de 3,2 GW aujourd'hui à 10 GW.", refDate: "2027-10-01", why: "nowadays, a level compared" },
    { text: "Les effectifs, de 190 salariés aujourd’hui, devraient doubler.", refDate: "2027-03-11", why: "nowadays, a level before its target" },
    { text: "Capital : Combien de processeurs graphiques exploitez-vous aujourd'hui ?", refDate: "2027-06-02", why: "nowadays, in a long question of how many" },
    { text: "Le dossier, enregistré sous le numéro 56-2027-0143, est en préfecture.", refDate: "2027-05-03", why: "a file number's inner group" },
    { text: "La start-up n’exploite aujourd’hui que 512 processeurs graphiques.", refDate: "2027-05-03", why: "nowadays, a quantity after 'que'" },
    { text: "Le patron entend tripler les effectifs, aujourd’hui de 4 800 personnes.", refDate: "2027-03-09", why: "nowadays, a quantity after 'de'" },
    { text: "— Combien de GPU faites-vous tourner aujourd’hui ?", refDate: "2027-02-08", why: "nowadays, a question of how many" },
    { text: "La banque louera 1 024 GPU, soit quatre fois la puissance dont elle dispose aujourd’hui.", refDate: "2027-04-14", why: "nowadays, what a company has" },
    { text: "Le réseau perd aujourd'hui près d'un litre sur cinq.", refDate: "2026-01-12", why: "nowadays, before a hedged quantity" },
    // nowadays unless an event is told: a price, a state, a habit, a contrast with the past
    { text: "D'occasion, une carte se revend aujourd’hui autour de 8 000 dollars.", refDate: "2028-05-02", why: "nowadays, a going price" },
    { text: "Les grands éditeurs dégagent aujourd'hui des marges supérieures à 30 %.", refDate: "2028-05-02", why: "nowadays, a state" },
    { text: "« Aujourd’hui, 60 % de nos données sont hébergées hors d’Europe », regrette-t-elle.", refDate: "2028-05-02", why: "nowadays, opening a quote" },
    { text: "Avant, on attendait six mois ; aujourd'hui, les délais dépassent deux ans.", refDate: "2028-05-02", why: "nowadays, a contrast with the past" },
    { text: "Chaque euro investi aujourd’hui pèsera sur les comptes pendant cinq ans.", refDate: "2028-05-02", why: "nowadays, a participle without auxiliary" },
    { text: "« Nous ne céderons pas, ni aujourd'hui ni demain », a-t-il répété.", refDate: "2028-05-02", why: "never, no date" },
    { text: "Le seuil est franchi aujourd’hui par des équipes de moins de 50 personnes.", refDate: "2028-05-02", why: "nowadays, a passive present" },
    { text: "Trois exploitations vivent aujourd'hui de ces terres.", refDate: "2028-05-02", why: "nowadays" },
  ],
);
