import { claimCorpus } from "./corpus-helpers.js";

export const corpus = claimCorpus(
  "count",
  ["count"],
  [
    { text: "ChatGPT revendique 400 millions d'utilisateurs hebdomadaires.", want: [{ value: 400000000, unit: "utilisateurs", subject: "ChatGPT" }] },
    { text: "Mistral AI emploie désormais plus de 200 salariés.", want: [{ value: 200, unit: "salariés", qualifier: "more_than" }] },
    { text: "Une quarantaine de propriétaires seraient concernés.", want: [{ value: 40, qualifier: "approx" }] },
    { text: "Le groupe exploite 12 centres de données en Europe.", want: [{ value: 12, unit: "centres de données" }] },
    { text: "Le chantier mobilise quelque 800 ouvriers.", want: [{ value: 800, unit: "ouvriers", qualifier: "approx" }] },
    { text: "Kerlys compte 5 200 consultants en France.", want: [{ value: 5200, unit: "consultants" }] },
    // trains and their passengers, shops by format
    { text: "La SNCF commande 30 rames supplémentaires à Alstom.", want: [{ value: 30, unit: "rames" }] },
    { text: "Le groupe a transporté 128 millions de voyageurs l'an dernier.", want: [{ value: 128e6, unit: "voyageurs" }] },
    { text: "Pour les fêtes, 40 000 sièges supplémentaires seront proposés.", want: [{ value: 40000, unit: "sièges" }] },
    { text: "L'enseigne a passé 120 hypermarchés en location-gérance.", want: [{ value: 120, unit: "hypermarchés" }] },
    // hires, seats, rides, beds, chips' transistors and cores are counted too
    { text: "Le groupe évoque 2 000 embauches d'ingénieurs l'an prochain.", want: [{ value: 2000, unit: "embauches" }] },
    { text: "Le futur stade comptera 25 000 places.", want: [{ value: 25000, unit: "places" }] },
    { text: "Le service a assuré 3,1 millions de courses sans chauffeur.", want: [{ value: 3.1e6, unit: "courses" }] },
    { text: "L'hôpital ouvrira 120 lits supplémentaires.", want: [{ value: 120, unit: "lits" }] },
    { text: "La puce compte 4 000 milliards de transistors.", want: [{ value: 4e12, unit: "transistors" }] },
    { text: "Le projet a obtenu 12 autorisations environnementales.", want: [{ value: 12, unit: "autorisations" }] },
    { text: "L'entreprise emploie 160 employés environ.", want: [{ value: 160, qualifier: "approx" }] },
    { text: "Elle revendique 800 millions d'utilisateurs, contre 400 millions en février.", want: [{ value: 400000000, unit: "utilisateurs" }] },
    // a counted noun after an elided number: a count, not an amount in the currency before
    { text: "Le réseau a levé 150 millions d'euros, dont 45 millions d'utilisateurs payants.", want: [{ value: 45e6, unit: "utilisateurs" }] },
    { text: "Le groupe a investi 2 milliards d'euros, contre 3 millions d'abonnés perdus.", want: [{ value: 3e6, unit: "abonnés" }] },
    { text: "Elle revendique plusieurs millions d'utilisateurs.", want: [{ value: null, unit: "utilisateurs", qualifier: "approx" }] },
    { text: "Llama 3 a été entraîné sur 15 000 milliards de tokens.", want: [{ value: 15000000000000, unit: "tokens" }] },
  ],
  [
    { text: "Le service est facturé 0,55 dollar par million de tokens.", why: "a rate" },
    { text: "Il y a 3 ans, la société n'existait pas.", why: "duration" },
    { text: "En 2015, OpenAI a été fondée.", why: "a year" },
  ],
);
