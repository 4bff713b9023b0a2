// Calendar dates in French news: days, months, seasons, quarters, years, feasts; with the year
// written, or found from the reference date, a weekday or the narrative. Relative dates ("hier",
// "le mois dernier") are in date-relative.corpus.ts.
import type { Corpus } from "../corpus.js";
import { recogniseDates } from "./date.js";

export const corpus: Corpus = {
  name: "date",
  recognise: (text, refDate) =>
    recogniseDates(text, { refDate: refDate ?? null }).map((m) => ({
      value: m.value,
      text: text.slice(m.start, m.end),
      anchor: m.anchor,
      ...(m.mod ? { mod: m.mod } : {}),
      ...(m.startDate ? { startDate: m.startDate, endDate: m.endDate } : {}),
    })),
  positives: [
    // Years
    { text: "OpenAI, qu'il a cofondée en 2015, puis quittée en 2018.", want: [{ value: "2015", text: "2015", anchor: "explicit" }, { value: "2018", text: "2018" }] },
    { text: "Depuis 2018, l'entreprise a triplé son chiffre d'affaires.", want: [{ value: "2018", text: "2018", startDate: "2018-01-01", endDate: "2018-12-31" }] },
    { text: "Le bug de l'an 2000 n'a pas eu lieu.", want: [{ value: "2000", text: "l'an 2000" }] },
    { text: "ChatGPT, lancé fin 2022, compte des millions d'utilisateurs.", want: [{ value: "2022", text: "fin 2022", mod: "END" }] },
    { text: "Le groupe vise la neutralité carbone d'ici 2050 (contre 2060 auparavant).", want: [{ value: "2050", text: "2050" }, { value: "2060", text: "2060" }] },
    { text: "Les résultats de l'exercice 2023 sont attendus.", want: [{ value: "2023", text: "2023" }] },
    { text: "Le salon a accueilli 40 000 visiteurs en 2019.", want: [{ value: "2019", text: "2019" }] },
    { text: "Entre 2020 et 2022, les prix ont doublé.", want: [{ value: "2020", text: "2020" }, { value: "2022", text: "2022" }] },
    { text: "Le plan couvre la période 2024-2025.", want: [{ value: "2024", text: "2024" }, { value: "2025", text: "2025" }] },
    { text: "Le film (1999) a été restauré.", want: [{ value: "1999", text: "1999" }] },
    { text: "En 1998, la France remportait la Coupe du monde.", want: [{ value: "1998", text: "1998" }] },
    { text: "Le projet a été lancé dès 2021.", want: [{ value: "2021", text: "2021" }] },
    // the year of a figure of the accounts, whatever word follows ("un chiffre d'affaires 2026 compris entre …")
    { text: "Le groupe vise un chiffre d'affaires 2026 compris entre 46 et 48 millions d'euros, et des ventes 2027 en hausse.", want: [{ value: "2026", text: "2026" }, { value: "2027", text: "2027" }] },
    // a year before 1900 where "en", "depuis" or "dès" introduces it and a clause goes on: history, a founding year
    { text: "En 1846, au plus fort de la « railway mania », le Parlement autorisa 15 000 kilomètres de voies.", want: [{ value: "1846", text: "1846" }] },
    { text: "La maison, fondée en 1884 par un sellier, emploie 900 personnes.", want: [{ value: "1884", text: "1884" }] },
    { text: "Présente depuis 1872 à Cognac et dès 1890 à Londres.", want: [{ value: "1872", text: "1872" }, { value: "1890", text: "1890" }] },
    { text: "Il restera en poste jusqu'en 2027.", want: [{ value: "2027", text: "2027" }] },
    // Modified years
    { text: "Le prototype est attendu début 2023.", want: [{ value: "2023", text: "début 2023", mod: "START" }] },
    { text: "Supercalculateur attendu d'ici fin 2025.", want: [{ value: "2025", text: "fin 2025", mod: "END" }] },
    { text: "La production doit reprendre mi-2024.", want: [{ value: "2024", text: "mi-2024", mod: "MID" }] },
    { text: "Le chantier s'achèvera à la fin de 2024.", want: [{ value: "2024", text: "fin de 2024", mod: "END" }] },
    { text: "Au début de l'année 2023, la société comptait 50 salariés.", want: [{ value: "2023", text: "début de l'année 2023", mod: "START" }] },
    { text: "Les livraisons commenceront courant 2024.", want: [{ value: "2024", text: "courant 2024" }] },
    { text: "L'année 2024 marque un tournant.", want: [{ value: "2024", text: "L'année 2024" }] },
    // Parts of a year without its number: the reference's year, the sentence's written one, or one before or after
    { text: "Le distributeur espère doubler ses ventes d'ici la fin de l'année.", refDate: "2025-03-14", want: [{ value: "2025", text: "fin de l'année", mod: "END", anchor: "reference" }] },
    // who says it is no tense of the date's ("…, a précisé le PDG"); a promise looks ahead ("a promis … au deuxième trimestre")
    { text: "Le choix du moteur sera annoncé « d'ici à la fin de l'année », a précisé le PDG de la compagnie.", refDate: "2028-02-22", want: [{ value: "2028", mod: "END" }] },
    { text: "Le motoriste a promis un retour à la normale « au deuxième trimestre ».", refDate: "2028-01-27", want: [{ value: "2028-Q2" }] },
    // a predicate joined after the date ("… et prévoit") speaks of its own time, not of the date's
    { text: "Le groupe a inscrit une dépréciation de 96 M$ au quatrième trimestre et prévoit des frais de restructuration.", refDate: "2030-02-05", want: [{ value: "2029-Q4" }] },
    { text: "Le studio ouvrira son bureau en mars et a déjà recruté vingt personnes.", refDate: "2029-11-10", want: [{ value: "2030-03" }] },
    // days and years as said aloud, in a transcript ("deux mille trente salariés" counts people)
    { text: "— M.-A. C. : On montera à trois cents mégawatts en deux mille trente. Le deuxième bâtiment ouvre le quinze avril.", refDate: "2029-03-14", want: [{ value: "2030", text: "deux mille trente" }, { value: "2029-04-15", text: "quinze avril" }] },
    { text: "Le raccordement est prévu le vingt et un septembre deux mille trente et un, et le site visera un gigawatt d’ici deux mille trente-quatre.", refDate: "2029-03-14", want: [{ value: "2031-09-21", text: "vingt et un septembre deux mille trente et un" }, { value: "2034", text: "deux mille trente-quatre" }] },
    { text: "Le groupe comptera deux mille trente salariés en France.", refDate: "2029-03-14", want: [] },
    { text: "Rendez-vous mardi vingt-deux mai, puis fin deux mille trente.", refDate: "2029-03-14", want: [{ value: "2029-05-22" }, { value: "2030", text: "deux mille trente" }] },
    // ... and "avant" a season: the season after the promise
    { text: "La ministre avait promis « un projet de loi rectificatif avant l’été ».", refDate: "2029-03-18", want: [{ value: "2029-SU" }] },
    // "de cette année-là", "de la même année": the year told last
    { text: "Souvenons-nous de 2000. Au printemps de cette année-là, l'opérateur valait 90 milliards.", refDate: "2028-10-09", want: [{ value: "2000", text: "2000" }, { value: "2000-SP", text: "printemps" }] },
    { text: "Le site a fermé en 2019. En septembre de la même année, l'usine voisine a licencié.", refDate: "2028-10-09", want: [{ value: "2019", text: "2019" }, { value: "2019-09", text: "septembre" }] },
    // "la rentrée" with no tense is the coming one, like a feast; a past tense keeps the one gone
    { text: "À Vannes, le repas à la cantine passe à 3,20 € à la rentrée, une première depuis 2021.", refDate: "2028-07-07", want: [{ value: "2028-09", text: "la rentrée" }, { value: "2021", text: "2021" }] },
    { text: "La rentrée s’était mal passée pour le groupe.", refDate: "2028-07-07", want: [{ value: "2027-09", text: "La rentrée" }] },
    // a day of the week just gone, under a future tense, is that day, not next year's
    { text: "Les dossiers déposés avant le 2 juin pourront encore être instruits.", refDate: "2027-06-06", want: [{ value: "2027-06-02", text: "2 juin" }] },
    { text: "Les dossiers déposés avant le 2 juin pourront encore être instruits.", refDate: "2027-06-20", want: [{ value: "2028-06-02", text: "2 juin" }] },
    // a conditional is no imperfect ("ouvrirait", "coûterait"), and a hope looks ahead ("espère un feu vert")
    { text: "Un accord, espéré avant l'été, ouvrirait le marché aux hôpitaux.", refDate: "2029-02-13", want: [{ value: "2029-SU", text: "l'été" }] },
    { text: "La ville espère un feu vert « avant l'été ».", refDate: "2028-11-15", want: [{ value: "2029-SU", text: "l'été" }] },
    { text: "Le second réacteur coûterait 9 milliards et démarrerait en septembre.", refDate: "2028-11-15", want: [{ value: "2029-09", text: "septembre" }] },
    { text: "Les ventes progressaient encore en septembre.", refDate: "2028-11-15", want: [{ value: "2028-09", text: "septembre" }] },
    { text: "Son PDG avait promis en février de réserver jusqu'à 3 GW de la production aux industriels.", refDate: "2027-11-05", want: [{ value: "2027-02" }] },
    { text: "Le site ouvrira « avant la fin de l'année », précise le directeur.", refDate: "2028-02-22", want: [{ value: "2028", mod: "END" }] },
    // the earlier side of a comparison, a few words after "contre"
    { text: "Tout client qui commande plus de 2 000 accélérateurs devra faire l’objet d’une licence, contre 4 000 dans le projet soumis à consultation en juin.", refDate: "2028-12-18", want: [{ value: "2028-06" }] },
    // the future of the first and second persons plural looks ahead ("Nous ouvrirons un bureau à la rentrée")
    { text: "Nous ouvrirons un bureau à Austin en septembre.", refDate: "2027-06-20", want: [{ value: "2027-09" }] },
    { text: "Les patrons de la filière ont signé l'accord en septembre.", refDate: "2027-06-20", want: [{ value: "2026-09" }] },
    // a year told in a participle aside is no frame for a later date of the main clause
    { text: "Stratobyte, introduit au Nasdaq en mars 2026, a fait état d'un carnet de commandes de 61,7 milliards de dollars au 31 décembre.", refDate: "2028-02-24", want: [{ value: "2026-03" }, { value: "2027-12-31", text: "31 décembre" }] },
    { text: "En début d'année, les carnets de commandes se sont remplis.", refDate: "2024-06-02", want: [{ value: "2024", text: "début d'année", mod: "START" }] },
    { text: "La banque ouvrira une agence au début de l’année prochaine.", refDate: "2024-10-20", want: [{ value: "2025", text: "début de l’année prochaine", mod: "START" }] },
    { text: "Le cours avait chuté à la fin de l'année dernière.", refDate: "2024-02-03", want: [{ value: "2023", text: "fin de l'année dernière", mod: "END" }] },
    // a part of the reference's month: "d'ici la fin du mois", "au début du mois prochain" ("la fin du mois de juin" is June's)
    { text: "L'accord doit être signé d'ici la fin du mois.", refDate: "2028-01-12", want: [{ value: "2028-01", text: "fin du mois", mod: "END" }] },
    { text: "Les premières livraisons arriveront au début du mois prochain.", refDate: "2028-01-12", want: [{ value: "2028-02", text: "début du mois prochain", mod: "START" }] },
    { text: "Le budget sera bouclé avant la fin de cette année.", refDate: "2023-05-09", want: [{ value: "2023", text: "fin de cette année", mod: "END" }] },
    { text: "Mi-2023, le fondateur avait juré d'embaucher 500 ingénieurs avant la fin de l'année.", refDate: "2025-01-20", want: [{ value: "2023", text: "Mi-2023", mod: "MID" }, { value: "2023", text: "fin de l'année", mod: "END", anchor: "narrative" }] },
    // ... unless a nearer date of the sentence is told from now: "depuis mars 2025, s'est engagé à remettre … d'ici au
    // 30 juin, puis … avant la fin de l'année"
    { text: "Le fonds, qui détient 85 % du club depuis mars 2025, s'est engagé à remettre 5 millions d'euros d'ici au 30 juin, puis 2,5 millions avant la fin de l'année.", refDate: "2028-06-12", want: [{ value: "2025-03", text: "mars 2025" }, { value: "2028-06-30", text: "30 juin" }, { value: "2028", text: "fin de l'année", mod: "END" }] },
    { text: "Le réseau sera étendu à la mi-2027.", want: [{ value: "2027", text: "mi-2027", mod: "MID" }] },
    { text: "Le site fermera à la fin de l'année 2026.", want: [{ value: "2026", text: "fin de l'année 2026", mod: "END", anchor: "explicit" }] },
    { text: "Les soldes reprennent en fin d'année.", want: [{ value: "XXXX", text: "fin d'année", mod: "END", anchor: "none" }] },
    // A quarter, half, season or month of the year before or after the reference's: one mention
    { text: "La mise en production est repoussée au premier semestre de l'année prochaine.", refDate: "2024-11-04", want: [{ value: "2025-H1", text: "premier semestre de l'année prochaine", anchor: "reference" }] },
    { text: "Au quatrième trimestre de l’an dernier, la marge a fondu.", refDate: "2024-04-18", want: [{ value: "2023-Q4", text: "quatrième trimestre de l’an dernier" }] },
    { text: "L'usine tournera à plein régime à l'automne de l'année prochaine.", refDate: "2024-02-01", want: [{ value: "2025-FA", text: "l'automne de l'année prochaine" }] },
    { text: "Les embauches prévues en octobre de cette année sont gelées.", refDate: "2024-02-01", want: [{ value: "2024-10", text: "octobre de cette année" }] },
    // Fiscal years: "l'exercice 2026" stays a year (its label), but lends no year to the calendar months nearby
    { text: "Sur le troisième trimestre de l'exercice 2025, clos fin octobre, la marge a progressé.", want: [{ value: "2025", text: "2025" }, { value: "XXXX-10", text: "fin octobre", mod: "END", anchor: "none" }] },
    { text: "Sur son exercice fiscal 2026, qui s'achève fin juin, le groupe investira 10 milliards.", refDate: "2025-09-15", want: [{ value: "2026", text: "2026" }, { value: "2026-06", text: "fin juin", mod: "END", anchor: "reference" }] },
    // Month and year
    { text: "xAI, qu'il a lancée en juillet 2023, vaut déjà 24 milliards.", want: [{ value: "2023-07", text: "juillet 2023", startDate: "2023-07-01", endDate: "2023-07-31" }] },
    { text: "En novembre 2023, Elon Musk avait dévoilé Grok.", want: [{ value: "2023-11", text: "novembre 2023" }] },
    { text: "La plateforme X, rachetée en octobre 2022.", want: [{ value: "2022-10", text: "octobre 2022" }] },
    { text: "Les ventes ont chuté fin mars 2024.", want: [{ value: "2024-03", text: "fin mars 2024", mod: "END" }] },
    { text: "Un accord est espéré mi-juillet 2024.", want: [{ value: "2024-07", text: "mi-juillet 2024", mod: "MID" }] },
    { text: "Le rapport publié en févr. 2024 le confirme.", want: [{ value: "2024-02", text: "févr. 2024" }] },
    { text: "Les chiffres de sept. 2023 sont révisés.", want: [{ value: "2023-09", text: "sept. 2023" }] },
    { text: "Le décret d'août 2021 est entré en vigueur.", want: [{ value: "2021-08", text: "août 2021" }] },
    { text: "Un sommet s'est tenu en decembre 2019.", want: [{ value: "2019-12", text: "decembre 2019" }] },
    { text: "Mise en service : 03/2024.", want: [{ value: "2024-03", text: "03/2024" }] },
    { text: "Les données de 2016-11 sont manquantes.", want: [{ value: "2016-11", text: "2016-11" }] },
    { text: "Le contrat signé au début du mois de mai 2024.", want: [{ value: "2024-05", text: "du mois de mai 2024" }] },
    // Days
    { text: "Le président s'exprimera le 1er janvier 2024.", want: [{ value: "2024-01-01", text: "1er janvier 2024" }] },
    { text: "Le fondateur a annoncé, samedi 25 mai 2024, un nouveau tour de table.", want: [{ value: "2024-05-25", text: "samedi 25 mai 2024", anchor: "explicit" }] },
    { text: "Rendez-vous le 14 juillet 2025 sur les Champs-Élysées.", want: [{ value: "2025-07-14", text: "14 juillet 2025" }] },
    { text: "Échéance au 26/05/2024.", want: [{ value: "2024-05-26", text: "26/05/2024" }] },
    { text: "Date de clôture : 2024-05-26.", want: [{ value: "2024-05-26", text: "2024-05-26" }] },
    { text: "Vote prévu le 26.05.2024 à Bruxelles.", want: [{ value: "2024-05-26", text: "26.05.2024" }] },
    { text: "Naissance le 31/10/74 à Lyon.", want: [{ value: "1974-10-31", text: "31/10/74" }] },
    { text: "L'audience du 3 mars 2015 a été reportée.", want: [{ value: "2015-03-03", text: "3 mars 2015" }] },
    { text: "Le premier mars 2013, le pape a renoncé.", want: [{ value: "2013-03-01", text: "premier mars 2013" }] },
    { text: "Exposition le mer. 24 juin 2020.", want: [{ value: "2020-06-24", text: "mer. 24 juin 2020" }] },
    { text: "Lundi 12 janvier, 2016 : les marchés plongent.", want: [{ value: "2016-01-12", text: "Lundi 12 janvier, 2016" }] },
    { text: "Le traité du 9 déc. 1905 sépare l'Église et l'État.", want: [{ value: "1905-12-09", text: "9 déc. 1905" }] },
    { text: "Le 29 février 2024 est tombé un jeudi.", want: [{ value: "2024-02-29", text: "29 février 2024" }] },
    { text: "Le journal daté du 15 fév 2013.", want: [{ value: "2013-02-15", text: "15 fev 2013".replace("fev", "fév") }] },
    { text: "Accès au site : 23/Sep/2020.", want: [{ value: "2020-09-23", text: "23/Sep/2020" }] },
    { text: "Le 1er avril 78, tout a changé.", want: [{ value: "1978-04-01", text: "1er avril 78" }] },
    // Day and month, year from the reference
    { text: "Le conseil se réunira le 5 juillet.", refDate: "2024-05-27", want: [{ value: "2024-07-05", text: "5 juillet", anchor: "reference" }] },
    { text: "Le 15 mai, le conseil a voté le budget.", refDate: "2024-05-27", want: [{ value: "2024-05-15", text: "15 mai" }] },
    { text: "Le texte a été adopté le 20 décembre.", refDate: "2025-01-05", want: [{ value: "2024-12-20", text: "20 décembre" }] },
    { text: "La réforme entrera en vigueur le 1er janvier.", refDate: "2024-12-10", want: [{ value: "2025-01-01", text: "1er janvier" }] },
    { text: "Le fondateur a annoncé, dimanche 26 mai, avoir bouclé un tour de table.", refDate: "2024-05-27", want: [{ value: "2024-05-26", text: "dimanche 26 mai" }] },
    { text: "Il a été élu dimanche 29 décembre.", refDate: "2025-01-03", want: [{ value: "2024-12-29", text: "dimanche 29 décembre" }] },
    { text: "La livraison est attendue le 17/02.", refDate: "2013-02-12", want: [{ value: "2013-02-17", text: "le 17/02" }] },
    { text: "Rendez-vous le 2/3 à Paris.", refDate: "2013-02-12", want: [{ value: "2013-03-02", text: "le 2/3" }] },
    { text: "Le 29/2 n'existe pas tous les ans.", refDate: "2019-03-22", want: [{ value: "2020-02-29", text: "Le 29/2" }] },
    // Day and month, no anchor
    { text: "La cérémonie aura lieu le 12 mars.", want: [{ value: "XXXX-03-12", text: "12 mars", anchor: "none" }] },
    { text: "Le 8 mai, les anciens combattants défilent.", want: [{ value: "XXXX-05-08", text: "8 mai" }] },
    { text: "Sortie prévue le 3 sept. en librairie.", want: [{ value: "XXXX-09-03", text: "3 sept." }] },
    // Weekday fixes the year from the text's other years
    {
      text: "Créée en juillet 2023, la start-up, fondée par un cofondateur d'OpenAI en 2015, a annoncé dimanche 26 mai une levée. Objectif : fin 2025.",
      want: [{ value: "2024-05-26", text: "dimanche 26 mai", anchor: "weekday" }],
    },
    {
      text: "En octobre 2022, il rachetait Twitter ; en novembre 2023 il dévoilait Grok. Le site l'a révélé samedi 25 mai. Lors d'une présentation en mai, il a parlé de 2025.",
      want: [{ value: "2024-05-25", text: "samedi 25 mai", anchor: "weekday" }, { value: "2024-05", text: "mai", anchor: "weekday" }],
    },
    // ... and a year after "depuis" lies before the text's now: "depuis 2021" with Tuesday 14 December is 2027, not 2021
    {
      text: "Sonavox a vendu plus de 2,1 millions d’enceintes depuis 2021. L’audience est fixée au mardi 14 décembre. Introduite en droit français en 2014, l’action de groupe reste rare.",
      want: [{ value: "2027-12-14", text: "mardi 14 décembre", anchor: "weekday" }],
    },
    // ... so does a year whose accounts the text reports closed: "a réalisé en 2029 un chiffre d'affaires" is told in
    // 2030 or later (June 4 is a Tuesday in 2019, 2024 and 2030)
    {
      text: "Il a fait savoir mardi 4 juin qu'il céderait la présidence. Coté depuis 2011, le groupe a réalisé en 2029 un chiffre d'affaires de 4,38 milliards d'euros. Sa fille dirige depuis 2021 la ligne masculine ; le groupe Castelmire est entré au capital en 2026 ; trois offres ont été refusées depuis 2019.",
      want: [{ value: "2030-06-04", text: "mardi 4 juin", anchor: "weekday" }],
    },
    // Months alone
    { text: "Il a intenté une action en justice contre l'entreprise en mars.", want: [{ value: "XXXX-03", text: "mars", anchor: "none" }] },
    { text: "Il a intenté une action en justice contre l'entreprise en mars.", refDate: "2024-05-27", want: [{ value: "2024-03", text: "mars", anchor: "reference" }] },
    { text: "Le service a été lancé en novembre.", refDate: "2024-02-10", want: [{ value: "2023-11", text: "novembre" }] },
    { text: "Le supercalculateur sera opérationnel en septembre.", refDate: "2024-10-02", want: [{ value: "2025-09", text: "septembre" }] },
    { text: "En novembre dernier, Musk a présenté Grok.", want: [{ value: "XXXX-11", text: "novembre dernier" }] },
    { text: "En novembre dernier, Musk a présenté Grok.", refDate: "2024-05-27", want: [{ value: "2023-11", text: "novembre dernier" }] },
    { text: "Le chantier a commencé en mars dernier.", refDate: "2024-03-20", want: [{ value: "2023-03", text: "mars dernier" }] },
    { text: "Les résultats seront publiés en mai prochain.", refDate: "2024-05-27", want: [{ value: "2025-05", text: "mai prochain" }] },
    { text: "Le mois de mai a été riche en annonces.", refDate: "2024-05", want: [{ value: "2024-05", text: "Le mois de mai" }] },
    // A month without a tense cue is the latest one when it is recent; past participles and "contre" look back
    { text: "Leur robot aspirateur, commercialisé fin novembre, s'est vendu à 80 000 exemplaires.", refDate: "2025-02-11", want: [{ value: "2024-11", text: "fin novembre", mod: "END" }] },
    { text: "La filiale créée en décembre avec un partenaire saoudien doit recruter 200 personnes.", refDate: "2025-03-05", want: [{ value: "2024-12", text: "décembre" }] },
    // a sentence that opens on a past participle tells of the past up to its comma, whatever the main verb
    { text: "Annoncée lors du salon de Hanovre, le 2 avril, la gamme doit arriver en magasin l'an prochain.", refDate: "2025-04-09", want: [{ value: "2025-04-02", text: "2 avril" }] },
    { text: "Prévue le 20 avril, la réunion doit trancher.", refDate: "2025-04-09", want: [{ value: "2025-04-20", text: "20 avril" }] },
    // ... also when the participle's clause goes on after the date: "Arrivé le 15 septembre de chez Renault, il présentera"
    { text: "Arrivé le 15 septembre de chez Renault, le directeur présentera son plan au printemps.", refDate: "2025-10-21", want: [{ value: "2025-09-15", text: "15 septembre" }] },
    // ... but a name shaped like one, then ", qui", opens no participle's clause ("Nordalie, qui doit emménager en janvier")
    { text: "Valmorie, qui doit déménager en février, recrute quarante ingénieurs.", refDate: "2028-10-03", want: [{ value: "2029-02", text: "février" }] },
    { text: "Le trafic atteint 12 millions de passagers, contre 9 millions en octobre.", refDate: "2025-01-20", want: [{ value: "2024-10", text: "octobre" }] },
    // "payable le 1er février": a payment date lies ahead
    { text: "La banque relève son dividende trimestriel, à 1,24 $ par action, payable le 1er février.", refDate: "2025-12-03", want: [{ value: "2026-02-01", text: "1er février" }] },
    // "l'été prochain" a few days before summer is next year's; in winter it is the coming one
    { text: "Nous voulons être rentables d'ici l'été prochain.", refDate: "2025-06-18", want: [{ value: "2026-SU", text: "l'été prochain" }] },
    { text: "Nous voulons être rentables d'ici l'été prochain.", refDate: "2025-01-18", want: [{ value: "2025-SU", text: "l'été prochain" }] },
    // ... and a month before spring, "le printemps prochain" is still the coming one
    { text: "La cave sera mise en service au printemps prochain.", refDate: "2027-02-24", want: [{ value: "2027-SP", text: "printemps prochain" }] },
    // "2 300 de moins qu'en septembre": the other side of a comparison looks back, whatever follows
    { text: "Le groupe comptait 162 400 salariés fin décembre, 2 300 de moins qu’en septembre, mais il prévoit de recruter 18 000 diplômés.", refDate: "2026-01-15", want: [{ value: "2025-09", text: "septembre" }] },
    // a day named with "prochain" or "dernier": the next or last such day, the day kept
    { text: "Le groupe versera le 1er juillet prochain un dividende inchangé.", refDate: "2026-05-12", want: [{ value: "2026-07-01", text: "1er juillet prochain" }] },
    { text: "L'accord a été signé le 15 mars dernier à Bruxelles.", refDate: "2026-05-12", want: [{ value: "2026-03-15", text: "15 mars dernier" }] },
    { text: "La cérémonie aura lieu le 10 mai prochain.", refDate: "2026-05-12", want: [{ value: "2027-05-10", text: "10 mai prochain" }] },
    // a starting point with no tense around it looks ahead ("à compter d'octobre"); a past verb still wins
    { text: "Le directeur n’exclut pas une hausse des prix à compter d’octobre.", refDate: "2026-07-23", want: [{ value: "2026-10", text: "octobre" }] },
    { text: "Dès mars, les ventes avaient chuté de moitié.", refDate: "2026-07-23", want: [{ value: "2026-03", text: "mars" }] },
    { text: "Un assistant d'IA dans trois lycées dès la rentrée", refDate: "2027-06-02", want: [{ value: "2027-09", text: "la rentrée" }] },
    // a headline's yearless period takes the year the body writes for the same period
    { text: "MediaTek : bénéfice record au quatrième trimestre\nLe groupe a publié mercredi un chiffre d'affaires de 4,1 milliards d'euros pour le quatrième trimestre 2025.", refDate: "2026-02-05", want: [{ value: "2025-Q4", text: "quatrième trimestre" }] },
    // ... only when the body's first mention of that period is the one with a year
    { text: "Un assistant dans trois lycées dès la rentrée\nLes élèves l'utiliseront dès la rentrée de septembre. La Région veut l'étendre à tous les lycées d'ici la rentrée 2029.", refDate: "2027-06-02", want: [{ value: "2027-09", text: "la rentrée" }] },
    // a results period is reported, whatever tense the sentence speaks in
    { text: "ST publiera ses comptes du deuxième trimestre le 29 juillet.", refDate: "2027-07-09", want: [{ value: "2027-Q2", text: "deuxième trimestre" }] },
    { text: "Le groupe dévoilera ses résultats du premier semestre fin juillet.", refDate: "2027-07-09", want: [{ value: "2027-H1", text: "premier semestre" }] },
    // a figure compared with "après" or "contre" looks back
    { text: "Pour le quatrième trimestre, la direction prévoit une marge brute de 51 % à 53 %, après 52,4 % au troisième trimestre.", refDate: "2027-10-13", want: [{ value: "2027-Q3", text: "troisième trimestre" }] },
    { text: "Le groupe vise 2 milliards d'euros de ventes, contre 1,6 milliard en février.", refDate: "2027-10-13", want: [{ value: "2027-02", text: "février" }] },
    // a rule "à compter du", a charge "applicable à partir du", a floor "pas avant": ahead, whatever the reporting verb's tense
    { text: "Le département américain du Commerce a interdit, à compter du 1er juin, toute exportation vers la Chine.", refDate: "2027-05-19", want: [{ value: "2027-06-01", text: "1er juin" }] },
    { text: "Air Liquide a notifié à ses clients des surcharges applicables à partir du 1er juillet.", refDate: "2027-06-22", want: [{ value: "2027-07-01", text: "1er juillet" }] },
    { text: "Un retour à la cadence normale « pas avant la mi-mai », a indiqué son directeur financier.", refDate: "2027-04-14", want: [{ value: "2027-05", text: "mi-mai" }] },
    // a change of price or tariff "au 1er mars" takes effect then: ahead, whatever tense reports it
    { text: "Le fournisseur a annoncé jeudi une hausse moyenne de 6 % de ses tarifs au 1er mars.", refDate: "2031-01-16", want: [{ value: "2031-03-01", text: "1er mars" }] },
    { text: "Le régulateur doit proposer la baisse des tarifs réglementés au 1er juillet.", refDate: "2029-01-10", want: [{ value: "2029-07-01", text: "1er juillet" }] },
    { text: "La mutuelle a confirmé la revalorisation de ses cotisations dès le 1er avril.", refDate: "2028-02-20", want: [{ value: "2028-04-01", text: "1er avril" }] },
    // ... and so does a measure: short time, a closure, a ban
    { text: "Le sous-traitant a annoncé du chômage partiel pour 140 de ses 620 employés à partir du 1er juillet.", refDate: "2028-06-22", want: [{ value: "2028-07-01", text: "1er juillet" }] },
    { text: "La préfecture a décidé la fermeture des deux sites au 1er décembre.", refDate: "2028-11-10", want: [{ value: "2028-12-01", text: "1er décembre" }] },
    // a participle set off by a comma tells of the past, even in a future clause ("commandés en janvier", "inauguré en juin")
    { text: "Le premier centre doit ouvrir en octobre avec 512 GPU, commandés en janvier.", refDate: "2028-03-10", want: [{ value: "2028-01", text: "janvier" }] },
    // "après avoir migré …": what was done before the main verb's plan is past
    { text: "Elle prévoit d'embaucher vingt développeurs d'ici l'été, après avoir migré ses serveurs au quatrième trimestre.", refDate: "2030-01-09", want: [{ value: "2029-Q4", text: "quatrième trimestre" }] },
    { text: "Le groupe compte ouvrir un second site, après avoir doublé ses ventes en novembre.", refDate: "2029-02-03", want: [{ value: "2028-11", text: "novembre" }] },
    // (read before the date only: the plan's own deadline stays ahead)
    { text: "Le groupe lancera un programme de rachat d'actions, à mener d'ici à la fin de l'année, après avoir annulé 3,2 millions de titres.", refDate: "2029-02-03", want: [{ value: "2029", text: "fin de l'année" }] },
    // "avant la réunion du 9 décembre": an event something waits for lies ahead, whatever the verb's tense
    { text: "Elle s'est refusée à tout commentaire avant la réunion de la BCE du 9 décembre.", refDate: "2027-11-16", want: [{ value: "2027-12-09", text: "9 décembre" }] },
    // an adverb or preposition ending in "s" after a year is no counted noun: "en 2025 auprès de", "en 2026 toutefois"
    { text: "Verdanne a levé 350 millions d’euros en 2025 auprès de Bpifrance.", refDate: "2027-10-10", want: [{ value: "2025", text: "2025" }] },
    { text: "La hausse devrait ralentir en 2026 toutefois.", refDate: "2025-10-10", want: [{ value: "2026", text: "2026" }] },
    // a period extended, opened or granted "jusqu'au": its end lies ahead even in the past tense; not a state told in the imperfect
    { text: "L’Arcom a mis en demeure deux réseaux et ouvert, jusqu’au 15 janvier, une consultation publique.", refDate: "2027-11-23", want: [{ value: "2028-01-15", text: "15 janvier" }] },
    { text: "Le gouvernement a prolongé le dispositif jusqu'au 31 mars.", refDate: "2027-11-23", want: [{ value: "2028-03-31", text: "31 mars" }] },
    { text: "Le tribunal a donné jusqu'au 15 février à la société pour payer.", refDate: "2027-11-23", want: [{ value: "2028-02-15", text: "15 février" }] },
    { text: "Le musée était ouvert jusqu'au 15 janvier.", refDate: "2027-11-23", want: [{ value: "2027-01-15", text: "15 janvier" }] },
    // a figure "attendu par le consensus" is an expectation, not a date ahead
    { text: "Le loueur a publié jeudi un chiffre d’affaires de 318 millions d’euros pour le troisième trimestre, en hausse de 64 % sur un an, au-dessus des 309 millions attendus par le consensus.", refDate: "2028-11-10", want: [{ value: "2028-11-09", text: "jeudi" }, { value: "2028-Q3", text: "troisième trimestre" }] },
    // the first end of a range takes the second's year, a year earlier when its month comes later
    { text: "Le logiciel a émis 3 470 alertes entre février et août 2026.", refDate: "2027-10-07", want: [{ value: "2026-02", text: "février" }, { value: "2026-08", text: "août 2026" }] },
    { text: "La station a fermé de novembre à mars 2027.", refDate: "2028-10-07", want: [{ value: "2026-11", text: "novembre" }, { value: "2027-03", text: "mars 2027" }] },
    { text: "Le festival se tiendra du 3 juillet au 12 août 2029.", refDate: "2027-10-07", want: [{ value: "2029-07-03", text: "3 juillet" }, { value: "2029-08-12", text: "12 août 2029" }] },
    // the coming period when nothing reports it
    { text: "La production démarrera au deuxième trimestre.", refDate: "2027-07-09", want: [{ value: "2028-Q2", text: "deuxième trimestre" }] },
    // a founding year in an aside frames nothing: "en début d'année" is the reference's year
    { text: "La jeune pousse lyonnaise, fondée en 2023, revendique 2,4 millions d'utilisateurs et a levé 85 millions d'euros en série A en début d'année.", refDate: "2027-06-24", want: [{ value: "2027", text: "début d'année", mod: "START" }] },
    // what is deliverable lies ahead, whatever was signed
    { text: "Trois clients ont déjà signé pour 75 unités, livrables à partir du quatrième trimestre.", refDate: "2027-04-21", want: [{ value: "2027-Q4", text: "quatrième trimestre" }] },
    // the year of the accounts, even before a plural adjective
    { text: "Orange a présenté des résultats 2027 conformes à ses objectifs.", refDate: "2028-02-18", want: [{ value: "2027", text: "2027" }] },
    // a winter across two years is one season, named by its first year
    { text: "La piscine pourrait en profiter dès l'hiver 2028-2029.", refDate: "2027-06-01", only: true, want: [{ value: "2028-WI", text: "l'hiver 2028-2029" }] },
    // a deadline looks ahead from the dateline
    { text: "WASHINGTON, 3 décembre (Reuters) - Les industriels ont jusqu'au 2 février pour transmettre leurs commentaires.", refDate: "2027-12-03", want: [{ value: "2028-02-02", text: "2 février" }] },
    // a semicolon ends the clause: a past verb after it speaks of something else
    { text: "Le premier essai est programmé le 9 décembre sur le banc de Vernon ; le premier vol est visé en 2028 depuis Kourou, où le CNES a attribué un pas de tir à Hélicor en mai.", refDate: "2027-10-14", want: [{ value: "2027-12-09", text: "9 décembre" }] },
    // "ont jusqu'au 30 avril" is the verb "avoir", not a compound past; a deadline promised lies ahead
    { text: "Les candidats ont jusqu'au 30 avril, midi, pour déposer leur offre.", refDate: "2026-03-12", want: [{ value: "2026-04-30", text: "30 avril" }] },
    { text: "Le ministère a promis une médiation avant le 15 décembre.", refDate: "2025-11-20", want: [{ value: "2025-12-15", text: "15 décembre" }] },
    { text: "Le ministère avait tranché le dossier avant le 15 décembre.", refDate: "2025-11-20", want: [{ value: "2024-12-15", text: "15 décembre" }] },
    // what is awaited or promised "pour" a month lies ahead; so does a hearing a judge "a fixé au" a day, and what
    // "pourrait être rendu avant l'été" (a possibility is ahead)
    { text: "À Plouzélec, les 1 240 habitants attendent la fibre pour septembre.", refDate: "2028-02-04", want: [{ value: "2028-09", text: "septembre" }] },
    { text: "L'accord doit encore être approuvé par la juge, qui a fixé une audience au 25 janvier.", refDate: "2027-11-09", want: [{ value: "2028-01-25", text: "25 janvier" }] },
    { text: "L'examen du texte a été reporté au 3 février.", refDate: "2027-12-15", want: [{ value: "2028-02-03", text: "3 février" }] },
    { text: "Le jugement pourrait être rendu avant l’été.", refDate: "2027-12-02", want: [{ value: "2028-SU", text: "l’été" }] },
    // a position stated "au 31 décembre" in a results story is the last closing date; a time limit "jusqu'au"
    // ends ahead; so does what a club "s'était engagé … à réaliser … avant le 31 août"
    { text: "Le taux d’occupation financier s’établit à 95,8 % au 31 décembre, contre 93,1 % un an plus tôt.", refDate: "2028-02-16", want: [{ value: "2027-12-31", text: "31 décembre" }] },
    { text: "L'arrêté a été affiché le 5 juin, ce qui ouvre un délai de recours des tiers de deux mois, jusqu'au 5 août inclus.", refDate: "2028-06-09", want: [{ value: "2028-06-05", text: "5 juin" }, { value: "2028-08-05", text: "5 août" }] },
    { text: "Le club s'était engagé devant la DNCG à réaliser au moins 30 millions d'euros de ventes avant le 31 août.", refDate: "2027-08-26", want: [{ value: "2027-08-31", text: "31 août" }] },
    // (a strike that lasted until a day tells of the past; a target "au 31 décembre" lies ahead)
    { text: "La grève a duré jusqu'au 5 mai.", refDate: "2027-06-10", want: [{ value: "2027-05-05", text: "5 mai" }] },
    { text: "Le groupe vise un taux d'occupation de 97 % au 31 décembre.", refDate: "2028-02-16", want: [{ value: "2028-12-31", text: "31 décembre" }] },
    // a story told in order: a yearless day after a full date of an earlier year, in the same sentence and later in
    // that year, is in that year ("lancée le 14 octobre 2026 …, notifiée le 3 décembre")
    { text: "L’attaque, lancée le 14 octobre 2026 par un groupe, n’a été notifiée au régulateur que le 3 décembre, sept semaines plus tard.", refDate: "2028-02-09", want: [{ value: "2026-10-14" }, { value: "2026-12-03", text: "3 décembre" }] },
    // (not one that comes earlier in the year than the full date, nor a date ahead)
    { text: "Signé le 14 octobre 2026, le contrat a été prolongé le 3 mars.", refDate: "2028-02-09", want: [{ value: "2026-10-14" }, { value: "2027-03-03", text: "3 mars" }] },
    // what was first expected or announced for a time, now put off, lies behind when that time has passed; what
    // a decision is put off to lies ahead ("a repoussé à septembre")
    { text: "Annoncée pour fin juin, puis pour septembre, la décision est désormais attendue « au premier trimestre 2028 ».", refDate: "2027-11-24", want: [{ value: "2027-06", text: "fin juin" }, { value: "2027-09", text: "septembre" }] },
    { text: "La Commission a repoussé à septembre la sélection finale, initialement attendue fin juin.", refDate: "2027-07-08", want: [{ value: "2027-09", text: "septembre" }, { value: "2027-06", text: "fin juin" }] },
    // a stock stated at a month's end ("à fin juin", or right after its figure) is the last one closed, whatever the
    // tense of the sentence: "la cession doit ramener sa dette, de 14,6 milliards à fin juin, à 10,5 milliards"
    { text: "La cession doit ramener sa dette nette, de 14,6 milliards d'euros à fin juin, à environ 10,5 milliards.", refDate: "2030-07-08", want: [{ value: "2030-06", text: "fin juin", mod: "END" }] },
    { text: "Son ratio de solvabilité, de 187 % fin juin, devrait perdre une quinzaine de points.", refDate: "2028-07-18", want: [{ value: "2028-06", text: "fin juin", mod: "END" }] },
    { text: "L'achat sera financé par la trésorerie, qui s'élevait à 1,3 milliard d'euros fin décembre, et n'affectera pas le dividende.", refDate: "2030-03-05", want: [{ value: "2029-12", text: "fin décembre", mod: "END" }] },
    // (a deadline is ahead: "d'ici à fin juin", "jusqu'à fin juin")
    { text: "La banque devra céder 2 milliards d'euros d'actifs d'ici à fin juin.", refDate: "2030-07-08", want: [{ value: "2031-06", text: "fin juin", mod: "END" }] },
    // the quarter whose results are told, by a pronoun: "ceux de son quatrième trimestre"
    { text: "Grelinor a du même souffle dévoilé ceux de son quatrième trimestre : des revenus de 212 M$.", refDate: "2030-02-06", want: [{ value: "2029-Q4", text: "quatrième trimestre" }] },
    { text: "Le report sine die de la publication de ses comptes annuels, initialement prévue le 23 mars, inquiète.", refDate: "2028-03-14", want: [{ value: "2028-03-23", text: "23 mars" }] },
    // a date something "devait" happen at, and a planned date the sentence tells has moved: the nearest one, whatever the
    // tense ("devait partir en décembre", told in November; "prévue en mars, elle n'interviendra qu'en septembre", in June)
    { text: "La mise en service devait intervenir en décembre. Elle n'aura lieu qu'au printemps 2028.", refDate: "2027-11-09", want: [{ value: "2027-12", text: "décembre" }, { value: "2028-SP", text: "printemps 2028" }] },
    { text: "Les deux satellites, qui devaient rejoindre l'orbite en juin, ne partiront pas avant la fin de l'année.", refDate: "2028-04-27", want: [{ value: "2028-06", text: "juin" }] },
    { text: "L'ouverture de la station, prévue en mars, n'interviendra qu'en septembre.", refDate: "2028-06-20", want: [{ value: "2028-03", text: "mars" }, { value: "2028-09", text: "septembre" }] },
    { text: "La société a annoncé lundi que le vol inaugural, jusqu'ici programmé au deuxième trimestre, glissait au quatrième trimestre 2028.", refDate: "2028-03-14", want: [{ value: "2028-Q2", text: "deuxième trimestre" }, { value: "2028-Q4", text: "quatrième trimestre 2028" }] },
    // nor does a year things run from, in an undated text: "depuis 2024, …, et 160 opérateurs seront recrutés d'ici à l'été"
    { text: "Les effectifs ont doublé depuis 2024, à 1 480 salariés, et 160 opérateurs seront recrutés d'ici à l'été.", want: [{ value: "2024" }, { value: "XXXX-SU", text: "l'été" }] },
    // a target year earlier in the sentence frames nothing: "d'ici 2029, dont une quarantaine dès la fin de l'année"
    { text: "La licorne compte y employer 150 personnes d'ici 2029, dont une quarantaine dès la fin de l'année.", refDate: "2027-09-09", want: [{ value: "2029" }, { value: "2027", text: "fin de l'année" }] },
    // (a price set on a day, and the figures "pour septembre", are no schedule)
    { text: "Le prix a été fixé le 14 novembre par le conseil.", refDate: "2027-12-15", want: [{ value: "2027-11-14", text: "14 novembre" }] },
    { text: "Les ventes publiées pour septembre ont reculé de 3 %.", refDate: "2027-12-15", want: [{ value: "2027-09", text: "septembre" }] },
    // "un préavis de grève pour le 5 janvier": a date something is set for lies ahead, whatever the verb's tense
    { text: "La CGT a déposé un préavis de grève pour le 5 janvier.", refDate: "2025-12-18", want: [{ value: "2026-01-05", text: "5 janvier" }] },
    { text: "Un chiffre d'affaires de 3 milliards en novembre, un record.", refDate: "2025-02-10", want: [{ value: "2024-11", text: "novembre" }] },
    { text: "La nouvelle puce sera présentée en novembre.", refDate: "2025-02-10", want: [{ value: "2025-11", text: "novembre" }] },
    { text: "Le groupe compte ouvrir trois magasins en octobre.", refDate: "2025-02-10", want: [{ value: "2025-10", text: "octobre" }] },
    { text: "La version grand public devrait être officiellement dévoilée en décembre.", refDate: "2025-02-10", want: [{ value: "2025-12", text: "décembre" }] },
    { text: "Le salon ouvre ses portes en mars.", refDate: "2025-01-10", want: [{ value: "2025-03", text: "mars" }] },
    { text: "Les ventes de la fin mars ont déçu.", refDate: "2024-06-01", want: [{ value: "2024-03", text: "fin mars", mod: "END" }] },
    { text: "Un accord est attendu début mars.", refDate: "2024-01-15", want: [{ value: "2024-03", text: "début mars", mod: "START" }] },
    { text: "La mesure prendra effet mi-juillet.", want: [{ value: "XXXX-07", text: "mi-juillet", mod: "MID" }] },
    { text: "Je vais sortir cette décembre.", refDate: "2016-11-07", want: [{ value: "2016-12", text: "cette décembre" }] },
    // past tense ("ont bondi") on 12 February: the March before, not the one to come
    { text: "Au mois de mars, les ventes ont bondi.", refDate: "2013-02-12", want: [{ value: "2012-03", text: "Au mois de mars" }] },
    { text: "Au mois de mars, les ventes vont bondir.", refDate: "2013-02-12", want: [{ value: "2013-03", text: "Au mois de mars" }] },
    { text: "Mars 2024 a été le mois le plus chaud.", want: [{ value: "2024-03", text: "Mars 2024" }] },
    { text: "Depuis Mars, la situation s'est dégradée.", want: [{ value: "XXXX-03", text: "Mars" }] },
    // Narrative year: a framing date, or an earlier year in the same sentence
    {
      text: "Au printemps 2024, l'entrepreneur a tourné son regard vers Memphis.\nColossus a été inauguré en septembre, quelques mois après.",
      want: [{ value: "2024-SP", text: "printemps 2024" }, { value: "2024-09", text: "septembre", anchor: "narrative" }],
    },
    { text: "En 2019, la société a levé des fonds en mars puis recruté en juin.", want: [{ value: "2019-03", text: "mars", anchor: "narrative" }, { value: "2019-06", text: "juin" }] },
    // Seasons
    { text: "Le supercalculateur devrait être opérationnel d'ici l'automne 2025.", want: [{ value: "2025-FA", text: "l'automne 2025", startDate: "2025-09-23", endDate: "2025-12-20" }] },
    { text: "Prévu pour être opérationnel d'ici l’automne 2025, ce supercalculateur.", want: [{ value: "2025-FA", text: "l’automne 2025" }] },
    { text: "Il a rencontré les dirigeants de Nvidia à l’été 2023.", want: [{ value: "2023-SU", text: "l’été 2023" }] },
    { text: "Au printemps 2024, l’entrepreneur a tourné son regard vers Memphis.", want: [{ value: "2024-SP", text: "printemps 2024" }] },
    { text: "L'hiver 2023 a été doux.", want: [{ value: "2023-WI", text: "L'hiver 2023", startDate: "2023-12-21", endDate: "2024-03-19" }] },
    { text: "Le chantier reprendra à la fin de l'été 2024.", want: [{ value: "2024-SU", text: "fin de l'été 2024", mod: "END" }] },
    { text: "Une nouvelle version est attendue cet été.", refDate: "2013-02-12", want: [{ value: "2013-SU", text: "cet été" }] },
    { text: "Les prix du gaz ont flambé cet hiver.", refDate: "2013-02-12", want: [{ value: "2012-WI", text: "cet hiver" }] },
    { text: "Les prix ont flambé l'hiver dernier.", refDate: "2024-05-27", want: [{ value: "2023-WI", text: "l'hiver dernier" }] },
    { text: "Le modèle sortira à l'automne.", want: [{ value: "XXXX-FA", text: "l'automne" }] },
    // an irregular participle right before the date tells of the past too: "ouverte au printemps", "construite en mars"
    { text: "La ligne Toulouse-Poitiers, ouverte au printemps, affiche déjà 71 % de remplissage, et Toulouse-Caen sera lancée le 14 décembre.", refDate: "2026-10-22", want: [{ value: "2026-SP", text: "printemps" }] },
    { text: "L'usine, construite en mars, emploie 200 personnes et doublera sa production l'an prochain.", refDate: "2026-02-10", want: [{ value: "2025-03", text: "mars" }] },
    // a relative clause between commas speaks in its own tense
    { text: "L'agence Fitch, qui avait abaissé la note belge à A+ en mars, rendra son avis le 5 décembre.", refDate: "2025-11-24", want: [{ value: "2025-03", text: "mars" }, { value: "2025-12-05", text: "5 décembre" }] },
    // (a decimal comma inside the relative clause closes nothing: "qui a dégagé une marge de 7,9 % au premier semestre")
    { text: "Le groupe, qui a dégagé une marge de 7,9 % au premier semestre, recrutera 250 personnes d’ici fin 2030.", refDate: "2029-10-03", want: [{ value: "2029-H1", text: "premier semestre" }] },
    // ... and so does one with no comma whose verb is in the present: the main verb's past tells when it was signed, not
    // when the measure runs
    { text: "Le préfet a signé vendredi un arrêté qui plafonne, du 1er août au 30 septembre, les prélèvements d’eau.", refDate: "2028-07-26", want: [{ value: "2028-08-01", text: "1er août" }, { value: "2028-09-30", text: "30 septembre" }] },
    { text: "La commune a voté mardi un règlement qui interdit les feux de jardin le 14 juin.", refDate: "2028-03-14", want: [{ value: "2028-06-14", text: "14 juin" }] },
    // (a relative clause in the past keeps its own tense)
    { text: "Le juge a rendu une décision qui a suspendu le chantier le 14 juin.", refDate: "2028-03-14", want: [{ value: "2027-06-14", text: "14 juin" }] },
    { text: "Le parking, dont le tarif passera de 8 à 9,50 euros en mars, a rapporté 5,2 millions d'euros.", refDate: "2029-01-09", want: [{ value: "2029-03", text: "mars" }] },
    // ... and a verb of motion takes "être" in the compound past: "dont le taux est passé à 2 % en janvier"
    { text: "Le solde sera couvert par l'emprunt et par le versement mobilité, dont le taux est passé à 2 % en janvier.", refDate: "2028-10-09", want: [{ value: "2028-01", text: "janvier" }] },
    // ... and so does an aside that opens on a past participle ("…, valorisé … en juin, y investira")
    { text: "Le groupe de San Francisco, valorisé 340 milliards de dollars lors de son dernier tour de table en juin, y investira 1 milliard.", refDate: "2027-09-09", want: [{ value: "2027-06", text: "juin" }] },
    { text: "Le laboratoire, racheté par le groupe en mars, ouvrira un second site.", refDate: "2027-09-09", want: [{ value: "2027-03", text: "mars" }] },
    { text: "Le site, prévu pour ouvrir en mars, emploiera 300 personnes.", refDate: "2027-09-09", want: [{ value: "2028-03", text: "mars" }] },
    // a deadline lies ahead, past participles around it notwithstanding
    { text: "Négocié depuis mars, le plan doit être signé au plus tard en juin et coûtera 310 millions d'euros, provisionnés au quatrième trimestre.", refDate: "2026-10-28", want: [{ value: "2027-06", text: "juin" }] },
    // a payment's participle schedules, it does not tell the past
    { text: "Le dividende est porté à 1,61 euro par action, versé le 27 mai.", refDate: "2026-02-06", want: [{ value: "2026-05-27", text: "27 mai" }] },
    // a weekday names the year even against the clause's tense
    { text: "Le constructeur a confirmé ce jeudi la réouverture d'une équipe de nuit à Sochaux à partir du lundi 2 mars.", refDate: "2026-01-22", want: [{ value: "2026-03-02", text: "lundi 2 mars" }] },
    // a season after "du": "à partir du printemps prochain"
    { text: "L'usine produira 18 000 tonnes par an à partir du printemps prochain.", refDate: "2026-07-03", want: [{ value: "2027-SP", text: "printemps prochain" }] },
    // "la rentrée" is September: "versera 11 millions d'euros à la rentrée"
    { text: "La coopérative redistribuera 11 millions d'euros de ristournes à la rentrée.", refDate: "2026-07-03", want: [{ value: "2026-09", text: "la rentrée" }] },
    { text: "Le nouveau lycée ouvrira ses portes à la rentrée 2027.", refDate: "2026-07-03", want: [{ value: "2027-09", text: "la rentrée 2027" }] },
    { text: "Les travaux commenceront au printemps.", refDate: "2024-01-10", want: [{ value: "2024-SP", text: "printemps" }] },
    // "depuis" looks back, whatever else the sentence promises
    { text: "Le groupe table sur une hausse de ses ventes l'an prochain et dit avoir doublé ses capacités depuis le printemps.", refDate: "2025-11-13", want: [{ value: "2026", text: "l'an prochain" }, { value: "2025-SP", text: "le printemps" }] },
    { text: "Les prix sont orientés à la hausse depuis septembre, et devraient encore progresser.", refDate: "2025-03-02", want: [{ value: "2024-09", text: "septembre" }] },
    // "d'ici" counts from now, not from a year the sentence tells of
    { text: "Fondée en 2024, la start-up compte 85 salariés et en vise 200 d'ici la fin de l'année.", refDate: "2026-02-12", want: [{ value: "2024", text: "2024" }, { value: "2026", text: "fin de l'année", mod: "END", anchor: "reference" }] },
    { text: "L'été prochain, les JO s'ouvriront.", refDate: "2023-10-01", want: [{ value: "2024-SU", text: "L'été prochain" }] },
    // Quarters and halves
    { text: "Le chiffre d'affaires du T3 2024 a progressé de 12 %.", want: [{ value: "2024-Q3", text: "T3 2024", startDate: "2024-07-01", endDate: "2024-09-30" }] },
    { text: "Au troisième trimestre 2024, les ventes ont reculé.", want: [{ value: "2024-Q3", text: "troisième trimestre 2024" }] },
    { text: "Sur le 3e trimestre, la marge s'améliore.", refDate: "2024-11-05", want: [{ value: "2024-Q3", text: "3e trimestre" }] },
    { text: "Au premier semestre 2025, le groupe a dégagé un bénéfice.", want: [{ value: "2025-H1", text: "premier semestre 2025", endDate: "2025-06-30" }] },
    { text: "Objectifs S1 2025 atteints.", want: [{ value: "2025-H1", text: "S1 2025" }] },
    { text: "Les résultats H2 2024 sont attendus en février.", want: [{ value: "2024-H2", text: "H2 2024" }] },
    { text: "Le Q1 2024 a été record.", want: [{ value: "2024-Q1", text: "Q1 2024" }] },
    // a yearless quarter code after "au", "du", "ce", "le": the quarter of the year the reference or tense gives
    { text: "Stellantis lancera au T3 la nouvelle Panda.", refDate: "2026-03-04", want: [{ value: "2026-Q3", text: "T3" }] },
    { text: "Les ventes du T2 ont déçu.", want: [{ value: "XXXX-Q2", text: "T2" }] },
    { text: "Au dernier trimestre 2023, la demande a rebondi.", want: [{ value: "2023-Q4", text: "dernier trimestre 2023" }] },
    { text: "Le bénéfice du deuxième trimestre de l'année 2022 a chuté.", want: [{ value: "2022-Q2", text: "deuxième trimestre de l'année 2022" }] },
    { text: "À la fin du premier semestre, la dette a baissé.", refDate: "2024-09-10", want: [{ value: "2024-H1", text: "fin du premier semestre", mod: "END" }] },
    // Feasts
    { text: "Les magasins seront ouverts jusqu'à Noël.", refDate: "2024-11-15", want: [{ value: "2024-12-25", text: "Noël" }] },
    { text: "Les ventes de Noël 2023 ont déçu.", want: [{ value: "2023-12-25", text: "Noël 2023" }] },
    { text: "Les enfants reprendront l'école après la Toussaint.", refDate: "2013-02-12", want: [{ value: "2013-11-01", text: "la Toussaint" }] },
    { text: "Le 14 juillet, le défilé a eu lieu sous la pluie.", refDate: "2024-08-02", want: [{ value: "2024-07-14", text: "14 juillet" }] },
    { text: "Le lundi de Pâques 2024 est férié.", want: [{ value: "2024-04-01", text: "lundi de Pâques 2024" }] },
    { text: "La fête des pères 2015 tombait un 21 juin.", want: [{ value: "2015-06-21", text: "fête des pères 2015" }] },
    { text: "La fête des mères 2024 est le 26 mai.", want: [{ value: "2024-05-26", text: "fête des mères 2024" }] },
    { text: "Le lundi de Pentecôte 2024, journée de solidarité.", want: [{ value: "2024-05-20", text: "lundi de Pentecôte 2024" }] },
    { text: "Les soldes du week-end de Thanksgiving 2023 ont battu des records.", want: [{ value: "2023-11-23", text: "Thanksgiving 2023" }] },
    { text: "Des fleurs pour la Saint-Valentin.", refDate: "2024-01-20", want: [{ value: "2024-02-14", text: "la Saint-Valentin" }] },
    { text: "Le réveillon de la Saint-Sylvestre a été calme.", refDate: "2024-01-02", want: [{ value: "2023-12-31", text: "réveillon de la Saint-Sylvestre" }] },
    { text: "Le jour de l'an 2025 a été fêté.", want: [{ value: "2025-01-01", text: "jour de l'an 2025" }] },
    { text: "Le 1er mai, les syndicats défilent.", refDate: "2024-04-20", want: [{ value: "2024-05-01", text: "1er mai" }] },
    // Nth day or weekday of a month
    { text: "Le dernier jour d'octobre 2015, un accord a été trouvé.", want: [{ value: "2015-10-31", text: "dernier jour d'octobre 2015" }] },
    { text: "Le premier vendredi de juillet 2016, tout a changé.", want: [{ value: "2016-07-01", text: "premier vendredi de juillet 2016" }] },
    // "la saison 2010-11" is a sports season starting in 2010, not November 2010
    { text: "La saison 2010-11 a été décevante.", want: [{ value: "2010", text: "2010" }] },
    // Mixed with times of day
    { text: "Le vote aura lieu mardi 4 juin 2024 à 15h.", want: [{ value: "2024-06-04", text: "mardi 4 juin 2024" }] },
    // A smaller number after "à" is a price, not the end of a range that starts at the year
    { text: "Introduite en Bourse en 2017 à 12 euros, l'action en vaut 40.", want: [{ value: "2017", text: "2017" }] },
    { text: "Le groupe porte son programme d'investissements pour 2028 à 2 300 milliards de wons.", want: [{ value: "2028", text: "2028" }] },
    { text: "Le groupe a été racheté en 2021 à 35 dollars par action.", want: [{ value: "2021", text: "2021" }] },
    // a share's price that day ("le cours du 2 juillet"), not a street named after a date
    { text: "La surenchère fait ressortir une prime de 62 % sur le cours du 2 juillet, dernière séance avant l'offre.", refDate: "2027-10-05", want: [{ value: "2027-07-02", text: "2 juillet" }] },
    // a date something "remonte au" lies behind
    { text: "Le feu vert reste attendu pour Tornquist, dont la notification remonte au 20 septembre.", refDate: "2027-10-05", want: [{ value: "2027-09-20", text: "20 septembre" }] },
    // a right one "peut" use until a day runs ahead; a period a narrative "laissait" ran in the past
    { text: "Les voyageurs ont été prévenus par SMS et peuvent se faire rembourser ou changer de vol sans frais jusqu’au 30 juin.", refDate: "2028-05-17", want: [{ value: "2028-06-30", text: "30 juin" }] },
    { text: "Parvenza s'était vu infliger une amende en décembre 2026. Bruxelles lui laissait jusqu'au 31 mars pour lever ces restrictions.", refDate: "2027-06-11", want: [{ value: "2026-12", text: "décembre 2026" }, { value: "2027-03-31", text: "31 mars" }] },
    // an agenda looks ahead, whatever participle stands before its date
    { text: "Prochain rendez-vous : le chiffre d’affaires du troisième trimestre, publié le 26 octobre.", refDate: "2027-07-23", want: [{ value: "2027-10-26", text: "26 octobre" }] },
    // a headline's yearless period is not the year-earlier period its body compares with ("contre … au premier semestre 2026")
    { text: "Calvénor : le RevPAR grimpe de 7,4 % au premier semestre\nLe taux d’occupation atteint 68,5 %, contre 66,1 % au premier semestre 2026.", refDate: "2027-07-23", want: [{ value: "2027-H1", text: "premier semestre" }, { value: "2026-H1" }] },
    // a capital without its accent, as many outlets print it: "Eté 2028"
    { text: "Eté 2028 : Partirama anticipe une hausse de 11 % de son volume d'affaires", refDate: "2028-04-10", want: [{ value: "2028-SU", text: "Eté 2028" }] },
    // a year's end told in the past, in January, is the year just ended
    { text: "La plateforme de mode Drapéo a bouclé une fin d'année solide.", refDate: "2028-01-12", want: [{ value: "2027", text: "fin d'année", mod: "END" }] },
    // "comme c'était prévu" remarks on the plan: the future of "ne sera pas présenté" places the date
    { text: "Il ne sera pas non plus présenté au festival de Sarlat en novembre, comme c'était prévu.", refDate: "2027-09-16", want: [{ value: "2027-11", text: "novembre" }] },
    // a target year frames no year's end after it, in an undated text too
    { text: "Le groupe investira 75 millions d’euros d’ici 2030 pour ouvrir trois multiplexes, dont un à Montauban à la fin de l’année.", want: [{ value: "2030", text: "2030" }, { value: "XXXX", text: "fin de l’année" }] },
    // an intention looks ahead ("menace de le porter à 30 % au 1er janvier"), and a period that runs "à partir du 1er
    // décembre et au moins jusqu'à la fin mars" ends after it starts
    { text: "Washington menace de le porter à 30 % au 1er janvier si les discussions n’aboutissent pas.", refDate: "2027-11-18", want: [{ value: "2028-01-01", text: "1er janvier" }] },
    { text: "Le dispositif touche 240 salariés, à raison de deux jours chômés par semaine à partir du 1er décembre et au moins jusqu’à la fin mars.", refDate: "2027-11-18", want: [{ value: "2027-12-01" }, { value: "2028-03", text: "fin mars" }] },
    // (two clauses, no period: the deadline keeps its own year)
    { text: "La règle entrera en vigueur le 1er avril, et les industriels ont jusqu’au 16 mars pour transmettre leurs commentaires.", refDate: "2028-01-14", want: [{ value: "2028-04-01" }, { value: "2028-03-16", text: "16 mars" }] },
    // what is allotted "pour le troisième trimestre" lies ahead, and so does what one "espère obtenir"
    { text: "Nvidia ne lui a alloué que 3 200 GPU B300 pour le troisième trimestre, sur les 7 500 demandés.", refDate: "2028-06-20", want: [{ value: "2028-Q3", text: "troisième trimestre" }] },
    { text: "Servalor a réalisé 640 millions d'euros en 2027. Il espère obtenir une allocation de 5 000 GPU au quatrième trimestre.", refDate: "2028-06-20", want: [{ value: "2027" }, { value: "2028-Q4", text: "quatrième trimestre" }] },
    // ... and what one "prépare"
    { text: "Sa fondatrice, qui prépare une introduction en Bourse au premier trimestre, refuse de commenter.", refDate: "2028-10-05", want: [{ value: "2029-Q1", text: "premier trimestre" }] },
  ],
  negatives: [
    { text: "Les passagers arrivent au T2 de Roissy.", why: "an airport terminal" },
    { text: "Les ventes sont traditionnellement dopées par les fêtes de fin d'année.", why: "the holiday season of every year" },
    { text: "Il loue un T3 à Nantes.", why: "an apartment" },
    { text: "La tumeur, classée T1, a été retirée.", why: "a tumour stage" },
    { text: "Le groupe emploie 2015 salariés en France.", why: "a year-like number before a counted plural noun is a quantity" },
    { text: "L'assemblée se tiendra au siège, Kaaiweg 41, 2030 Anvers.", refDate: "2028-04-02", why: "a Belgian postcode after a street number" },
    { text: "Berne a dévoilé sa Politique agricole 2030+.", refDate: "2028-04-02", why: "a plan named with a plus" },
    { text: "Le club a vendu 1846 abonnements en 1 500 heures.", why: "figures under 1900 are years only after en, depuis or dès, before a clause goes on" },
    { text: "La cuve est remplie en 1500 litres, et vidée en 1200.", why: "a quantity after en" },
    { text: "Il a acheté 100 000 puces H100 et des H200.", why: "model names and counts" },
    { text: "Le modèle H2025 n'existe pas encore.", why: "digits inside a name" },
    { text: "Le taux est passé à 2025,5 points.", why: "a decimal, not a year" },
    { text: "Le parc compte 12 000 éoliennes.", why: "a grouped number" },
    { text: "La plateforme tourne sous Windows 2000.", why: "a product name" },
    { text: "La carte RTX 2080 reste populaire.", why: "a GPU model" },
    { text: "Le prix varie de 2000 à 3000 euros.", why: "an amount range" },
    { text: "Le plan « Carrefour 2030 » prévoit 4 milliards d'euros d'économies.", why: "a year inside a quoted name" },
    { text: "Le programme «France 2030» a financé la start-up.", why: "a year inside a quoted name" },
    { text: "Les rentrées fiscales ont déçu, et la rentrée d'argent attendue n'est pas venue.", why: "money coming in, not the start of the school year" },
    { text: "Le Valais exporte son électricité en hiver ; nous voulons exporter du calcul toute l'année.", why: "every winter, not a date" },
    { text: "© 2026 Le Quotidien. Tous droits réservés.", why: "a copyright notice" },
    { text: "Seules 380 personnes ont été embauchées à ce jour.", refDate: "2027-02-09", why: "'à ce jour' is so far, not today" },
    { text: "Le campus s'inscrit dans la Stratégie nationale pour l'IA 2031.", why: "a year inside a plan's name, after an elided article" },
    { text: "Le projet s'inscrit dans la Vision nationale 2030 du Qatar.", why: "a plan's name: a capitalised word, its adjective and the year" },
    { text: "Le financement relève du règlement (UE) 2021/1173 et de la directive 2016/680.", why: "numbers of acts, not years" },
    { text: "Le gouvernement a présenté sa Stratégie numérique 2030 aux entreprises.", why: "a plan's name with an adjective" },
    { text: "Le projet s’inscrit dans la « Vision nationale 2030 » de l’émirat.", why: "a plan's name with an adjective, in quotes" },
    { text: "Le sommet culmine à 2000 m.", why: "a quantity with a unit" },
    { text: "Le XXIe siècle sera numérique.", why: "centuries are out of scope" },
    { text: "La start-up d’un an rattrape ses rivaux.", why: "an age, not a date" },
    { text: "Il a travaillé pendant trois ans chez Google.", why: "a duration" },
    { text: "Un an et demi plus tard, il est parti.", why: "no antecedent date and no reference" },
    { text: "La mission vers Mars est reportée.", why: "the planet" },
    { text: "La conquête de Mars passionne Musk.", why: "the planet" },
    { text: "Le siège est au 10 rue du 4 Septembre.", why: "a street name" },
    { text: "L’Etat a pourtant mis des moyens. France 2030 a réservé 1 milliard aux réacteurs innovants.", why: "a national plan's name opening a sentence" },
    { text: "Selon la décision (procédure n° 2025-11), la sanction est définitive.", why: "a register number after 'n°', not November 2025" },
    { text: "Sa cinquième obligation catastrophe, Belvoir Re 2029-1, a été placée auprès des fonds.", why: "a series named after its year ('Re 2029-1'), not January 2029" },
    { text: "Le réseau doit couvrir les stades avant la Coupe du monde 2030, puis les Jeux olympiques 2028 serviront de vitrine.", why: "years inside events' names" },
    { text: "L'Etat apporte 185 millions d'euros, dont 120 millions de subventions au titre de France 2030 et 65 millions d'avance remboursable.", why: "a plan's name before 'et' and a figure (no range of years)" },
    { text: "Le rendez-vous est fixé au cours du 14-Juillet, face à la mairie.", why: "a street named after a date, hyphenated" },
    { text: "Elle a été nommée présidente.", why: "\"été\" the past participle" },
    { text: "Des vacances d'été bien méritées.", why: "\"d'été\" an adjective" },
    { text: "Les années 1990 ont vu naître le web.", why: "a decade is not a year" },
    { text: "Le printemps arabe a bouleversé la région.", why: "a named event" },
    { text: "Les deux tiers, soit 2/3 des salariés, ont voté.", why: "a fraction" },
    { text: "Le service fonctionne 24/7.", why: "an idiom, not 24 July" },
    { text: "L'ascension d'OpenAI inquiète Musk.", why: "\"ascension\" the rise, not the feast" },
    { text: "Noël Le Graët a démissionné.", why: "a first name" },
    { text: "Il rachète l'action 1 2 3 fois.", why: "digits that are counts" },
    { text: "Page 2024 du rapport.", why: "a page number" },
    { text: "Il a obtenu 17 2 fois.", why: "spaced digits followed by a word are counts" },
    { text: "Ana a un court de tennis", why: "nothing date-like" },
    { text: "Le monde de demain sera numérique.", refDate: "2024-05-27", why: "\"de demain\" is the future in general" },
    { text: "a rapporté samedi un média du secteur.", why: "a weekday without a reference date cannot be placed" },
    { text: "L'appareil reste en veille.", refDate: "2024-05-27", why: "standby, not the day before" },
    { text: "Le Sommet de Paris 2024 s'est ouvert.", why: "after a capitalised word the number is part of a name" },
    { text: "Les inscriptions ferment à la fin de l'année scolaire.", refDate: "2024-05-27", why: "a school year is not the calendar year" },
    { text: "Le bilan tombe au début de l'année fiscale.", refDate: "2024-05-27", why: "a fiscal year is not the calendar year" },
    { text: "Les chiffres du deuxième trimestre de l'exercice en cours ont déçu.", refDate: "2024-05-27", why: "a fiscal quarter without its year cannot be placed" },
    { text: "Lumivo a perdu des abonnés pour le troisième trimestre consécutif, et le cinquième mois consécutif.", refDate: "2027-10-02", why: "a count of periods in a row, not a period" },
    { text: "Il évoque la fin d'une année difficile.", refDate: "2024-05-27", why: "\"une année\" is not the year of the reference" },
  ],
};
