// Names the subject finder knows. A closed list is explainable and fast; unknown companies are still
// found by the patterns in entities.ts ("la start-up allemande Helsing", "Poolside lève ...").

export type EntityType = "org" | "product" | "media" | "person" | "place";

/** canonical name -> the spellings met in French news (matched case-sensitively, whole words) */
export const ORGANISATIONS: Record<string, string[]> = {
  OpenAI: ["OpenAI", "OpenAi", "Open AI"],
  xAI: ["xAI", "XAI"],
  Anthropic: ["Anthropic"],
  "L'Oréal": ["L'Oréal", "L’Oréal"],
  "Google DeepMind": ["Google DeepMind"],
  DeepMind: ["DeepMind"],
  Google: ["Google"],
  Alphabet: ["Alphabet"],
  Meta: ["Meta", "Meta Platforms", "Facebook"],
  Microsoft: ["Microsoft"],
  Amazon: ["Amazon"],
  AWS: ["AWS", "Amazon Web Services"],
  Apple: ["Apple"],
  Nvidia: ["Nvidia", "NVIDIA", "Nvidia Corp"],
  AMD: ["AMD"],
  Intel: ["Intel"],
  Tesla: ["Tesla"],
  SpaceX: ["SpaceX"],
  Neuralink: ["Neuralink"],
  Oracle: ["Oracle"],
  IBM: ["IBM"],
  Samsung: ["Samsung"],
  TSMC: ["TSMC"],
  Huawei: ["Huawei"],
  Alibaba: ["Alibaba"],
  Baidu: ["Baidu"],
  Naver: ["Naver"],
  Kakao: ["Kakao"],
  Tencent: ["Tencent"],
  ByteDance: ["ByteDance"],
  DeepSeek: ["DeepSeek"],
  "Mistral AI": ["Mistral AI", "Mistral"],
  "Hugging Face": ["Hugging Face"],
  Cohere: ["Cohere"],
  "Inflection AI": ["Inflection AI", "Inflection"],
  Perplexity: ["Perplexity"],
  "Scale AI": ["Scale AI"],
  CoreWeave: ["CoreWeave"],
  Databricks: ["Databricks"],
  "Stability AI": ["Stability AI"],
  "Aleph Alpha": ["Aleph Alpha"],
  Kyutai: ["Kyutai"],
  LightOn: ["LightOn"],
  Poolside: ["Poolside"],
  Cerebras: ["Cerebras"],
  Groq: ["Groq"],
  Qualcomm: ["Qualcomm"],
  Broadcom: ["Broadcom"],
  Arm: ["Arm Holdings"],
  SoftBank: ["SoftBank", "Softbank"],
  Salesforce: ["Salesforce"],
  Dell: ["Dell"],
  Supermicro: ["Supermicro", "Super Micro"],
  ASML: ["ASML"],
  "Character.AI": ["Character.AI", "Character.ai"],
  Midjourney: ["Midjourney"],
  "Safe Superintelligence": ["Safe Superintelligence", "SSI"],
  "Thinking Machines Lab": ["Thinking Machines Lab", "Thinking Machines"],
  Helsing: ["Helsing"],
  Bpifrance: ["Bpifrance", "BPI"],
  X: ["Twitter"],
  STMicroelectronics: ["STMicroelectronics", "ST Microelectronics"],
  "Deutsche Telekom": ["Deutsche Telekom"],
  "Schneider Electric": ["Schneider Electric"],
  "Dassault Systèmes": ["Dassault Systèmes"],
  // Market indices: "le CAC 40 a fini en hausse de 0,4 %" is about the index.
  "CAC 40": ["CAC 40"],
  Nasdaq: ["Nasdaq", "Nasdaq Composite"],
  "Dow Jones": ["Dow Jones"],
  "S&P 500": ["S&P 500"],
  Nikkei: ["Nikkei"],
  "Euro Stoxx 50": ["Euro Stoxx 50"],
  "Stoxx 600": ["Stoxx 600", "Stoxx Europe 600"],
  DAX: ["DAX"],
  "FTSE 100": ["FTSE 100", "Footsie"],
  "SBF 120": ["SBF 120"],
  "Hang Seng": ["Hang Seng"],
  Kospi: ["Kospi"],
  MDax: ["MDax", "MDAX"],
  TecDax: ["TecDax", "TecDAX"],
  SDax: ["SDax", "SDAX"],
  "Nasdaq 100": ["Nasdaq 100"],
  "Russell 2000": ["Russell 2000"],
  Topix: ["Topix"],
  SMI: ["SMI"],
  AEX: ["AEX"],
  "BEL 20": ["BEL 20", "Bel 20"],
  "IBEX 35": ["IBEX 35", "Ibex 35"],
  "FTSE MIB": ["FTSE MIB"],
  "CSI 300": ["CSI 300"],
  Sensex: ["Sensex"],
  Bovespa: ["Bovespa"],
};
/** The indices and exchanges above: a setting after a preposition ("cotée au Nasdaq", "les banques du CAC 40"). */
export const INDICES = new Set(["CAC 40", "Nasdaq", "Dow Jones", "S&P 500", "Nikkei", "Euro Stoxx 50", "Stoxx 600", "DAX", "FTSE 100", "SBF 120", "Hang Seng", "Kospi", "Euronext", "Euronext Paris", "Euronext Bruxelles", "Euronext Amsterdam", "Euronext Growth", "Euronext Access", "NYSE",
  "MDax", "TecDax", "SDax", "Nasdaq 100", "Russell 2000", "Topix", "SMI", "AEX", "BEL 20", "IBEX 35", "FTSE MIB", "CSI 300", "Sensex", "Bovespa"]);

/**
 * Governments and public bodies that grant money, as the text names them ("L'État", "la Région", "Bruxelles", "Berlin"
 * for Germany's government): what they bring is aid, and the figure is the receiver's (claims/amount.ts,
 * context/subject.ts). A regular-expression source, matched with or without its article.
 */
export const PUBLIC_BODIES = String.raw`(?:(?:[Ll]['’])?[ÉE]tat|[Ll]e\s+gouvernement|France\s+2030|France\s+Relance|(?:[Ll]a\s+)?[Rr]égion|(?:[Ll]e\s+)?[Dd]épartement|(?:la\s+)?Commission(?:\s+européenne)?|l['’]Union\s+européenne|l['’]Europe|(?:l['’])?Ademe|Bruxelles|Paris|Berlin|Rome|Madrid|Londres|Washington|Pékin|Tokyo|Séoul|Ottawa|Québec)`;


/** More companies, each spelled one way: French, European and tech names French news cites. */
for (const name of (
  "Orange SFR Bouygues Iliad Free Scaleway OVHcloud Atos Eviden Capgemini Thales Airbus Safran Sanofi TotalEnergies EDF Engie " +
  "Renault Stellantis Michelin Ubisoft Criteo Deezer Doctolib BlaBlaCar Qonto Contentsquare Dataiku Ledger Sorare Pasqal Quandela " +
  "Owkin Photoroom Soitec Infineon NXP ABB SAP Siemens T-Systems Ericsson Nokia Spotify Klarna Micron MediaTek Foxconn " +
  "Xiaomi Lenovo Zhipu MiniMax Cambricon SMIC Netflix Uber Adobe Palantir Snowflake ServiceNow Shein Temu TikTok Shopify Stripe " +
  "Revolut Figma Notion Canva Equinix Digital Realty Vantage Nscale Nebius Lambda Crusoe Anysphere Cursor Runway Synthesia Graphcore " +
  "ElevenLabs DeepL Aleph Helsing Lakera Pigment Alan Mirakl Vinted LightOn Kyutai Bpifrance Vivendi Publicis Accor Carrefour Veolia"
).split(" ")) ORGANISATIONS[name] ??= [name];
ORGANISATIONS["Moore Threads"] = ["Moore Threads"];
ORGANISATIONS["SK Hynix"] = ["SK Hynix", "SK hynix", "Hynix"];
// Public bodies act like organisations in economic news: "La Commission européenne a mis 20 milliards".
for (const name of ["Commission européenne", "CNIL", "Arcep", "Autorité de la concurrence", "BCE", "Banque de France", "Banque mondiale", "FMI", "OCDE", "Insee"]) {
  ORGANISATIONS[name] = [name];
}
// Public lenders and investors, named with lower-case words a list of capitalised names would cut short.
ORGANISATIONS["Banque européenne d'investissement"] = ["Banque européenne d'investissement", "Banque européenne d’investissement", "BEI"];
ORGANISATIONS["Fonds européen d'investissement"] = ["Fonds européen d'investissement", "Fonds européen d’investissement", "FEI"];
ORGANISATIONS["Caisse des dépôts"] = ["Caisse des dépôts", "Caisse des Dépôts", "Caisse des dépôts et consignations"];
ORGANISATIONS["Banque des territoires"] = ["Banque des territoires", "Banque des Territoires"];
ORGANISATIONS["Dassault Aviation"] = ["Dassault Aviation"];
// Carmakers' brands and transport operators, in the news every week.
for (const name of ["Dacia", "Peugeot", "Citroën", "RATP", "Transdev", "Keolis"]) ORGANISATIONS[name] ??= [name];
ORGANISATIONS["Île-de-France Mobilités"] = ["Île-de-France Mobilités", "Ile-de-France Mobilités", "IDFM"];

/** Investors: organisations that fund others; in a funding claim they are investors, not the subject. */
export const INVESTORS = new Set([
  "Sequoia Capital", "Sequoia", "Andreessen Horowitz", "a16z", "Lightspeed", "Lightspeed Venture Partners", "General Catalyst",
  "Thrive Capital", "Tiger Global", "Accel", "Index Ventures", "Benchmark", "Kleiner Perkins", "Khosla Ventures", "Greylock",
  "Founders Fund", "Insight Partners", "Coatue", "Fidelity", "BlackRock", "MGX", "Eurazeo", "Partech", "Balderton",
  "Kima Ventures", "Elaia", "Salesforce Ventures", "Nvidia Ventures", "Google Ventures", "GV", "Y Combinator", "Vy Capital",
  "Valor Equity Partners", "Kingdom Holding", "Temasek", "Qatar Investment Authority", "QIA", "Mubadala",
  "Banque européenne d'investissement", "Fonds européen d'investissement",
]);

export const PRODUCTS: Record<string, string[]> = {
  ChatGPT: ["ChatGPT"],
  Grok: ["Grok"],
  Gemini: ["Gemini"],
  Claude: ["Claude"],
  Llama: ["Llama", "LLaMA"],
  Copilot: ["Copilot"],
  "Le Chat": ["Le Chat"],
  Bard: ["Bard"],
  Sora: ["Sora"],
  "DALL-E": ["DALL-E", "Dall-E"],
  "Project Astra": ["Project Astra"],
  Stargate: ["Stargate"],
  "Mistral Large": ["Mistral Large"],
  "Mistral Small": ["Mistral Small"],
  "Mistral Medium": ["Mistral Medium"],
  Ministral: ["Ministral"],
  Codestral: ["Codestral"],
  Pixtral: ["Pixtral"],
  Gemma: ["Gemma"],
  Qwen: ["Qwen"],
  Starlink: ["Starlink"],
};

/**
 * Media are sources ("selon Reuters"), a claim's subject only for the date of their own report; so are the providers of
 * market data and analysts' consensus ("les analystes interrogés par FactSet en attendaient 9,5 milliards").
 */
export const MEDIA: string[] = [
  "FactSet", "LSEG", "Refinitiv", "Visible Alpha", "Dealogic", "PitchBook", "Crunchbase", "Dealroom", "CB Insights",
  "The Information", "Reuters", "Bloomberg", "AFP", "Wall Street Journal", "WSJ", "Financial Times", "FT", "New York Times",
  "Les Echos", "Le Monde", "Le Figaro", "Libération", "BFM", "BFMTV", "TechCrunch", "CNBC", "The Verge", "Forbes",
  "Axios", "Semafor", "Business Insider", "La Tribune", "L'Usine Nouvelle", "Challenges", "Le Parisien", "Franceinfo",
];

/** Chip makers: the vendor of a GPU count, never its subject. */
export const VENDORS: Record<string, string> = {
  Nvidia: "Nvidia", NVIDIA: "Nvidia", AMD: "AMD", Intel: "Intel", Cerebras: "Cerebras", Groq: "Groq", Huawei: "Huawei",
  Qualcomm: "Qualcomm", Broadcom: "Broadcom", Graphcore: "Graphcore", Google: "Google",
};

/** Accelerator model names and their maker: "H100" -> Nvidia. Matched as whole tokens. */
export const ACCELERATOR_MODELS: Array<[RegExp, string]> = [
  [/^(?:GB|GH|[HABV]|L)\d{2,3}[A-Z]?$/, "Nvidia"],
  [/^MI\d{3}[A-Z]?$/, "AMD"],
  [/^Gaudi ?\d?$/, "Intel"],
  [/^TPU(?: ?v\d+[a-z]?)?$/, "Google"],
  [/^Ascend ?\d{3}[A-Z]?$/, "Huawei"],
  [/^Trainium ?\d?$/, "Amazon"],
  [/^(?:Blackwell|Hopper|Rubin)$/, "Nvidia"],
];

/** First names: "Elon Musk", "Sam Altman" are people, and so is "Musk" afterwards. */
export const FIRST_NAMES = new Set(
  ("Elon Sam Jensen Mark Satya Sundar Larry Sergey Jeff Tim Bill Steve Arthur Igor Greg Ilya Dario Daniela Mira Demis Mustafa Yann " +
    "Emmanuel Xavier Cédric Thierry Bruno Nicolas François Jean Pierre Marie Anne Sophie Julien Thomas Paul Michel Alain Patrick " +
    "Marc Laurent Philippe Olivier Christophe Vincent Louis Antoine Clément Hugo Lucas Léa Camille Claire Isabelle Catherine " +
    "Nathalie Valérie Sandrine Céline Aurélie Charles Henri Jacques Georges Donald Joe Kamala Barack Ursula Giorgia Olaf Rishi " +
    "Keir Xi Vladimir Masayoshi Lisa Pat Brian Andy Reid Peter David Michael John Robert James Richard Joseph Daniel Matthew " +
    "Anthony Kevin Jason Ryan Eric Stephen Andrew Alexandr Alexander Alex Aidan Noam Andrej Jan Arvind Aravind Clem Marc-Antoine Marc-André " +
    "Kai Fei-Fei Mukesh Gautam Jack Pony Robin Lei Liang Wang Zhang Chen Li Linda Susan Sheryl Ruth Gwynne Kimbal Shivon " +
    "Cathie Marissa Meg Marianne Ginni Safra Tony Tom Chris Nick Ben Dan Adam Jared Jérôme Guillaume Benoît Yves Gérard Didier " +
    "Bernard Frédéric Stéphane Sébastien Arnaud Mathieu Matthieu Romain Maxime Alexandre Raphaël Gabriel Léo Jules Adrien Baptiste " +
    // Italian, Spanish, Portuguese, German, Dutch and North African first names that French business news meets
    "Luca Marco Matteo Giovanni Giuseppe Francesco Alessandro Andrea Paolo Carlo Stefano Roberto Fabrizio Luigi Pietro Lorenzo " +
    "Massimo Enrico Sergio Javier Carlos José Juan Miguel Pablo Diego Alejandro Fernando Rafael Manuel Antonio Jorge Luis " +
    "João Pedro Klaus Jürgen Wolfgang Stefan Markus Oliver Christian Hans Dirk Joachim Karim Mohamed Mohammed Ahmed Youssef " +
    "Rachid Mehdi Nadia Fatima Leïla Yasmine Amina Sofia Elena Giulia Chiara Carmen Ana Maria").split(" "),
);

/** Places: a subject only as the agent of a sentence ("le Royaume-Uni a promis"), never as a setting ("à Memphis"). */
export const PLACES = new Set([
  ...("Paris France Europe États-Unis Etats-Unis Amérique Chine Japon Inde Allemagne Royaume-Uni Londres Berlin Bruxelles Washington " +
    "Californie Texas Memphis Tennessee Seattle Pékin Shanghai Taïwan Tokyo Séoul Corée Israël Dubaï Émirats Arabie Riyad Canada " +
    "Montréal Toronto Québec Suisse Genève Zurich Belgique Espagne Italie Madrid Rome Lyon Marseille Toulouse Bordeaux Lille Nantes " +
    "Strasbourg Bourges Alès Cévennes Afrique Asie Moyen-Orient Russie Ukraine Irlande Dublin Pays-Bas Amsterdam Suède Stockholm " +
    "Norvège Finlande Danemark Pologne Autriche Vienne Portugal Lisbonne Mexique Brésil Singapour Australie").split(" "),
  "Santa Clara", "Redmond", "Cupertino", "Mountain View", "Menlo Park", "Hangzhou", "Shenzhen", "New Jersey", "Austin",
  "New York", "San Francisco", "Silicon Valley", "Abou Dhabi", "Hong Kong", "Arabie saoudite", "Émirats arabes unis", "Union européenne",
  // Countries and the towns business news names most; not those that are also first names, companies or
  // common words ("Nancy", "Orange", "Tours", "Virginie").
  // capitals, which news also uses for their governments ("Ottawa, qui a débloqué 2 milliards")
  ...("Ottawa Canberra Brasilia Berne Pretoria Lagos Manille Wellington Belgrade Zagreb Ljubljana Bratislava Vilnius Riga " +
    "Tallinn Islamabad Katmandou Lima Bogota Caracas Quito Montevideo Accra Kinshasa Luanda Harare Maputo Tananarive Khartoum " +
    "Tripoli Beyrouth Damas Amman Mascate Manama Bakou Tbilissi Erevan Astana Tachkent Vancouver Anvers Rotterdam Bâle Lausanne").split(" "),
  "New Delhi",
  // the regions sales are told by
  "Grande Chine", "Amérique du Nord", "Amérique du Sud", "Amérique latine", "Asie-Pacifique", "Europe de l'Ouest", "Europe de l’Ouest",
  "Europe de l'Est", "Europe de l’Est", "Europe centrale", "Asie du Sud-Est", "Extrême-Orient", "Océanie", "Afrique du Nord",
  "Afrique subsaharienne",
  ...("Islande Grèce Turquie Égypte Egypte Maroc Algérie Tunisie Sénégal Nigeria Nigéria Kenya Éthiopie Ethiopie Iran Irak Qatar " +
    "Koweït Oman Bahreïn Jordanie Liban Syrie Pakistan Bangladesh Indonésie Malaisie Thaïlande Vietnam Philippines Argentine Chili " +
    "Colombie Pérou Venezuela Roumanie Hongrie Tchéquie Slovaquie Bulgarie Croatie Serbie Slovénie Estonie Lettonie Lituanie " +
    "Luxembourg Monaco Écosse Ecosse Angleterre Kazakhstan Ouzbékistan Mongolie Arménie Azerbaïdjan Biélorussie Moldavie Hexagone " +
    "Maghreb Sahel Scandinavie Bombay Mumbai Bangalore Bengaluru Delhi Osaka Kyoto Busan Taipei Hsinchu Jakarta Bangkok Hanoï " +
    "Sydney Melbourne Chicago Boston Miami Atlanta Dallas Houston Denver Arizona Ohio Oregon Nevada Floride Louisiane Francfort " +
    "Munich Hambourg Cologne Düsseldorf Dresde Milan Turin Naples Barcelone Séville Porto Varsovie Prague Budapest Bucarest Athènes " +
    "Istanbul Ankara Casablanca Rabat Alger Tunis Dakar Abidjan Nairobi Johannesburg Doha Djeddah Téhéran Bagdad Moscou Kiev Kyiv " +
    "Jérusalem Oslo Helsinki Copenhague Reykjavik Édimbourg Manchester Nice Rennes Grenoble Dijon Montpellier Nîmes Perpignan " +
    "Avignon Toulon Limoges Poitiers Clermont-Ferrand Amiens Rouen Caen Dunkerque Calais Belfort Besançon Orléans Saint-Étienne " +
    "Saint-Nazaire Lorient Vannes Quimper Brest Bayonne Biarritz Annecy Chambéry Valenciennes Douai Arras Roubaix Tourcoing " +
    "Villeurbanne Nanterre Saclay Montluçon Vichy Cherbourg Flamanville Gravelines Crolles Reims Metz Mulhouse Colmar Angers Troyes " +
    "Pau Valence Cannes Antibes Sophia-Antipolis Marne-la-Vallée Cergy Évry Créteil Versailles Boulogne-Billancourt " +
    "Tanger Marrakech Fès Agadir Meknès Oujda Kénitra Tétouan Sfax Sousse Oran Constantine Annaba Saint-Louis Bamako " +
    "Ouagadougou Niamey Cotonou Lomé Conakry Douala Yaoundé Libreville Kigali Genève Lugano Berne Sion Martigny Neuchâtel " +
    "Fribourg Liège Namur Charleroi Gand Bruges Louvain " +
    // the African states the business press names ("Le Cameroun, cinquième producteur mondial, a récolté …")
    "Cameroun Gabon Congo Mali Niger Tchad Bénin Togo Guinée Ghana Libéria Liberia Gambie Mauritanie Libye Soudan Somalie " +
    "Érythrée Ouganda Tanzanie Rwanda Burundi Centrafrique RDC Angola Mozambique Zambie Zimbabwe Malawi Namibie Botswana " +
    "Lesotho Eswatini Comores Seychelles").split(" "),
  "Guinée équatoriale", "Guinée-Bissau", "Sierra Leone", "Soudan du Sud", "République démocratique du Congo", "île Maurice",
  "Le Havre", "Le Mans", "La Rochelle", "Le Caire", "Le Locle", "La Défense", "Le Creusot", "Le Bourget", "La Baule",
  "Le Touquet", "La Ciotat", "Les Ulis", "La Roche-sur-Yon", "Le Puy-en-Velay", "Les Sables-d'Olonne", "Tel Aviv",
  "Tel-Aviv", "Los Angeles", "Las Vegas", "New Delhi",
  "Afrique du Sud", "Corée du Sud", "Corée du Nord", "Nouvelle-Zélande", "République tchèque", "Caroline du Nord",
  "Caroline du Sud", "Saint-Pétersbourg", "Pays de Galles", "Fos-sur-Mer", "Rousset",
  "Côte d'Ivoire", "Côte d’Ivoire", "Burkina Faso", "Cap-Vert", "Afrique de l'Ouest", "Afrique de l’Ouest",
  // French regions and départements, which local news puts in headlines ("dans l'Allier"); not "Somme" and
  // "Cher", common words at a sentence's start.
  ...("Bretagne Normandie Occitanie Auvergne-Rhône-Alpes Auvergne Bourgogne-Franche-Comté Bourgogne Hauts-de-France Grand-Est Alsace " +
    "Lorraine Champagne Île-de-France Ile-de-France Nouvelle-Aquitaine Provence-Alpes-Côte-d'Azur Provence Centre-Val-de-Loire Corse " +
    "Pays-de-la-Loire Ain Aisne Allier Alpes-de-Haute-Provence Hautes-Alpes Alpes-Maritimes Ardèche Ardennes Ariège Aube Aude Aveyron " +
    "Bouches-du-Rhône Calvados Cantal Charente Charente-Maritime Corrèze Côte-d'Or Côtes-d'Armor Creuse Dordogne Doubs Drôme Eure " +
    "Eure-et-Loir Finistère Gard Haute-Garonne Gers Gironde Hérault Ille-et-Vilaine Indre Indre-et-Loire Isère Jura Landes Loir-et-Cher " +
    "Loire Haute-Loire Loire-Atlantique Loiret Lot Lot-et-Garonne Lozère Maine-et-Loire Manche Marne Haute-Marne Mayenne " +
    "Meurthe-et-Moselle Meuse Morbihan Moselle Nièvre Nord Oise Orne Pas-de-Calais Puy-de-Dôme Pyrénées-Atlantiques Hautes-Pyrénées " +
    "Pyrénées-Orientales Bas-Rhin Haut-Rhin Rhône Haute-Saône Saône-et-Loire Sarthe Savoie Haute-Savoie Seine-Maritime Seine-et-Marne " +
    "Yvelines Deux-Sèvres Tarn Tarn-et-Garonne Var Vaucluse Vendée Haute-Vienne Vosges Yonne Territoire-de-Belfort Essonne " +
    "Hauts-de-Seine Seine-Saint-Denis Val-de-Marne Val-d'Oise").split(" "),
  // overseas France and its neighbours, which the local press puts in headlines
  ...("Guadeloupe Martinique Guyane Réunion Mayotte Polynésie Tahiti Papeete Nouméa Pointe-à-Pitre Fort-de-France Cayenne Kourou " +
    "Mamoudzou Wallis Futuna Saint-Barthélemy Moorea Raiatea Hawaii Hawaï Oahu Fidji Vanuatu Madagascar Seychelles Comores Djibouti").split(" "),
  "Nouvelle-Calédonie", "Polynésie française", "Saint-Pierre-et-Miquelon", "La Réunion", "Îles Sous-le-Vent",
]);
// "au Havre", "du Locle", "de la Défense": a town whose name holds an article loses it after a preposition.
for (const place of [...PLACES]) {
  const bare = /^(?:Le|La|Les) (.+)$/.exec(place)?.[1];
  if (bare) PLACES.add(bare);
}
