// Relative dates: counted from the reference day (deictic: "hier", "dans deux mois") or from the
// last date the text gave (anaphoric: "le lendemain", "trois ans plus tard"). Reference 2013-02-12
// is a Tuesday (Duckling's); 2024-05-27 a Monday.
import type { Corpus } from "../corpus.js";
import { recogniseDates } from "./date.js";

const TUE = "2013-02-12";
const MON = "2024-05-27";

export const corpus: Corpus = {
  name: "date-relative",
  recognise: (text, refDate) =>
    recogniseDates(text, { refDate: refDate ?? null }).map((m) => ({ value: m.value, text: text.slice(m.start, m.end), anchor: m.anchor })),
  positives: [
    { text: "Le ministre l'a annoncé aujourd'hui.", refDate: TUE, want: [{ value: "2013-02-12", text: "aujourd'hui", anchor: "reference" }] },
    { text: "Le texte a été voté hier soir.", refDate: TUE, want: [{ value: "2013-02-11", text: "hier" }] },
    { text: "Les résultats seront publiés demain.", refDate: TUE, want: [{ value: "2013-02-13", text: "demain" }] },
    { text: "Avant-hier, la Bourse a chuté.", refDate: TUE, want: [{ value: "2013-02-10", text: "Avant-hier" }] },
    { text: "Le vote aura lieu après-demain.", refDate: TUE, want: [{ value: "2013-02-14", text: "après-demain" }] },
    { text: "Le PDG a démissionné il y a trois jours.", refDate: TUE, want: [{ value: "2013-02-09", text: "il y a trois jours" }] },
    { text: "Il y a trois semaines, l'usine fermait.", refDate: TUE, want: [{ value: "2013-01-22", text: "Il y a trois semaines" }] },
    { text: "La loi entrera en vigueur dans deux mois.", refDate: TUE, want: [{ value: "2013-04-12", text: "dans deux mois" }] },
    { text: "Le chantier sera terminé dans deux semaines.", refDate: TUE, want: [{ value: "2013-02-26", text: "dans deux semaines" }] },
    { text: "La société a été créée il y a deux ans.", refDate: TUE, want: [{ value: "2011-02", text: "il y a deux ans" }] },
    { text: "Les ventes ont reculé le mois dernier.", refDate: TUE, want: [{ value: "2013-01", text: "le mois dernier" }] },
    { text: "Une annonce est attendue le mois prochain.", refDate: TUE, want: [{ value: "2013-03", text: "le mois prochain" }] },
    { text: "Le marché a progressé ce mois-ci.", refDate: MON, want: [{ value: "2024-05", text: "ce mois-ci" }] },
    { text: "L'année dernière, le groupe a perdu 2 milliards.", refDate: TUE, want: [{ value: "2012", text: "L'année dernière" }] },
    { text: "L'an dernier, les prix ont flambé.", refDate: MON, want: [{ value: "2023", text: "L'an dernier" }] },
    { text: "Le salon reviendra l'an prochain.", refDate: MON, want: [{ value: "2025", text: "l'an prochain" }] },
    { text: "Cette année, la croissance sera faible.", refDate: MON, want: [{ value: "2024", text: "Cette année" }] },
    { text: "Le budget de l'année prochaine est serré.", refDate: TUE, want: [{ value: "2014", text: "l'année prochaine" }] },
    { text: "Une autre levée est envisagée au deuxième trimestre de l'an prochain.", refDate: MON, want: [{ value: "2025-Q2", text: "deuxième trimestre de l'an prochain", anchor: "reference" }] },
    { text: "Le magasin a fermé en juin de l'année dernière.", refDate: MON, want: [{ value: "2023-06", text: "juin de l'année dernière" }] },
    // (the year told without "de": "en septembre l'an dernier")
    { text: "Les hôtels affichent un taux d'occupation de 94 %, contre 61 % en septembre l’an dernier.", refDate: "2028-10-02", want: [{ value: "2027-09", text: "septembre l’an dernier" }] },
    { text: "Les ventes du troisième trimestre l'année prochaine devraient rebondir.", refDate: "2028-10-02", want: [{ value: "2029-Q3", text: "troisième trimestre l'année prochaine" }] },
    // Weekdays
    { text: "Le site l'a rapporté samedi.", refDate: MON, want: [{ value: "2024-05-25", text: "samedi" }] },
    { text: "Samedi, des milliers de personnes ont manifesté.", refDate: MON, want: [{ value: "2024-05-25", text: "Samedi" }] },
    { text: "Le conseil se réunira jeudi.", refDate: MON, want: [{ value: "2024-05-30", text: "jeudi" }] },
    { text: "Il a annoncé ce lundi sa démission.", refDate: MON, want: [{ value: "2024-05-27", text: "ce lundi" }] },
    { text: "Rendez-vous mercredi prochain.", refDate: TUE, want: [{ value: "2013-02-13", text: "mercredi prochain" }] },
    { text: "Dimanche dernier, les électeurs ont voté.", refDate: TUE, want: [{ value: "2013-02-10", text: "Dimanche dernier" }] },
    { text: "La réunion est fixée mercredi de la semaine prochaine.", refDate: TUE, want: [{ value: "2013-02-20", text: "mercredi de la semaine prochaine" }] },
    { text: "On se voit lundi en huit.", refDate: TUE, want: [{ value: "2013-02-25", text: "lundi en huit" }] },
    { text: "Le verdict est attendu jeudi 15.", refDate: TUE, want: [{ value: "2013-08-15", text: "jeudi 15" }] },
    { text: "Le vote a eu lieu mardi à 15h.", refDate: "2024-05-29", want: [{ value: "2024-05-28", text: "mardi" }] },
    { text: "Le premier mercredi du mois prochain, la BCE décidera.", refDate: TUE, want: [{ value: "2013-03-06", text: "premier mercredi du mois prochain" }] },
    // Anaphors: counted from the date before them, else from the reference
    { text: "Il a cofondé OpenAI en 2015, puis l'a quittée trois ans plus tard.", want: [{ value: "2018", text: "trois ans plus tard", anchor: "explicit" }] },
    { text: "Le 3 mars 2015, l'accord a été signé. Le lendemain, il était contesté.", want: [{ value: "2015-03-04", text: "Le lendemain" }] },
    { text: "Le 3 mars 2015, l'accord a été signé ; deux jours plus tard, il était contesté.", want: [{ value: "2015-03-05", text: "deux jours plus tard" }] },
    // a compound number word is counted whole, never from its last part ("dix-huit", not "huit")
    { text: "Le premier réacteur démarrera en mars 2038, le second dix-huit mois plus tard.", want: [{ value: "2038-03", text: "mars 2038" }, { value: "2039-09", text: "dix-huit mois plus tard" }] },
    { text: "L'usine a ouvert en mars 2020 et a fermé vingt-quatre mois plus tard.", want: [{ value: "2020-03", text: "mars 2020" }, { value: "2022-03", text: "vingt-quatre mois plus tard" }] },
    { text: "Le contrat a été signé le 1er mars 2020 et résilié quatre-vingt-dix jours plus tard.", want: [{ value: "2020-03-01", text: "1er mars 2020" }, { value: "2020-05-30", text: "quatre-vingt-dix jours plus tard" }] },
    { text: "Le lendemain du 13 février, la neige est tombée.", refDate: TUE, want: [{ value: "2013-02-14", text: "Le lendemain du 13 février" }] },
    { text: "La veille de Noël, les magasins ferment tôt.", refDate: "2024-11-02", want: [{ value: "2024-12-24", text: "veille de Noël" }] },
    { text: "Il est arrivé la veille.", refDate: TUE, want: [{ value: "2013-02-11", text: "la veille" }] },
    { text: "En juin 2020, la loi a été votée ; le mois suivant, elle était appliquée.", want: [{ value: "2020-07", text: "le mois suivant" }] },
    { text: "Les livraisons s'étaleront du deuxième trimestre 2028 à la fin de l'année suivante.", refDate: MON, want: [{ value: "2028-Q2", text: "deuxième trimestre 2028" }, { value: "2029", text: "fin de l'année suivante" }] },
    // The end of the reference's decade: its last year.
    { text: "Le groupe vise 1 GW d'ici la fin de la décennie.", refDate: "2025-06-18", want: [{ value: "2029", text: "fin de la décennie" }] },
    // with no reference, "cette année" and "l'an prochain" are a year the text does not say: XXXX (the contract's rule)
    { text: "Le groupe prévoit de dépenser 75 milliards de yuans cette année.", want: [{ value: "XXXX", text: "cette année", anchor: "none" }] },
    { text: "Le fondeur vise 85 000 plaquettes par mois à la fin de l’an prochain.", want: [{ value: "XXXX", text: "fin de l’an prochain", anchor: "none" }] },
    // ... and "d'ici à la fin de l'année" counts from now, not from the last year the text told of
    { text: "Agréée en juillet 2024, la société compte recruter 60 personnes d’ici à la fin de l’année.", want: [{ value: "2024-07", text: "juillet 2024" }, { value: "XXXX", text: "fin de l’année", anchor: "none" }] },
    { text: "En 2024, le groupe avait promis un nouveau site avant la fin de l'année.", want: [{ value: "2024", text: "2024" }, { value: "2024", text: "fin de l'année" }] },
    // Undated, the decade most of the text's years fall in.
    { text: "Fondée en 2017, Voltis a livré 40 bornes en 2023 et en vise 300 en 2026, puis mille d'ici la fin de la décennie.", want: [{ value: "2029", text: "fin de la décennie" }] },
    // a round year is a horizon that closes the decade before it: "d'ici 2030" is no year of the 2030s
    { text: "Le plan, signé en 2022, vise 5 000 personnes formées d'ici 2030, et 8 000 d'ici la fin de la décennie.", want: [{ value: "2029", text: "fin de la décennie" }] },
  ],
  negatives: [
    { text: "Le monde de demain sera numérique.", refDate: MON, why: "\"de demain\" is the future in general" },
    { text: "L’association Plénéven Demain compte 180 adhérents.", refDate: MON, why: "\"Demain\" with a capital inside a sentence is part of a name" },
    { text: "« Nous ne céderons pas, ni aujourd'hui ni demain », a-t-il répété.", refDate: MON, why: "\"ni aujourd'hui ni demain\": never" },
    { text: "La veille de l'élection, il a parlé.", refDate: MON, why: "counted from an event, not a date" },
    { text: "Trois ans après sa création, la société est rentable.", refDate: MON, why: "counted from an event" },
    { text: "« Ce contrat double nos moyens du jour au lendemain », se félicite sa présidente.", refDate: MON, why: "\"du jour au lendemain\": overnight, an idiom" },
    { text: "Chaque jeudi, l'essentiel de l'actualité des infrastructures de l'IA.", refDate: MON, why: "a weekday that recurs, opening the sentence" },
    { text: "Le mégawattheure livrable le mois suivant s'échangeait à 41,20 euros.", refDate: MON, why: "\"suivant\" follows a date the text has not given: not the month after today" },
    { text: "Pour les contrats de l'année suivante, les prix ont reculé de 4 %.", refDate: MON, why: "\"suivante\" with no earlier year in the paragraph" },
    { text: "Un mois après celui de Gemini 3, OpenAI a présenté GPT-5.", refDate: MON, why: "counted from an event a pronoun stands for" },
    { text: "Deux ans après celle-ci, le fonds a fermé.", refDate: MON, why: "counted from an event a pronoun stands for" },
    { text: "Cinq ans après l'arrêt de la centrale, la commune tient un projet.", refDate: MON, why: "counted from an event with an elided article" },
    { text: "Le marché atteindra 100 milliards deux ans plus tôt qu'il ne le prévoyait.", refDate: MON, why: "a comparison with a forecast, not a date" },
    { text: "La mise en service aura lieu trois mois plus tard que prévu.", refDate: MON, why: "a delay compared with a plan" },
    { text: "Il a travaillé dans les deux mois qui ont suivi.", refDate: MON, why: "a span, not a date" },
    { text: "Ces dernières années, les prix ont grimpé.", refDate: MON, why: "a vague period" },
    { text: "Hier soir", why: "a deictic date without a reference cannot be placed" },
    { text: "Le réseau doublera d'ici la fin de la décennie.", why: "undated and no year in the text: no decade to end" },
    { text: "Cette année-là, tout a changé.", refDate: MON, why: "\"cette année-là\" points to a narrative year, not the reference" },
    { text: "La semaine prochaine, le conseil votera.", refDate: MON, why: "week granularity is not expressible" },
    { text: "Ce jour-là, il pleuvait.", refDate: MON, why: "anaphoric, not today" },
    { text: "Le Mardi gras est célébré à Nice.", refDate: MON, why: "a feast name, not a Tuesday" },
    { text: "L'accueil est ouvert du lundi au vendredi, de 9 heures à 17 heures.", refDate: MON, why: "opening days that recur every week" },
    { text: "Le marché se tient chaque mercredi sur la place.", refDate: MON, why: "a weekday that recurs" },
    { text: "Le magasin ouvrira désormais le dimanche matin.", refDate: MON, why: "\"le dimanche\" with no day of the month: every Sunday" },
    { text: "La remise est portée à 2 % le mardi pour les plus de 60 ans.", refDate: MON, why: "\"le mardi\": every Tuesday" },
  ],
};
