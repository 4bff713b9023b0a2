import { claimCorpus } from "./corpus-helpers.js";

export const corpus = claimCorpus(
  "gpu_count",
  ["gpu_count"],
  [
    // the figure a count aims at ("et vise 150 000", "dépasser les 20 000") counts what was counted, nearest in size
    // a part of the chips counted after it: "60 000 des 160 000 puces Nvidia", "40 000 des puces libérées"
    { text: "En contrepartie, Ondelis renonce à 60 000 des 160 000 puces Nvidia GB300 réservées en 2028.", want: [{ value: 60000 }, { value: 160000 }], only: true },
    { text: "Le loueur de GPU a déjà reloué 40 000 des puces Nvidia libérées au laboratoire texan Quellmoor AI.", want: [{ value: 40000 }], only: true },
    { text: "Lumbrel exploite environ 42 000 GPU répartis dans neuf centres de données et vise 120 000 d'ici la fin de l'année.", want: [{ value: 42000 }, { value: 120000, qualifier: "exact" }], only: true },
    { text: "Nous avons installé 6 000 GPU à Roanne. L'objectif est de dépasser les 15 000 d'ici à 2030.", want: [{ value: 6000 }, { value: 15000 }], only: true },
    // figures told "respectivement" count what the last of them counts
    { text: "Suivent la Finlande, portée par le supercalculateur Lumi, et l’Italie, avec respectivement 64 000 et 58 000 puces.", want: [{ value: 64000, unit: "GPU" }, { value: 58000, unit: "GPU" }], only: true },
    // a number told by the chip models it is made of
    { text: "Prosper Rouveyrol : 6 400, des B200 de Nvidia pour l'essentiel, répartis entre nos deux centres de données.", want: [{ value: 6400, unit: "GPU", model: "B200", vendor: "Nvidia" }] },
    // a figure standing alone, named by the next sentence ("Le chiffre : 4,6 millions. C'est le nombre de GPU …")
    { text: "Le chiffre : 4,6 millions\nC’est le nombre de GPU pour centres de données livrés dans le monde au deuxième trimestre, selon le cabinet Kelvari Research.", want: [{ value: 4.6e6, unit: "GPU" }] },
    // the number before "le nombre d'accélérateurs" it counts
    { text: "Une nouvelle règle plafonne à 50.000 par an le nombre d'accélérateurs pouvant être exportés.", want: [{ value: 50000, unit: "GPU" }] },
    { text: "Meta prévoit d'acheter 350 000 GPU H100 de Nvidia d'ici la fin de l'année.", want: [{ value: 350000, unit: "GPU", model: "H100", vendor: "Nvidia", subject: "Meta" }] },
    // chips in a sentence that names a chip model after them: "dépasser les 12 000 puces, essentiellement des B300"
    { text: "D’ici la fin 2028, nous voulons dépasser les 12 000 puces, essentiellement des B300.", want: [{ value: 12000, unit: "GPU", qualifier: "more_than" }] },
    // the same chips counted again after "en", scaled: "Il prévoit d'en produire 1,6 million, puis 2,5 millions"
    { text: "Le groupe a déjà livré environ 2,4 millions de puces Ascend 950. Il prévoit d’en produire 1,6 million en 2027, puis 2,5 millions en 2028.", want: [
      { value: 2.4e6, unit: "GPU" }, { value: 1.6e6, unit: "GPU" }, { value: 2.5e6, unit: "GPU" },
    ] },
    // a bound after the count: "au minimum", "au maximum"
    { text: "Le lot 2 couvre une plateforme dotée de 256 GPU Nvidia H200 au minimum.", want: [{ value: 256, qualifier: "at_least" }] },
    { text: "Le cluster de Mistral AI compte 18 000 puces Nvidia Grace Blackwell.", want: [{ value: 18000, vendor: "Nvidia", subject: "Mistral AI" }] },
    { text: "Microsoft aurait commandé 485 000 processeurs graphiques Hopper en 2024.", want: [{ value: 485000, unit: "GPU", subject: "Microsoft" }] },
    { text: "OpenAI disposera de plus de 1 million de GPU à la fin de l'année.", want: [{ value: 1000000, qualifier: "more_than", subject: "OpenAI" }] },
    // an inference chip is compute: its copies are accelerators
    { text: "Sa puce d’inférence Auris-2 doit passer l’étape du tape-out fin septembre. Elbion a réservé 4 000 plaquettes, de quoi produire quelque 250 000 puces la première année.", want: [{ value: 250000, unit: "GPU", qualifier: "approx" }] },
    // a change or a span between two numbers: the first counts what the second counts
    { text: "Son parc passera de 6 500 à plus de 26 000 accélérateurs d'ici 2027.", want: [{ value: 6500, unit: "GPU", qualifier: "exact" }, { value: 26000, qualifier: "more_than" }] },
    // "N de ses puces": a share of the company's own chips
    { text: "Groq exploite déjà plus de 19 000 de ses puces d'IA dans ses centres de données saoudiens.", want: [{ value: 19000, unit: "GPU", qualifier: "more_than", subject: "Groq" }] },
    { text: "Son rival exploite déjà plus de 19 000 de ses puces LPU dans le royaume.", want: [{ value: 19000, unit: "GPU", qualifier: "more_than" }] },
    { text: "Le supercalculateur Jean Zay a été équipé de 1 456 GPU H100 supplémentaires.", want: [{ value: 1456, model: "H100", vendor: "Nvidia" }] },
    { text: "AMD a livré 25 000 accélérateurs MI300X à Oracle.", want: [{ value: 25000, model: "MI300X", vendor: "AMD" }] },
    { text: "Anthropic utilisera jusqu'à un million de TPU de Google.", want: [{ value: 1000000, qualifier: "at_most", subject: "Anthropic" }] },
    { text: "La start-up française Kyutai entraîne ses modèles sur environ 1 000 GPU.", want: [{ value: 1000, qualifier: "approx", subject: "Kyutai" }] },
    { text: "xAI veut porter Colossus à 200 000 puces pour entraîner ses modèles d'IA.", want: [{ value: 200000, unit: "GPU" }] },
    { text: "Il faudra au moins 100 000 semi-conducteurs spécialisés pour entraîner le prochain modèle d'intelligence artificielle.", want: [{ value: 100000, qualifier: "at_least" }] },
    { text: "Le data center de Memphis accueille 100 000 H100 et 50 000 H200.", want: [{ value: 100000, model: "H100" }, { value: 50000, model: "H200" }] },
    { text: "Google déploie 8 960 puces TPU v5p dans chaque pod.", want: [{ value: 8960, subject: "Google" }] },
    { text: "Microsoft a acheté 485 000 puces Hopper, soit deux fois plus que Meta (224 000).", want: [{ value: 485000 }, { value: 224000, unit: "GPU" }] },
    // "compute", as the press and companies' names write it, is a compute context
    { text: "Le francilien Nuvéa Compute a obtenu en janvier 420 millions d’euros auprès de trois banques, garantis par ses 11 000 puces installées dans l’Essonne.", want: [{ value: 11000, unit: "GPU" }] },
    // chips in an article whose headline is about compute are accelerators
    { text: "Les 100 000 GPU promis par l'État : le compte n'y est pas\nLe problème n'est pas l'objectif. Une puce de dernière génération coûte autour de 40 000 dollars ; les 65 000 puces manquantes représentent donc quelque 2,6 milliards de dollars.", want: [{ value: 100000 }, { value: 65000, unit: "GPU" }] },
    // "en" before a conditional and "aujourd'hui" stands for the chips counted before
    { text: "« 100 000 GPU d'ici 2030 » : le gouvernement a fait de cet objectif son étendard. Dans les faits, la France en compterait aujourd'hui environ 35 000.", want: [{ value: 100000 }, { value: 35000, unit: "GPU", qualifier: "approx" }] },
    // ("en loue 9 000 auprès de": a preposition ending in "s" is no counted noun)
    { text: "Le contrat ouvre une option jusqu’à 24 000 GPU. La start-up en loue déjà 6 500 auprès de deux hébergeurs.", want: [{ value: 24000 }, { value: 6500, unit: "GPU" }] },
    // "celle de la Chine 3 millions": a comparison that leaves out the noun counts it again
    { text: "Mesurée en équivalents H100, la capacité américaine atteindrait 11 millions de puces, celle de la Chine 3 millions et celle de l’Europe 900 000.", want: [{ value: 11e6 }, { value: 3e6, unit: "GPU" }, { value: 900000, unit: "GPU" }] },
    // "X seront N": what is counted now, counted again at a later time
    { text: "« Nos 14 000 GPU seront 30 000 à l'été 2029 », a assuré le patron.", want: [{ value: 14000 }, { value: 30000, unit: "GPU" }] },
    // an interview's answer counts what its question asked about ("Combien de GPU …?"), and "serons à", "portera son
    // parc à", "jusqu'à", "monter à" count again what was counted before
    { text: "Combien de GPU exploitez-vous aujourd'hui ?\nNous en avons 12 400 en production. Nous serons à 30 000 à la fin de l'an prochain.", want: [{ value: 12400, unit: "GPU" }, { value: 30000, unit: "GPU" }] },
    { text: "La start-up va louer 20 000 GPU supplémentaires, ce qui portera son parc à près de 36 000.", want: [{ value: 20000 }, { value: 36000, qualifier: "approx" }] },
    { text: "Le bâtiment accueillera une grappe de 512 GPU. Une seconde tranche, qui porterait la puissance à 30 MW, est envisagée.", want: [{ value: 512 }], only: true },
    // a four-digit count before "GPU" is no year ("louer 2048 GPU")
    { text: "Le laboratoire s’engage à louer 2048 GPU Nvidia B300 pendant trois ans.", want: [{ value: 2048 }], only: true },
    // a few bare boards are no count of chips ("seize accélérateurs répartis sur quatre cartes")
    { text: "Chaque serveur Stratos embarque seize accélérateurs Nimbelle pour l'IA, répartis sur quatre cartes.", want: [{ value: 16 }], only: true },
    // chips take their compute context from the article's lead too
    { text: "Vantrel lève 40 millions d’euros\nLa start-up grenobloise conçoit des puces d’inférence pour l’intelligence artificielle. Elle a été fondée en 2024 par deux anciens de STMicroelectronics.\nSes fondateurs visent des marchés européens. Elle espère livrer 2 000 serveurs en 2029, soit 16 000 puces.", want: [{ value: 16000, unit: "GPU" }] },
    // copies of a chip named up to two sentences before, in a compute story; not of what they name after them
    { text: "Intel a confirmé que Jaguar Shores, son accélérateur d'IA, ne sera pas commercialisé avant 2029. En cause, des rendements insuffisants. Le fondeur table désormais sur 150 000 unités livrées en 2029.", want: [{ value: 150000, unit: "GPU" }] },
    { text: "Le département du Commerce lui a accordé des licences pour ses puces d'IA. Elles portent sur 60 000 exemplaires de la MV-20, une version bridée.", want: [{ value: 60000, unit: "GPU" }] },
    // counted again: "en alignent plus de 6 millions", "et non 24 576", "dont les 10 000 premiers", and a delivery
    // calendar that leaves out the noun ("8 000 GPU dès cet été, 16 000 à l'automne et 12 000 en 2029")
    { text: "L’Union compte environ 420 000 GPU, quand les seuls Etats-Unis en alignent plus de 6 millions.", want: [{ value: 420000 }, { value: 6e6, qualifier: "more_than" }] },
    { text: "Vélandre comptera 18 432 GPU, et non 24 576 comme annoncé.", want: [{ value: 18432 }, { value: 24576 }] },
    // "en" stands for what was counted up to two sentences before, the count nearest in size, after "un peu plus de" too
    { text: "Iselvo va acquérir 20 000 accélérateurs AMD MI450. Les livraisons doivent s’étaler jusqu’en mars 2029. Iselvo en exploite déjà 6 000.", want: [{ value: 20000 }, { value: 6000, unit: "GPU" }] },
    { text: "Salvanche exploite aujourd’hui 5'120 GPU dans deux centres de données, et prévoit d’en aligner 12'000 d’ici à la fin de 2029.", want: [{ value: 5120 }, { value: 12000, unit: "GPU" }] },
    { text: "La start-up a confirmé une commande de 4 096 GPU B300. Selvarion en exploite aujourd’hui un peu plus de 1 000.", want: [{ value: 4096 }, { value: 1000, qualifier: "more_than" }] },
    { text: "Hanvel a signé pour 60 000 GPU, dont les 10 000 premiers doivent arriver avant la fin de l’année.", want: [{ value: 60000 }, { value: 10000 }] },
    { text: "Le calendrier s’étire : 8 000 GPU sont attendus dès cet été, 16 000 à l’automne et 12 000 en 2029.", want: [{ value: 8000 }, { value: 16000 }, { value: 12000 }] },
    // "en" before "faire" and its verb, and a hedge "à peine": "affirme en faire tourner 450 000", "en comptait à peine 200 000"
    { text: "Le groupe revendique 1,4 million de GPU, et son rival chinois affirme en faire tourner 450 000. En 2025, la plus grande grappe en comptait à peine 200 000.", want: [{ value: 1400000 }, { value: 450000, unit: "GPU" }, { value: 200000, unit: "GPU" }] },
    // a list item may hedge its figure: "Brumière en revendique 18 000, Lingshu quelque 40 000"
    { text: "Le laboratoire exploite 96 000 GPU pour l'IA ; Brumière en revendique 18 000, Lingshu quelque 40 000.", want: [{ value: 96000 }, { value: 18000 }, { value: 40000, qualifier: "approx" }] },
    { text: "Les livraisons s'étaleront en trois vagues : 16 384 puces d'IA au premier trimestre 2029, 24 576 au troisième trimestre.", want: [{ value: 16384 }, { value: 24576, text: "24 576" }] },
    { text: "Nous exploitons 6 400 GPU. Nous en installerons 4 000 de plus cet automne.", want: [{ value: 6400 }, { value: 4000, text: "4 000" }] },
    { text: "Environ 80 000 accélérateurs dans la première phase, et jusqu'à 300 000 à terme.", want: [{ value: 80000 }, { value: 300000, qualifier: "at_most" }] },
    { text: "Notre objectif est de livrer 40 000 GPU en 2028 ; nous pourrions monter à 150 000 en 2029.", want: [{ value: 40000 }, { value: 150000 }] },
    // chips in a headline take their compute context from the article's lead
    { text: "Corvène Labs réserve 40 000 puces auprès de Hautwald\nLa start-up française d'intelligence artificielle a signé un accord pour ses futurs modèles.", want: [{ value: 40000, unit: "GPU" }] },
    // ... but a département's number after a town counts nothing: "Saint-Herblain (44)", "Ajaccio (2A)"
    { text: "La start-up loue 2 048 GPU H200 dans un centre de données de Saint-Herblain (44) et 512 à Rennes (35).", want: [{ value: 2048 }, { value: 512, unit: "GPU" }], only: true },
    { text: "Nvidia déploiera jusqu'à 120 000 GPU Blackwell, dont 60 000 au Royaume-Uni.", want: [{ value: 120000, qualifier: "at_most" }, { value: 60000, unit: "GPU" }] },
    { text: "Le centre sera équipé de 18 000 puces Grace Blackwell de Nvidia.", want: [{ value: 18000, model: "Grace Blackwell", vendor: "Nvidia" }] },
    { text: "Le cluster compte 5 448 superpuces GH200.", want: [{ value: 5448, model: "GH200", vendor: "Nvidia" }] },
    // the maker's name between the number and the model: "4 096 Nvidia H200"
    { text: "Le contrat lui donne accès à 4 096 Nvidia H200 dans l'Oregon.", want: [{ value: 4096, model: "H200", vendor: "Nvidia" }] },
    { text: "Le centre abritera 2 048 AMD MI300X.", want: [{ value: 2048, model: "MI300X", vendor: "AMD" }] },
    { text: "Le groupe achètera des centaines de milliers de puces GB200.", want: [{ value: null, qualifier: "approx", model: "GB200" }] },
    // a name after the accelerator noun is its model, known or not
    { text: "Le fondeur chinois a écoulé 80 000 accélérateurs Kunlun 3 cette année.", want: [{ value: 80000, model: "Kunlun 3" }] },
    { text: "Son serveur Nova embarque 16 puces Wormhole reliées en réseau pour l'IA.", want: [{ value: 16, model: "Wormhole" }] },
    // ... but not a company, a person or a place
    { text: "Le cluster de 4 000 GPU Scaleway ouvrira en mars.", want: [{ value: 4000, model: undefined }] },
    { text: "La start-up loue 2 000 GPU Nvidia Marseille comprise.", want: [{ value: 2000, model: undefined, vendor: "Nvidia" }] },
    // "compte en écouler 500 000": the pronoun "en" stands for the chips counted before
    { text: "L'entreprise a livré l'an dernier quelque 120 000 puces Metis, ses accélérateurs d'inférence, et compte en écouler 500 000 cette année.", want: [{ value: 500000 }] },
    // copies or units of a chip named just before
    { text: "Sa puce Yam-2 consommerait deux fois moins d'énergie qu'un GPU H200 de Nvidia. Galim en a livré environ 8 000 exemplaires l'an dernier et vise 60 000 unités en 2026.", want: [{ value: 8000, qualifier: "approx" }, { value: 60000 }] },
    { text: "Le groupe dit avoir livré environ 42 000 accélérateurs l'an dernier et en vise plus de 100 000 cette année.", want: [{ value: 100000, qualifier: "more_than" }] },
    { text: "Hexaléa a commandé 12 288 GPU Nvidia B300 pour son centre de Val-de-Reuil, qui en abrite déjà 4 096.", want: [{ value: 4096 }] },
  ],
  [
    { text: "Près d’un acheteur sur cinq de cartes graphiques haut de gamme les destine à l’IA locale.", why: "'sur cinq' is a share; a bare 'cinq de cartes' counts nothing" },
    { text: "La Zenthis Z9 880, une carte graphique très prisée pour l'IA locale, est introuvable. Une nouvelle vague arrive au prix de 1 249 €, limitée à deux cartes par foyer.", why: "a limit per buyer, not a number of GPUs" },
    { text: "Le processeur H100 coûte environ 30 000 dollars.", why: "a price, H100 is a name" },
    { text: "Apple a vendu 230 millions d'iPhone et ses puces A17 équipent 50 millions de téléphones.", why: "phones, not accelerators" },
    { text: "La voiture compte 3 000 composants électroniques fabriqués en Allemagne.", why: "chip noun outside a compute context" },
    { text: "Nvidia présente sa nouvelle puce B200.", why: "model name only" },
  ],
);
