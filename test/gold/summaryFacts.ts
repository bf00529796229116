/**
 * Gold facts of each corpus's /summary, for `npm run eval:summary` (src/eval/summaryEval.ts): the
 * main facts of the bundled corpus (issue "/summary and /timeline") and of each fixture, as listed
 * in its README ("/summary — main facts", written before Depeche first read it), each as patterns a
 * summary sentence stating that fact matches. Sentences are folded before matching: lower case, no
 * accents, plain quotes and apostrophes, so the patterns are written that way, in French and English.
 */
/** A fact is a list of patterns that must all match the (folded) sentence, in any order. */
export type Fact = RegExp[];
export const all = (...parts: RegExp[]): Fact => parts;
export const one = (re: RegExp): Fact => [re];

export const FACTS: Record<string, Fact[]> = {
  bundled: [
    // F1 Kim invited Putin to visit North Korea, Putin accepted
    one(/invit\w*[^.]*(visit|se rendre|accueillir)|accept\w*[^.]*(invitation|se rendre)|invitation[^.]*accept/),
    // F2 they met at the Vostochny cosmodrome
    all(/cosmodrome|vostot?chny/, /(recu|rencontr|reunion|met |meeting|entretien|sommet|summit)/),
    // F3 the Kremlin had not confirmed / reciprocal visit not yet on the agenda
    one(/kremlin[^.]*(pas encore|not yet|n'a pas)[^.]*confirm|pas encore a l'ordre du jour|not yet on the agenda/),
    // F4 Western / US / South Korean concern about an arms deal
    all(/preoccup|inquiet|concern|worr|cout\w* et (des )?consequences|avertissement|warn/, /arme|armement|munition|weapon|\barms\b|cooperation militaire/),
    // F5 Kim's support for Russia
    one(/toujours avec la russie|always (be )?with russia|lutte sacree|sacred (fight|struggle)|(plein|total)\w* soutien|soutien (total|plein|inconditionnel)|full support/),
    // F6 Putin hinted at helping North Korea build satellites
    all(/satellite/, /aide|aider|help|assist|construire|build/),
  ],

  'air-incident': [
    all(/emergency landing|atterrissage d'urgence|se pose en urgence|overr|sorti de (la )?piste|piste/, /vn ?417|vantis|c-220|marvelle|hydraul/),
    one(/(17|dix-sept|seventeen)[^.]*(injur|bless|hurt)|(injur|bless|hurt)[^.]*(17|dix-sept|seventeen)/),
    one(/mayday|evacu|toboggan|slide|remarkable job|equipage[^.]*(salu|felicit)|crew[^.]*(prais|hail)/),
    all(/besa|investigat|enquete/, /open|ouvert|recorder|enregistreur|boite|black box/),
    all(/garrigue|minist/, /visit|rendue|lumiere|brought to light|public/),
    one(/leak|fuite|grounded|cloue|immobilis|30 days|30 jours|preliminary report|rapport preliminaire/),
  ],
  'bank-breach': [
    // F1 personal data of 1.2 million customers stolen
    all(/1[.,]2 million|personal data|donnees (personnelles|bancaires|de \S+ clients)|names, (postal )?addresses|noms, adresses/, /stol|vol[ee]s?\b|derob|taken|pirat|exfiltr|hack|cyberattaq|dump/),
    // F2 CEO apologised / intrusion via subcontractor / NoirCobalt claimed it
    one(/(delorme|directeur general|chief executive|ceo|pdg)[^.]*(excus|apolog|pardon)|sous-traitant|subcontractor|revendi|claimed (responsibility|the attack)/),
    // F3 Paris prosecutor investigation / CNIL
    one(/parquet[^.]*(enquete|ouvert)|prosecutor\w*[^.]*(investigat|probe|inquiry)|\bcnil\b/),
    // F4 digital minister Berrada summoned the CEO
    all(/berrada|ministre[^.]*numerique|digital minister|minister for digital/, /convoq|summon|rapport|report/),
    // F5 NoirCobalt demands a €15m ransom; bank refuses
    one(/rancon|ransom/),
    // F6 class action (Vigie Conso) / Solvane UK & ICO / shares -6.2 %
    one(/vigie conso|action de groupe|class action|solvane uk|\bico\b|40[ ,.]?000 (clients|customers)|6[.,]2 ?%/),
  ],

  'bird-flu': [
    // F1 H5N1 confirmed on a farm of 120,000 hens in Loudeac
    all(/120[ ,.]?000|loudeac/, /confirm|detect|foyer|outbreak/, /h5n1|grippe|flu|virus|influenza/),
    // F2 culling; protection / surveillance zones
    one(/abatt|cull|slaughter|zones? de (protection|surveillance)|(protection|surveillance) zones?|\b(3|10) km\b/),
    // F3 agriculture minister Morvan visited, promised full compensation
    all(/morvan|ministre de l'agriculture|agriculture minister/, /indemnis|compens|visite|visit|sur place|\b100 ?%/),
    // F4 second outbreak at a duck farm in Plemet
    one(/plemet|(deuxieme|second) foyer|second outbreak|canards|ducks/),
    // F5 farmers demand quicker payment and vaccination
    one(/fdsea|ollivier|vaccin/),
    // F6 Japan / UK import bans; risk to humans very low
    one(/japon|japan|royaume-uni|britain|britann|\buk\b|risque[^.]*(homme|humain)|risk to (humans|people|the public)/),
  ],

  'chemical-spill': [
    all(/derail/, /train|freight|cars/),
    one(/40[ ,.]?000 gallons|tank cars?[^.]*(ruptur|breach|leak)|methyl acrylate[^.]*(river|leak|spill)/),
    one(/no one was (hurt|injured)|no injuries|nobody was (hurt|injured)/),
    all(/evacuat/, /mile/),
    one(/water intake|do not drink|tap water|carver falls[^.]*water/),
    one(/assistance cent|\$2 million|2 million fund|broken rail joint|rail joint/),
  ],
  'coach-sacked': [
    // F1 Sarlande sacked coach Casteran
    all(/casteran|entraineur|coach/, /limog|sack|fired|dismiss|renvoy|congedi|remerci|n'est plus l'entraineur|se separe|parted company|licenci|demis/),
    // F2 after a 4-0 home defeat to Montclar; six games without a win; one point above relegation
    one(/4-0|4 a 0|montclar|six (matchs|matches|games|league games|rencontres)|relegation|relegab|zone rouge/),
    // F3 reserve coach Lebreton is interim
    all(/lebreton/, /interim|caretaker|in charge|assurera|prend(ra)? (la releve|les commandes)/),
    // F4 president Dufresnoy's press conference (announced or held)
    all(/dufresnoy|president/, /conference de presse|press conference|assum|nouvel entraineur|new (head )?coach|next week|semaine prochaine/),
    // F5 supporters' anger ("Casta, demission", banner)
    one(/casta,? demission|banderole|banner|respect|colere|anger|angry|furious|siffl|booed|chant/),
    // F6 Guerinot rumoured as successor
    one(/guerinot|professeur|vendome/),
  ],

  'doping-case': [
    // F1 Marchetti provisionally suspended after positive EPO test
    all(/suspen/, /\bepo\b|positi|controle/),
    // F2 sample taken 22 February at the Tour des Alpes-Maritimes
    one(/22 fevrier|feb\.? 22|february 22|22 feb|alpes-maritimes/),
    // F3 Marchetti denies doping, asked for the B sample
    one(/(marchetti|coureur|rider|il |he )[^.]*(deni|nie |conteste|clame son innocence|innocen|never|jamais)|(demande|requested|asked for)[^.]*(contre-expertise|b sample|echantillon b)/),
    // F4 team removed him, will fire him if B sample confirms; B sample in Lausanne
    one(/lausanne|(licenci|sack|fire|renvo|ecart|withdr|removed|sidelined|stood down)[^.]*(b sample|echantillon b|contre-expertise|confirm)/),
    // F5 sports minister Vasseur condemned doping
    all(/vasseur|ministre des sports|sports minister/, /trich|cheat|condamn|condemn|rencontr|meet|reunir/),
    // F6 lawyer alleges chain-of-custody irregularities; AFLD rejects
    one(/chaine de (conservation|custody|tracabilite)|chain of custody|irregularit|vice de procedure/),
  ],

  'election-night': [
    // F1 Etienne Morvan won, unseating Lestrade
    all(/morvan|lestrade|maire sortante/, /\bgagn|\bwon\b|\bwins?\b|remport|victoire|victory|perdu|\blost\b|battu|beat|defeat|unseat|ravi|bascule|elu maire|elected mayor|ousted/),
    // F2 results 44.18 / 43.21 / 12.61, 212 votes apart; turnout
    one(/44[.,]18|43[.,]21|12[.,]61|212 (voix|votes)|participation|turnout/),
    // F3 Lestrade refuses to concede, alleges irregularities, asks for a recount
    one(/(demande|request|sought|asked|call\w*|reclam)[^.]*(recomptage|recount)|irregularit|(refus|ne reconnait pas|n'a pas reconnu|declined)[^.]*(defaite|concede|resultat|result)|(not|refused to|refuses to) concede|bureau (de vote )?(n. ?)?7|polling station (no\.? ?)?7|tribunal administratif|administrative court/),
    // F4 recount of three polling stations by the commission on Wednesday
    one(/commission[^.]*(recens|recompt|recount|verif)|trois bureaux|three polling stations/),
    // F5 national reactions: Gassin on X, Royer
    one(/gassin|royer|renouveau republicain/),
    // F6 Morvan meets the Greens and Castelfort Demain; installation council on 28 March
    one(/ferrier|ecologistes|greens|castelfort demain|installation|28 mars|march 28/),
  ],

  'food-recall': [
    // F1 Listeria outbreak linked to Coudray charcuterie; recall extended nationwide
    one(/listeria[^.]*(coudray|rillettes|pate|jambon|ham\b|charcuterie)|(coudray|rillettes|pate|jambon|ham\b|charcuterie)[^.]*listeria|(rappel|recall)\w*[^.]*(national|nationwide|ensemble du territoire|toute la france|whole country)|(etend|extended|elargi)[^.]*(rappel|recall)/),
    // F2 toll: 27/31 cases, hospitalised, deaths
    one(/\b(27|31) (cas|cases|people|personnes|malades)|hospitalis|deces|\bmort|\bdied\b|death|to die|84 ans|77 ans|84-year|77-year/),
    // F3 CEO Marechal apologised
    all(/marechal|chief executive|pdg|directeur general|ceo/, /excus|apolog|pardon|rembours|refund/),
    // F4 inspection found Listeria on a slicer / cold room; production suspended; short-time work
    one(/drsa|inspect|trancheuse|slicer|chambre froide|cold room|suspend\w*[^.]*production|production[^.]*suspend|arrete prefectoral|chomage partiel|short-time/),
    // F5 class action by lawyer Koval
    one(/koval|action de groupe|class action|14 familles|14 families/),
    // F6 retailers pulled the products
    one(/marche plus|hypervert|super dauphin|hartwell|rayons|shelves|pulled/),
  ],

  'health-study': [
    // F1 lorvastide cut heart attacks by 27 %
    all(/\b27 ?%|27 per ?cent|27 pour cent/, /infarct|heart attack|crise cardiaque|cardiaque|cardiovascul/),
    // F2 statistics / caveats
    one(/0[.,]73|0[.,]64|0[.,]83|\b18 ?%|douleurs musculaires|muscle (pain|ache)|un (patient )?sur quatre|one in four|\b(59|60) (patients|personnes|people)|needed to treat|a traiter/),
    // F3 Lemercier: addition to statins; Madrid congress
    all(/lemercier/, /statin|madrid|congres|congress/),
    // F4 health ministry / minister Delaunay refers to the HAS
    one(/haute autorite|\(has\)|\bhas\b (pour|d'ici|devra|rendra)|acces precoce|early[- ]access|(ministere|ministre|ministry|minister)[^.]*(examin|saisi)/),
    // F5 Veltria files with the EMA; not in France before 2027
    one(/\bema\b|agence europeenne des medicaments|european medicines agency|avant 2027|before 2027|until 2027|pas avant|prix n'est pas|price has not/),
    // F6 patients' association Alliance Coeur et Vie welcomes it
    one(/alliance coeur|dubreuil|patients' association|association de patients/),
  ],

  'match-controversy': [
    all(/2-1|2 a 1|two goals to one/, /vaubrune|saint-lerac|semi|demi/),
    all(/penalty|penalti/, /ondouma|var|video|90\+3|93|handball|main/),
    all(/moncorge|coach|entraineur/, /vol|stole|stolen|loterie|lottery|referee|arbitrage|arbitre|tirade|attack|charge/),
    all(/fof|federation|disciplin/, /procedure|proceedings|ouvert|opened|statement|communique|rapport|report/),
    one(/(six|6) (matches|matchs|games)|20[  ,.]?000/),
    one(/(five|cinq|5)[- ](match|matchs|matches|game)[^.]*(15[  ,.]?000)|15[  ,.]?000[^.]*(five|cinq|5)[- ]match/),
  ],
  'mayor-verdict': [
    // F1 Castagnede convicted of corruption: 3 years (2 suspended), €80,000 fine
    all(/condamn|convict|sentenc|coupable|guilty/, /corruption|trois ans|\b3 ans|three years|three-year|80[ ,.]?000/),
    // F2 five years' ineligibility with immediate effect
    one(/ineligib|barred from (holding )?(public )?office/),
    // F3 aquatic-centre contract to Batisud in exchange for work at his holiday home
    one(/batisud|centre aquatique|aquatic|piscine|olivaro|residence secondaire|holiday home|maison de vacances/),
    // F4 claims innocence; lawyer: political judgment; appeal filed
    one(/\bappeal|declaration d'appel|fait appel|faire appel|interjet\w* appel|innocen|jugement politique|political (judgment|verdict|ruling|decision)/),
    // F5 prefect declared him demissionnaire d'office; council to elect a new mayor
    one(/prefet|prefect|demissionnaire|nouveau maire|new mayor|conseil municipal extraordinaire/),
    // F6 first deputy Arnal interim; opposition Benali
    one(/arnal|benali|premiere adjointe|first deputy/),
  ],

  'minister-resigns': [
    // F1 Roussillon resigned
    one(/(remis|presente|donne|annonce)[^.]*demission|a demissionne|resigned|\bquit\b|stepped down|(accepte|accepted)[^.]*(sa |la |his |the )?(demission|resignation)/),
    // F2 contract to a consortium including his family's firm; undeclared 12 % stake
    all(/contrat|contract|marche|viaduc|viaduct/, /famil|son pere|father|roussillon ingenierie|\b12 ?%|holding/),
    // F3 he denied any wrongdoing
    one(/rien a me reprocher|nothing to reproach|deni\w*[^.]*wrongdoing|(nie|conteste)[^.]*(faute|irregul|conflit)/),
    // F4 PM backed him then accepted the resignation; opposition demanded it
    one(/(delaunay|premier ministre|prime minister)[^.]*(soutien|defend|backed|support|accept|rejet|reject)|(bensaid|opposition)[^.]*(demand|reclam|exig|untenable|intenable|step down|demission|resign)/),
    // F5 leaked memo from his chief of staff on the technical scoring
    one(/\bmemo\b|\bnote (interne|de|du|datee|revelee)|chef de cabinet|directeur de cabinet|chief of staff|notation|scoring/),
    // F6 Achard successor; financial prosecutor's preliminary inquiry
    one(/achard|parquet national financier|\bpnf\b|financial prosecutor|enquete preliminaire|preliminary (inquiry|investigation)|prise illegale/),
  ],

  'museum-heist': [
    // F1 three works incl. La Fileuse endormie stolen from the museum; about €4.2m
    one(/(vol|vole|stolen|steal|derob|emport|cambriol|heist|theft|burglar)[^.]*(fileuse|garrault|oeuvres|works|painting|tableau|musee|museum)|(fileuse|garrault|oeuvres|works|painting|tableau|musee|museum)[^.]*(vol|vole|stolen|derob|cambriol|heist|theft)\b|4[.,]2 millions?/),
    // F2 two men arrested Tuesday in Poitiers; prosecutor: not amateurs, under seven minutes
    one(/((deux|two) (hommes|men|suspects)|34 et 41|34 and 41|poitiers)[^.]*(arret|interpel|arrest|detain|custody)|(arret|interpel|arrest)[^.]*((deux|two) (hommes|men|suspects)|poitiers)|sept minutes|seven minutes|amateurs/),
    // F3 third suspect arrested in Bordeaux; statuette found
    one(/troisieme suspect|third suspect|29 ans|29-year|statuette|coffre|\bboot\b|trunk/),
    // F4 culture minister Roumier: "crime against our common memory", security audit
    one(/roumier|crime contre notre memoire|memoire commune|common memory|audit/),
    // F5 security failings: alarm replacement requested since 2024; broken camera
    one(/alarm|camera[^.]*(cass|panne|hors service|broken|defect|out of (order|action))/),
    // F6 insurer's reward; museum reopens Saturday with the empty frame
    one(/recompense|reward|50[ ,.]?000|rouvr|reopen|cadre vide|empty frame/),
  ],

  'plant-closure': [
    // F1 Aurelis closes the Brevannes plant by end June 2026, 900 jobs
    all(/ferm|clos/, /\b900\b|juin 2026|june 2026/),
    // F2 Nova production to Slovakia; €450m charge; savings
    one(/slovaqu|slovak|450 millions|450 million|€450|180 millions|180 million/),
    // F3 strike voted; workers block the site; demonstration Saturday
    one(/greve|strike|bloqu|block|piquet|picket|hold the gates|manifestation|demonstration|march\b/),
    // F4 economy minister Beaufort summoned the CEO to Bercy
    all(/bercy|beaufort|ministre de l'economie|economy minister/, /convoq|summon|recu |received|rencontr|\bmet\b|meeting|900 familles/),
    // F5 minister asks to look for a buyer; tripartite meeting; €12m aid to be repaid
    one(/repreneur|buyer|acquereur|tripartite|12 millions|12 million|rembours|repay|offres? credibles?|credible offers?/),
    // F6 shares; output 38,000 vs 92,000 vehicles
    one(/3[.,]8 ?%|1[.,]2 ?%|38[ ,.]?000|92[ ,.]?000|1974|\bshares\b|l'action|en bourse/),
  ],

  'rail-strike': [
    // F1 nationwide rail strike halts most trains
    all(/greve|strike|walkout/, /nationwide|national|nationale|tout le pays|halt|paralys|one in five|un (train )?sur cinq|\b20 ?%|3 (trains )?sur 42|most of/),
    // F2 pay: 2.8 % offered vs 6 % demanded
    one(/2[.,]8 ?%|\b6 ?%|11[.,]4/),
    // F3 transport minister appoints mediator Osterwald
    one(/osterwald|mediat(eur|rice|or|ion)/),
    // F4 agreement signed: 4.5 % over two years + €600 bonus
    one(/4[.,]5 ?%|\b600\b|(accord|deal|agreement)[^.]*(met fin|mis fin|ended|end(s|ing)? the strike|signe|signed)|signature de l'accord|(signed|signe)[^.]*(accord|deal|agreement)/),
    // F5 cost about €95m a day, €230m in total
    one(/95 millions|95 million|230 millions|230 million|brenner|halden/),
    // F6 trains resume gradually Friday, normal on Saturday; members vote next week
    one(/(reprise|resum|reprend|normal|six (trains )?sur dix|six in ten|\b60 ?%)[^.]*(train|service|trafic|circulation)|(train|service|trafic|circulation)[^.]*(reprise|resum|reprend|normal)|(vote|consult|ballot)\w*[^.]*(accord|deal|agreement)/),
  ],

  referendum: [
    // F1 voters approved the CHF 480m credit (54.3 % yes)
    one(/54[.,]3|480|(accepte|approuv|approv|backed|endorsed)\w*[^.]*(credit|project|projet|barrage|dam\b|surelevation)/),
    // F2 dam raised 23 m; hamlet Les Essertets flooded
    one(/23 (m|metres|meters)\b|submerg|inond|flood|noy[ee]/),
    // F3 opponents will appeal (booklet understated costs)
    all(/opposant|opponent|comite|favre|adversaires|referendaire/, /recours|appeal|legal challenge|contest|brochure|booklet|sous-estim|understat/),
    // F4 Rochat promises compensation; CHF 25m plan
    all(/rochat|conseil d'etat|gouvernement|government|canton/, /compens|indemnis|accompagnement|25 millions|25 million/),
    // F5 next: Grand Conseil debates the concession; works 2027, in service 2033
    one(/grand conseil|concession|14 avril|april 14|2027|2033/),
    // F6 plain/mountain divide; Grande-Combe voted no at 71.2 %
    one(/71[.,]2|villes[^.]*(vallees|montagne)|cities|urbain|plaine|berset|fosse|divide|clivage/),
  ],

  'summit-talks': [
    // F1 two-day summit in Velsa, first visit since the 2019 breakdown
    all(/sommet|summit|visite|visit/, /velsa|deux jours|two-day|2019|premiere|first/),
    // F2 ten-year gas agreement: 4 bcm/yr through Sarn, from April 2026
    all(/gaz|gas/, /accord|agreement|deal|sign/, /4 milliards|4 bcm|four billion|4 billion|dix ans|ten-year|10-year|ten years|sarn|avril 2026|april 2026/),
    // F3 no deal on the Lisova border; commission meets again in January
    all(/lisova|frontiere|border|commission/, /pas d'accord|no (deal|agreement)|sans accord|non resolu|unresolved|janvier|january|reunira|meet again|achoppe|divergen/),
    // F4 joint declaration: exclusively peaceful means
    one(/declaration de velsa|velsa declaration|joint declaration|declaration commune|pacifique|peaceful/),
    // F5 Morvania protested; urgent consultations
    all(/morvan/, /protest|ignor|consultation|commission europeenne|european commission|interets legitimes|legitimate interests|denonc|condemn/),
    // F6 Brezan hinted at a side-deal: Sannek port access for grain
    one(/sannek|\bgrain|cereales|\bble\b/),
  ],

  'trial-verdict': [
    // F1 Castel convicted: 2 years suspended, €30,000 fine
    all(/condamn|convict|sentenc|guilty|coupable/, /sursis|suspended|30 000|30,000|homicid|manslaughter/),
    // F2 company Vernaval fined €300,000 (prosecution sought €375,000)
    one(/300[ ,.]?000 (euros|eur)|€300[ ,.]?000|300[ ,.]?000 euro/),
    // F3 the 2021 explosion killed three workers and injured 11
    all(/explosion|blast|explos/, /trois|three|tuant|killed|morts|dead|morel|haddad|vial/),
    // F4 prosecutor had requested 3 years incl. 1 firm; alarms off, corrosion reports ignored
    one(/(valadier|procureur|prosecutor|parquet|ministere public)[^.]*(requis|request|asked|sought|demand|reclam)[^.]*(prison|emprisonnement|ans\b|years?\b|ferme)|alarm|corrosion/),
    // F5 defence pleaded acquittal and will appeal
    one(/lambert-duval|relaxe|acquit|fera appel|faire appel|interjet|\bappeal/),
    // F6 families disappointed; civil ruling on 12 December
    one(/(famill|families|proches|relatives)[^.]*(decu|deception|disappoint|amer|colere|anger|incompr)|interets civils|civil (interests|damages|claims)|12 decembre|december 12|dec\. 12/),
  ],

  wildfire: [
    // F1 fire broke out Monday night near Castelvieil, driven by the mistral: 1,200 ha
    all(/fire|feu|incendie|blaze|flames/, /1[ ,.]?200 (ha|hectares)|castelvieil/),
    // F2 ~3,000 evacuated incl. ~2,400 campers
    one(/evacu|\bflee|\bfled\b|3[ ,.]?000 (personnes|people)|2[ ,.]?400|campings|campsites|campers|caravan/),
    // F3 firefighters and water bombers engaged; fixed Wednesday, under control Thursday
    one(/\b850\b|1[ ,.]?100 (pompiers|sapeurs|firefighters)|1[ ,.]?850|1[ ,.]?900|\bfixe\b|maitris|contained|under control|canadair|bombardiers d'eau|water.?bombers/),
    // F4 a firefighter seriously burned; life not in danger
    all(/pompier|firefighter|sergent/, /brul|burn|bless|injur/),
    // F5 34-year-old man arrested on suspicion of arson
    one(/interpell|arrest|garde a vue|custody|incendiaire|arson|mis en examen|34 ans|34-year|\brd ?47/),
    // F6 interior minister Lanvin visited, hailed firefighters
    all(/lanvin|ministre de l'interieur|interior minister/, /visit|visite|attendu|rendu|sur place|salue|hail|praise|poste de commandement/),
  ],
  'ceo-ousted': [
    one(/(board|conseil)[^.]*(remov|fired|oust|limog|demi[st]|evinc|renvo|congedi)|(remov|fired|ousted|limoge|demis|evince)[^.]*(vell|founder|fondateur)/),
    all(/halden|directrice financiere|finance chief|chief financial|financial officer/, /interim/),
    all(/14 ?%|14 percent|38[.,]20/, /shar|action|titre|stock|fell|chut|baiss|drop|plung|slid|tumbl/),
    all(/letter|lettre/, /412|600|sign/),
    one(/not over|pas fini|fight back|se battre|vow\w* to fight|riposte|contre-attaqu/),
    all(/westfall/, /40 minutes|friday|vendredi|answers|reponses|special meeting|assemblee|kept in the dark|inform|rencontrer|meet/),
  ],
  'pension-vote': [
    all(/289|adopt|vote/, /reform|retraite|pension|64/),
    all(/42[  ]?000|180[  ]?000|310[  ]?000|900[  ]?000|manifest|protest|march/, /police|syndica|union|ministere|intersyndicale/),
    one(/37 (arrest|interpel)|interpellations|arrests|heurts|clashes/),
    all(/varenne/, /demission|resign|quit|quitte/),
    all(/censure|no-confidence|confidence/, /rejet|reject|271|276|fail|echou|surviv|short|manque/),
    all(/senat|senate/, /14 avril|april 14|14 april|vote definitif|final vote/),
  ],
  earthquake: [
    // F1 a magnitude 6.3 (first 6.1) earthquake struck the Sarvel mountains on Tuesday evening
    all(/seisme|earthquake|quake|tremblement de terre/, /6[.,][13]|sarvel|saint-aubrin|lescalet/),
    // F2 the LATEST toll, 41 dead (outdated figures alone do not count)
    one(/\b41\b[^.]*(dead|morts|killed|tues|victimes|deces)|(toll|bilan)[^.]*\b41\b/),
    // F3 magnitude revised from 6.1 to 6.3 (RSN)
    all(/6[.,]3/, /revis|rehauss|reevalu|corrig|initial|6[.,]1/),
    // F4 rescue operation: firefighters / rescuers, search called off
    one(/pompiers|firefighters|sauveteurs|rescuers|secours|search for survivors|recherches/),
    // F5 interior minister Pellerin visited and promised to rebuild "to the rules"
    all(/pellerin|ministre de l'interieur|interior minister/, /visit|rendue|reconstru|rebuil|sur place/),
    // F6 building-code controversy: Tilleuls residence, developer says it complied, inquiry
    one(/tilleuls|normes|building code|rules were not|homicide|manslaughter|promoteur|developer/),
  ],
  'antitrust-fine': [
    // F1 the regulator fined Nexora EUR 1.2 billion
    all(/1[.,]2 ?(milliard|billion|bn)|amende record|record fine/, /amende|fine|sanction/),
    // F2 the abuse: in-app payment, commission up to 30 %, ban on steering users
    one(/in-app|paiement integre|systeme de paiement|payment system|commission|30 ?%|cheaper|moins cher/),
    // F3 comply within 90 days / by 2 March 2026, or periodic penalties
    one(/90 (jours|days)|2 mars|march 2|2 march|astreinte|periodic penalt|(?<![\d.,])5 ?%/),
    // F4 Nexora will appeal
    one(/appel|appeal|tribunal de l'union|general court/),
    // F5 shares fell 4.8 % / a further 1.5 %
    all(/4[.,]8 ?%|1[.,]5 ?%/, /shar|action|titre|fell|chut|baiss|drop|recul/),
    // F6 reactions: Streamly, consumer group, minister Ferrat, record fine
    one(/streamly[^.]*(salu|welcom|hail|victoire|victory)|arnaud|consommateurs|consumer|ferrat|historique|historic|640/),
  ],
  'bridge-collapse': [
    // F1 the road bridge collapsed during the evening rush hour, a bus and cars into the river
    all(/pont|bridge/, /effondr|collaps|ecroul|cede|gave way/),
    // F2 the LATEST toll: 9 dead (2 missing, 19 injured); outdated figures alone do not count
    one(/\b(9|neuf|nine)\b[^.]*(dead|morts|killed|tues|victimes|deces)|(toll|bilan)[^.]*\b(9|neuf|nine)\b/),
    // F3 last inspected in detail in 2019
    all(/inspect/, /2019|three years|trois ans/),
    // F4 transport minister Labarthe visited, promised the truth
    all(/labarthe|ministre des transports|transport minister/, /visit|rendu|venu|sur place|verite|lumiere|truth|familles|families/),
    // F5 a judicial inquiry opened (involuntary manslaughter)
    one(/information judiciaire|judicial inquiry|homicides? (et blessures )?involontaires|manslaughter|tissandier|parquet|prosecutor/),
    // F6 mayor Dumontel under pressure, refuses to resign
    all(/dumontel|maire|mairie|mayor|city hall/, /demission|resign|opposition|pression|pressure|alerte|warned|2021/),
  ],
  'launch-failure': [
    // F1 the rocket exploded about 70 seconds after lift-off
    all(/corvane|rocket|fusee|lanceur/, /explo|destroy|detrui|fail|echec/),
    // F2 it carried two satellites, both lost (Zephyr-3 weather satellite, Orbilink-7)
    one(/zephyr|orbilink|satellite/),
    // F3 debris at sea, no one injured, fishing zone closed
    one(/debris|fishing|peche|no one was (hurt|injured)|aucun blesse|zone (maritime|interdite)/),
    // F4 the space agency ONES opened an inquiry
    all(/ones|space studies|etudes spatiales|agency|agence/, /inquiry|investigat|enquete/),
    // F5 insured for $220 million
    one(/220|insur|assur/),
    // F6 next launch postponed by at least six months; first attempt scrubbed on Tuesday
    one(/six months|six mois|postpon|report|septemb|scrub|annul|next year|l'an prochain/),
  ],
  'protest-clashes': [
    // F1 the march against the loi Darcel turned into clashes with police
    all(/darcel|manifest|march|protest|cortege|defile/, /affrontement|heurt|clash|violen|gaz lacrymogene|tear gas|vitrine|window|incendi|burn/),
    // F2 turnout disputed: 45,000 (unions) vs 12,500 (prefecture)
    one(/45[ ,.]?000|12[ ,.]?500/),
    // F3 clashes resumed on Sunday night in the university quarter
    all(/dimanche|sunday/, /affrontement|heurt|clash|canon a eau|water cannon|barricade|saint-aubin|universit/),
    // F4 the latest toll: 31 arrests, 14 injured including 6 police officers
    one(/\b31\b|trente et une?|thirty-one|\b14\b[^.]*(bless|injur)|(bless|injur)[^.]*\b14\b/),
    // F5 the prosecutor opened an investigation; nine tried on Wednesday; IGPN seized over a video
    one(/(corbieres|procureur|prosecutor|parquet)[^.]*(enquete|investigat|poursui|prosecuted|juge|tried)|comparution immediate|igpn|fast-track/),
    // F6 reactions: the interior minister condemns; the CUT leader calls a national day of action on 2 June
    one(/vallauris|ministre de l'interieur|interior minister|ferhat|\bcut\b|2 juin|june 2|journee (nationale )?d'action|day of action/),
  ],
  'prisoner-swap': [
    // F1 Dumontel and Reiter released in exchange for two convicted agents
    all(/dumontel|reiter|journalist|humanitaire|aid worker/, /liber|releas|echang|exchang|swap|freed/),
    // F2 months of secret talks mediated by Meridia's foreign minister Arvelo
    one(/arvelo|mediat|mediation|negociations secretes|secret talks|rounds? of talks|cycles? de (negociations|discussions)/),
    // F3 the plane landed on Wednesday at Saint-Aubin; her first words; her family on the tarmac
    one(/atterri|landed|saint-aubin|tarmac|thirteen months|treize mois/),
    // F4 arrested in March 2025, sentenced in January to 12 years; Salko serving life for murder
    one(/mars 2025|march 2025|12 ans|12 years|twelve years|douze ans|espionnage|espionage|perpetuite|life (sentence|imprisonment)|petrosz/),
    // F5 the government spokesperson denied any concession
    all(/ferrant|porte-parole|spokes/, /concession|sanction|aucune contrepartie|no money|denied|dement|nie/),
    // F6 opposition MP Lestrade criticised the deal and demands a hearing
    one(/lestrade|opposition|civic alliance|alliance civique|tarif|tariff|audition|hearing/),
  ],
  'power-blackout': [
    // F1 a substation fire cut power to 480,000 homes during a cold snap
    all(/480[ ,.]?000|brenouille|poste|substation/, /incendie|fire|feu|coupure|panne|outage|blackout|without power|prives? d'electricite|sans (electricite|courant)/),
    // F2 power came back gradually: 120,000 on Tuesday morning, 9,000 on Wednesday, all reconnected
    one(/120[ ,.]?000|9[ ,.]?000|reconnect|realiment|retabli|restored/),
    // F3 the hospital ran on its backup generators
    all(/hopital|hospital|hospitalier|saint-aurele/, /groupe electrogene|generat|secours|backup/),
    // F4 a 71-year-old man died of carbon-monoxide poisoning from a generator
    one(/monoxyde|carbon monoxide|\bco\b|71 ans|71-year-old|lormeval|intoxi/),
    // F5 the CEO apologised and promised 100 euros of compensation
    one(/serrurier|excus|apolog|indemni|compensat|100 euros|€100|100 €/),
    // F6 the regulator ARRE opened an investigation
    all(/arre|regulat|regulateur|commission de regulation/, /enquete|investigat|inquiry|probe/),
  ],
  'trade-tariffs': [
    // F1 Kestria announced 25% tariffs on electric vehicles and steel from the AEC
    all(/25 ?%|25 per ?cent|vingt-cinq/, /tarif|droits de douane|surtax|duties|dut/),
    // F2 in force from 1 March; 16.4 billion euros of imports
    one(/1er mars|1 march|march 1|16[.,]4|16 milliards|16 billion/),
    // F3 markets fell
    one(/aurel 60|vkx|volkar|stahlmark|bourse|shares fell|action\w* (ont )?(chute|recule|baisse)|market\w* (fell|fall|slid|drop)|2[.,]3 ?%|1[.,]4 ?%|3[.,]1 ?%/),
    // F4 the bloc retaliated: 25% duties on 6.2 billion euros of agricultural exports from 16 March
    one(/6[.,]2|16 mars|march 16|16 march|riposte|retaliat|represaill/),
    // F5 the carmakers' association AAMA warned of up to 40,000 jobs at risk
    one(/aama|40[ ,.]?000|carmakers' association|constructeurs automobiles/),
    // F6 forecast: 0.4 point of growth; farmers will pay the bill
    one(/0[.,]4|halden|brenner|fkea|varenne|agriculteurs|farmers/),
  ],
  'volcano-eruption': [
    // F1 Morne Vérac erupted on Tuesday 14 April
    all(/verac|volcan|volcano/, /erupt|entre en eruption|entré en eruption|eruption|lava|lave|ash|cendre/),
    // F2 villages evacuated: 1,200 → 3,400 → 4,100 (the latest figure, or the progression)
    one(/4[ ,.]?100|(3[ ,.]?400|1[ ,.]?200)[^.]*(4[ ,.]?100)/),
    // F3 the ash cloud closed the airport: flights cancelled, passengers stranded
    all(/aeroport|airport|vols?\b|flights?|skyrelle/, /annul|cancel|ferme|closed|suspend|bloques|stranded/),
    // F4 the lava flow cut the coastal road RD4
    one(/rd4|route (cotiere|departementale)|coastal road/),
    // F5 the alert level lowered to orange on Thursday; the airport reopens Friday
    one(/abaisse|lowered|rouvr|reopen|orange/),
    // F6 the last eruption, in 1971
    one(/1971/),
  ],
  'storm-landfall': [
    // F1 the storm made landfall on the island (night of Monday to Tuesday, south coast)
    all(/oriane|tempete|storm|cyclone/, /touche terre|landfall|frappe|s'est abattu|hit|struck|balaye|swept|passage/),
    // F2 the toll revised: the latest (11 dead, 4 missing) or the revision shown; "three dead" alone is not the toll
    one(/(\b11\b|onze|eleven)[^.]*(mort|dead|deces|killed|victimes)|(mort|dead|deces|killed|victimes)[^.]*(\b11\b|onze|eleven)|revis|revu|raised the (death )?toll|bilan[^.]*(s'alourdit|alourdi)/),
    // F3 power and water cuts (homes without power, restoration, water)
    one(/electricit|courant|power|prive|without (power|electricity|water)|eau courante|running water|coupure|outage|blackout/),
    // F4 a curfew imposed, extended, then lifted
    one(/couvre-feu|curfew/),
    // F5 the minister visited and announced 40 million euros of aid
    one(/dellac|(40|quarante|forty) millions?|\bminist[^.]*(visit|rendue|arrive|landed|annonc|announc)/),
    // F6 Valdora pledged $2 million and sent a supply ship
    one(/valdora/),
  ],
  'spy-expulsion': [
    // F1 the engineer Marchetti arrested and charged with spying
    all(/marchetti|ingenieur|engineer|ressortissant|espion|spy|spying/, /arret|interpell|arrest|detained|inculp|mis en examen|charged|accus/),
    // F2 Norvalie expelled four Kestrian diplomats (persona non grata, 72 hours)
    all(/persona non grata|expuls|expel|quitter le territoire|leave the country/, /diplomat/),
    // F3 Kestria's ambassador Halvard summoned (or left for consultations)
    all(/ambassad|halvard/, /convoqu|summon|consultation/),
    // F4 Kestria retaliated: five Norvalian diplomats expelled, Norvalie's ambassador summoned
    one(/(cinq|five|\b5\b)[^.]*diplomat|riposte|retaliat|represaille|tit-for-tat|demont/),
    // F5 the number expelled raised from four to six
    one(/(six|\b6\b)[^.]*(diplomat|kestri|expuls|expel|persona)|(diplomat|expuls|expel|persona)[^.]*(six|\b6\b)\b/),
    // F6 Kestria rejects the accusations and threatens to respond
    one(/provocation|sans fondement|false|faux|fausses|rejet|reject|deni|denies|denied|dement/),
  ],
  'drug-approval': [
    // F1 the regulator ANEM authorised Nevoril, the first treatment for Halvorsen's disease
    all(/nevoril|valmirtide|anem|regulat|agence/, /autoris|approv|feu vert|green light|mise sur le marche|marketing/),
    // F2 trial results: 412 patients, 31 % slower loss, serious adverse events 14 % vs 9 %
    one(/\b412\b|31 ?%|\b31 per ?cent|tiers|kestrel|14 ?%[^.]*9 ?%|phase (3|iii)/),
    // F3 contested: committee voted 9-4; Rességuier against ("pari")
    one(/ressegui|9[^.]{0,6}4\b|neuf voix|nine votes|pari|gamble|conteste|controvers|contested|critics|critiqu/),
    // F4 the price agreed at 248,000 euros per patient per year (310,000 asked)
    one(/248[ ,.]?000|310[ ,.]?000|prix|price/),
    // F5 patient groups welcomed; eligible patients 2,300 -> 2,600
    one(/halvorsen espoir|mallet|victoire|patients?'? (group|association)|association(s)? de patients|2[ ,.]?[36]00|familles/),
    // F6 batch NV-2291 recalled (particles); 1,200 / 1,450 vials; 37 patients
    one(/nv-?2291|rappel|recall|\blot\b|batch|particul|1[ ,.]?450|flacons|vials/),
  ],
  'airline-outage': [
    // F1 an IT failure of the airline's reservation/check-in system grounded its flights
    all(/brisane|compagnie|airline/, /panne|outage|failure|defaillance|bug|informatique|computer|system/),
    // F2 cancelled flights / passengers revised upward: the latest figure (470 / 65,000) or the evolution
    one(/\b470\b|65[ ,.]?000|\b455\b|63[ ,.]?000|raised its count|revu|revis/),
    // F3 passengers stranded, sleeping in the terminal
    one(/terminal|dormi|slept|sleep|nuit a l'aeroport|night at the airport|stranded|bloques|stuck|coince/),
    // F4 the chief executive apologised
    all(/carrasco|chief executive|directrice generale|pdg|ceo/, /excus|apolog|pardon|sorry|regret/),
    // F5 compensation: refunds, rebooking, hotel, 250-600 euros
    one(/rembours|refund|indemn|compensat|hotel|250|600 ?(euros|€)|rebook|changer leur billet/),
    // F6 the regulator opened an inquiry
    one(/aacp|regulat|autorite|enquete|inquiry|investigat|examine/),
  ],
  'hospital-strike': [
    // F1 hospital doctors began a nationwide strike
    all(/greve|strike|walkout|mouvement/, /medecin|doctor|praticien|hospital|hopita/),
    // F2 participation figures differ: union vs ministry
    all(/\d+ ?%|\d+ per ?cent/, /syndicat|union|phu|ministere|ministry/),
    // F3 thousands of operations postponed
    one(/operation|intervention|surgery|surgeries|deprogramm|report[ee]/),
    // F4 talks with the minister broke up without a deal, resumed
    one(/sans accord|without (a )?(deal|agreement)|broke (up|down)|echec|rompu|suspend|negociations? (ont )?(echoue|repris)|talks? (collapsed|resumed|broke)/),
    // F5 a deal: 300 -> 420 euros on-call allowance, 3,000 posts
    one(/\b420\b|3[ ,.]?000 (postes|posts|new|extra|additional|supplementaires)|(accord|deal|agreement)[^.]*(signe|sign|reach|conclu|trouve)|(signe|sign|reach|conclu|trouve)[^.]*(accord|deal|agreement)/),
    // F6 the strike lifted on Friday
    one(/leve|lifted|suspendu|called off|ended|fin de la greve|reprise du travail|back (on the wards|to work)/),
  ],
  'court-ruling': [
    // F1 the Constitutional Court struck down four articles of the security law
    all(/cour|court|conseil constitutionnel/, /censur|struck down|strike down|strikes down|annul|invalid|contraires? a la constitution|unconstitutional/),
    // F2 what was struck down / the court's reasoning (generalised surveillance)
    one(/surveillance generalisee|generalised surveillance|generalized surveillance|collecte|bulk collection|conservation|retention|sans juge|without a judge|messages|reconnaissance faciale|facial recognition/),
    // F3 the government takes note, will respect it, heart of the law intact
    one(/ferrand|gouvernement[^.]*(prend acte|respect|coeur)|government[^.]*(takes note|respect|heart|intact)|porte-parole|spokes(man|woman|person)/),
    // F4 the opposition which referred the law hailed the ruling
    one(/ossant|ambari|opposition|saisi|referred/),
    // F5 a protest outside the court
    one(/manifest|protest|rassembl|gathered|foule|crowd|demonstrat/),
    // F6 the President announced a new bill; parliament has until 1 March 2027
    one(/aubertin|nouveau projet de loi|new bill|1er mars|1 march|march 1|president[^.]*(annonc|announc)/),
  ],
  'mine-rescue': [
    // F1 a gallery of the Combe-Noire mine collapsed in the night of Wednesday to Thursday
    all(/combe-noire|mine|galerie|gallery|montbrac/, /effondr|collaps|eboul|cave/),
    // F2 the number trapped corrected from 14 to 12 (never 14 alone)
    one(/\b12\b|douze|twelve/),
    // F3 rescuers drilled a probe borehole, then a rescue shaft
    one(/for(age|ent|e)\b|forage|drill|borehole|puits|shaft|sonde|probe/),
    // F4 contact made early on Saturday, the third day
    one(/contact/),
    // F5 nine brought out alive; three found dead
    one(/(nine|neuf|\b9\b)[^.]*(alive|vivants?|remont|brought out|rescued|sauv|surface)|(three|trois|\b3\b)[^.]*(dead|morts|sans vie|bodies|corps|died)/),
    // F6 the union says warnings were ignored; the minister announced an inquiry
    one(/dutheil|\bsam\b|avertissement|warnings?|ignor|carrion|igtm|enquete|inquiry|investigation/),
  ],
  'river-flood': [
    all(/varonne|riviere|river/, /burst|sorti|deborde|overflow|crue|flood|inond/),
    all(/dike|digue|levee/, /gave way|cede|rompu|breach|burst|lache|pas tenu|collaps/),
    one(/(four|quatre|\b4\b)[^.]*(dead|morts|killed|tues|victimes|deces)|(toll|bilan)[^.]*(four|quatre|\b4\b)/),
    all(/1[ ,.]?200|plusieurs centaines|hundreds/, /evacu/),
    all(/castagnet|minist/, /visited|s'est rendue|a visite|deplacee|catastrophe naturelle|natural disaster/),
    all(/barrage|\bdam\b|chaunac/, /lach|releas|debit|question|rules|regles|consign|mis en cause|blam/),
  ],

  // Session 21 blind fixtures (gold in each README, written before Depeche first read them).
  'cyber-attack': [
    // F1 a ransomware attack paralysed the city's public services (servers encrypted)
    all(/rancongiciel|ransomware|cyber-?attaq|cyber-?attack|attaque informatique|piratage|hack/, /castelnoire|services|paralys|serveurs|servers|mairie|town hall|chiffr|encrypt/),
    // F2 the hospital in degraded mode, on paper, consultations postponed, emergencies open
    all(/hopital|hospital|saint-roch/, /papier|paper|degrad|report|postpon|consultation|rendez-vous|appointment|urgences|emergenc/),
    // F3 a ransom demand the mayor refused to pay
    all(/rancon|ransom/, /millions?|refus|payer|\bpay\b|paiera|bitcoin/),
    // F4 the national cybersecurity office and the prosecutor investigate; entry through a remote-access account
    one(/oncs|cybersecurity office|cybersecurite|parquet|prosecutor|enquete|investigat|inquiry|remote-access|acces a distance/),
    // F5 stolen data published on the dark web
    all(/dark ?web|publi|leak|fuite|divulg/, /\bgo\b|\bgb\b|donnees|\bdata\b|payroll|paie|identite|id documents/),
    // F6 services restored gradually (civil registry reopened, consultations resume, weeks)
    all(/retabl|restor|rouvert|reopen|repris|resum|remis en service/, /service|etat civil|civil registry|consultation|progressiv|gradual/),
  ],
  'train-derailment': [
    // F1 a freight train carrying chemicals derailed and caught fire
    all(/derail|deraill|sorti des rails|off the rails/, /\btrain\b|convoi|\bfret\b|freight|ferovia|brenouville/),
    // F2 about 480 residents evacuated (the latest figure), or the order lifted
    one(/\b480\b|(leve|lifted)[^.]*evacu|evacu[^.]*(leve|lifted)/),
    // F3 nine wagons derailed, five slightly injured
    one(/(neuf|nine|\b9\b) (des \d+ )?wagons|wagons[^.]*(neuf|nine)|(cinq|five|\b5\b) (personnes |people )?(legerement )?(bless|injur)|(bless|injur)[^.]*(cinq|five)/),
    // F4 the transport minister visited and promised "the whole truth"
    all(/arnaud|minist/, /verite|truth|visit|rendue?\b|promis/),
    // F5 the rail investigation bureau opened a technical inquiry
    all(/\bbef\b|bureau d'enquetes|investigation|enquete technique|inquiry/, /ouvert|opened|\bopen|essieu|axle|rapport|report|voie|track/),
    // F6 the line reopens on Monday 23 November
    all(/ligne|\bline\b|trafic|traffic/, /rouvr|reopen|23 novembre|23 november|november 23/),
  ],
  'hostage-release': [
    // F1 the two aid workers kidnapped in October were freed
    all(/humanitaire|aid workers|vautrin|hartley|otage|hostage|terre d'entraide/, /liber|freed|released|release/),
    // F2 the foreign minister announced the release after 37 days; in good health
    all(/dorval|ministre|minister/, /annonc|announc|37 jours|37 days|bonne sante|good health/),
    // F3 the emirate of Qadir mediated
    one(/qadir|mediat/),
    // F4 they landed at the military air base on Wednesday, welcomed by families / the minister
    all(/vercelay|\bbase\b|atterri|landed|tarmac/, /militaire|military|air base|base aerienne|famil|accueill|welcom|wednesday|mercredi/),
    // F5 an anti-terrorism inquiry for kidnapping; suspects arrested; to be heard
    one(/antiterror|anti-terror|enquete|inquiry|investigat|suspects?\b|interpell|arrest|entendu|questioned|parquet|prosecutor/),
    // F6 no ransom paid (denied); the kidnappers had demanded $3 million
    all(/rancon|ransom/, /\bnie|dement|deni|aucune|no ransom|not paid|versee|jamais|never|millions?|reclam|demand/),
  ],
  'drought-rationing': [
    // F1 the basin placed at the crisis level: all irrigation banned
    all(/crise|crisis|irrigation|arrosage/, /interdi|\bban|niveau|level|prefet|prefect|arrete|restrict/),
    // F2 the reservoir's level (a percentage, the latest 24 %, or its fall)
    all(/brejoune|reservoir|retenue|barrage|\blac\b/, /%|pour cent|per ?cent|quart|quarter/),
    // F3 farmers with tractors blocked the prefecture against the ban
    all(/agriculteurs|farmers|tracteurs|tractors|exploitants/, /bloqu|block|manifest|protest|prefecture|rassembl|colere|anger/),
    // F4 the water utility warned taps could run dry in six villages
    all(/eaux du verdanais|utility|robinet|\btaps\b|distributeur/, /\bsec\b|\bdry\b|dix jours|ten days|coupure|run out|penurie|warn|alert/),
    // F5 tanker trucks supply villages
    one(/camions?-citernes?|camions? citernes?|citerne|tanker/),
    // F6 the agriculture minister visited and announced 15 million euros of aid
    all(/toulemonde|minist/, /15 millions|15 million|\baide?\b|visite|visited|s'est rendue|announc|annonc/),
  ],
  'telecom-merger': [
    // F1 Orvane buys Nexalis for 14.20 euros a share, 6.8 billion
    all(/orvane|nexalis/, /14[.,]20|6[.,]8 (milliards|billion|bn)|rachat|rachete|\bbuy|acqui|fusion|merger|offre|offer|takeover/),
    // F2 the CEOs: a national champion, investment in fibre and 5G; four operators to three
    one(/champion|best outcome|meilleur|quatre a trois|four to three|trois operateurs|three operators|fibre|\b5g\b/),
    // F3 the union fears job cuts (up to 2,000 / 2,400 / 3,000)
    all(/emplois|\bjobs\b|postes|suppressions|job cuts|licenci/, /\bsut\b|syndicat|union|2 ?000|2,000|2 ?400|2,400|3 ?000|3,000|\b420\b|menac|fear|craint|redout/),
    // F4 the competition regulator opened an in-depth review
    all(/hamn|autorite|regulator|concurrence|competition|antitrust|authority/, /approfondi|in-depth|phase 2|enquete|review|examen|15 janvier|15 january|january 15/),
    // F5 Nexalis shares jumped
    all(/\baction|shares|bourse|stock|\btitre/, /bond|jump|\+ ?24|24 ?%|27[.,]5|13[.,]72|hausse|gagn|soar|surg|envol/),
    // F6 consumer group warns of higher prices
    all(/consommat|consumer/, /\bprix|prices|factures|bills|15 ?%|hausse|higher|augment/),
  ],

  // Session 21 second-round blind fixtures.
  'bus-crash': [
    // F1 a coach carrying tourists plunged into a ravine
    all(/autocar|car de tourisme|\bcoach\b|\bbus\b/, /ravin|plunged|chute|tombe|precipit|sorti de (la )?route|accident|crash/),
    // F2 the latest toll (12 dead) or the revision (11, 12)
    one(/\b(12|douze|twelve|11|onze|eleven)\b[^.]*(mort|dead|died|killed|victim|deces|tues)|(mort|dead|died|killed|bilan|toll)[^.]*\b(12|douze|twelve|11|onze|eleven)\b/),
    // F3 the driver arrested, questioned, released under judicial supervision
    all(/chauffeur|conducteur|driver/, /arret|interpell|garde a vue|custody|arrest|relache|liber|released|controle judiciaire|judicial supervision|homicide/),
    // F4 the prosecutor's inquiry into the brakes
    one(/frein|brake/),
    // F5 the foreign ministry's crisis cell / the minister
    one(/cellule de crise|crisis cell|deschavanne|hotline|numero d'urgence/),
    // F6 injured repatriated by a medical plane; a day of mourning
    one(/rapatri|repatri|deuil|mourning|avion medicalise|medical plane/),
  ],
  'election-recount': [
    // F1 the first count gave the outgoing mayor a 12-vote lead
    one(/\b12 voix|\b12 votes|douze voix|twelve votes|4[ .,]?318|4[ .,]?306/),
    // F2 a recount ordered / held, lead cut to 7 votes
    one(/recompt|recount|\b7 voix|\b7 votes|sept voix|seven votes|4[ .,]?311 (a|to|contre) 4[ .,]?304/),
    // F3 alleged irregular proxy votes; prosecutor's preliminary inquiry
    one(/procuration|prox(y|ies)|enquete preliminaire|preliminary inquiry|parquet|prosecutor/),
    // F4 Varlet proclaimed elected by three votes
    all(/varlet/, /elu|elected|proclam|\b3 voix|\b3 votes|trois voix|three votes|4[ .,]?314/),
    // F5 Corbeau appeals to the administrative court
    one(/tribunal administratif|administrative court|recours|appeal/),
    // F6 the new council installed on Saturday 13 June
    one(/install|13 juin|13 june|june 13|conseil municipal[^.]*samedi|swearing|sworn/),
  ],
  'energy-price-cap': [
    // F1 the cap limiting tariff increases to 4 % in 2027
    all(/bouclier|plafon|cap\b|capped|limit/, /4 ?%|4 per ?cent|quatre pour cent|tarif|tariff|factur|bills?\b/),
    // F2 the cost revised to 8.2 billion (or the revision)
    one(/8[.,]2 (milliards|billion|bn)|8[.,]5 (milliards|billion|bn)/),
    // F3 the regulator: justified but must not become permanent
    all(/aere|regulat|regulateur|commission de regulation/, /justifi|permanent|temporaire|provisoire|painkiller|urgence|emergency/),
    // F4 suppliers want to be paid within 30 days; the government offers 45
    all(/fournisseur|supplier|\bdistribut/, /30 jours|30 days|45 jours|45 days|compens|rembours|banque|bank/),
    // F5 consumer associations: relief, a third of households not protected
    all(/consommat|consumer/, /tiers|third|soulag|relief|protege|protected|offres de marche|market offers/),
    // F6 the opposition: 11 billion, will vote against; the vote on 20 October
    one(/opposition|rocheval|11 milliards|11 billion|20 octobre|20 october|october 20/),
  ],
  'shipwreck-discovery': [
    // F1 the wreck of an 18th-century merchant ship found at 42 m
    all(/epave|wreck/, /decouv|found|discover|localis|42 m|xviiie|18th|trois-mats|three-master|belle-isaure/),
    // F2 the latest count of objects (112, more than 140) or the progression
    one(/\b(112|140|cent douze|cent quarante)\b/),
    // F3 the culture minister: the wreck belongs to the nation, objects stay on the seabed
    all(/dastrac|ministre|minister/, /nation|patrimoine|heritage|fond|seabed|rester|stay/),
    // F4 the maritime prefect's ban around the site, widened to 1 km
    all(/interdi|\bban|banned|prohibit/, /plongee|diving|mouillage|anchoring|peche|fishing|300 m|1 km|kilometre|perimetre|zone/),
    // F5 the lab confirmed the dating
    all(/datation|dating|dated|date\b|laborat|lab\b|archeodate|dendro/, /confirm|1756|1759|abattu|felled/),
    // F6 the museum exhibition from spring 2027
    one(/musee|museum|exposition|exhibit/),
    ],

  heatwave: [
    // F1 record temperatures (43.1 °C at Montclavier, then 44.6 °C at Estagnol)
    all(/record|jamais mesure|highest ever|plus haute|plus elevee/, /43[.,]1|44[.,]6|degr|°c|temperat/),
    // F2 the red heat alert from Tuesday
    all(/rouge|\bred\b/, /alerte|alert|vigilance|canicule|heat/),
    // F3 excess deaths, the latest figure (112) or the revision
    one(/\b112\b|cent douze/),
    // F4 hospitals under strain: emergency department at breaking point, white plan
    all(/urgence|emergenc|hopita|hospital|chu\b|plan blanc|white plan/, /rupture|breaking|plan blanc|white plan|sature|overwhelm|strain|renfort|reserve/),
    // F5 water restrictions at crisis level, farmers
    all(/eau|water|arrosage|watering|irrigat|restrict/, /crise|crisis|restrict|interdi|\bban|banned|agricult|eleveur|farmer|reservoir|31 ?%/),
    // F6 schools close early
    all(/ecole|school|classe|cours|rectorat/, /ferm|clos|anticip|early|avance|vacances|holiday/),
  ],

  'film-festival': [
    // F1 the film won the top prize of the festival
    all(/cendres du nord|northern ashes|solvik/, /lys d'or|golden lily|prix|prize|palmares|recompens|remport|won|wins|award/),
    // F2 the controversy: victims' families, real emergency calls without consent, protest
    all(/famille|families|kvalby 19|manifest|protest/, /appel|calls|enregistr|recording|consent|accord|mine|mineurs|miners/),
    // F3 the jury president defended the choice
    all(/arrault|jury|jure/, /defend|film, pas une polemique|film, not a controversy|majorit|six voix|six votes|six to three|six contre trois/),
    // F4 the lead actor boycotted the ceremony
    all(/castagne|acteur|actor/, /boycott|absent|pas monte|not go on stage|n'ira pas|ne montera pas|instagram/),
    // F5 critics divided, the festival director defended the selection
    one(/critique|critic|lachaume|courageux|courageous|provocation|bad faith|mauvaise foi/),
    // F6 box office and distribution: the latest figures
    one(/112[ .,]?350|\b340\b|harrow/),
  ],

  'avalanche-rescue': [
    // F1 an avalanche swept a group of nine off-piste skiers
    all(/avalanche|coulee/, /skieur|skier|hors-piste|hors piste|off-piste|combe noire|neuf|nine/),
    // F2 the final toll: three dead, search ended
    one(/trois (morts|skieurs|victimes|corps)|three (dead|killed|bodies|skiers (were |have been )?(killed|found dead))|troisieme corps|third body|last (body|missing)|dernier (corps|disparu)|bilan[^.]*trois|toll[^.]*three/),
    // F3 four got out alone, two pulled alive with hypothermia
    all(/quatre|four|deux|two/, /vivant|alive|hypotherm|degag|seuls|on their own|themselves|sorti|got out/),
    // F4 the avalanche risk rated 4 out of 5
    all(/risque|risk/, /4 sur (une echelle de )?5|4 (out )?of 5|4 on a scale of 5|four out of five|4\/5|niveau 4|level 4|quatre sur cinq/),
    // F5 the prosecutor opened an inquiry
    all(/procureur|parquet|prosecutor|enquete|inquiry|investigation/, /ouvert|opened|homicide|manslaughter|ferm|closed/),
    // F6 who could have closed the gully: the mayor, the lift operator, the guide
    all(/maire|mayor|commune|exploitant|operator|cerneuil altitude|guide|ferrand/, /ferm|close|pouvoir|power|secur|domaine|montagne|mountain/),
  ],

  'prison-escape': [
    // F1 the prisoner escaped during a hospital transfer, freed by armed men
    all(/vasseur|detenu|prisoner|inmate/, /evad|evasion|escape|fuite|libere par|freed|soustrait a la garde/),
    // F2 guards hurt by tear gas: the latest figure, three
    all(/surveillant|gardien|guard|agent/, /bless|injur|hurt|lacrymo|tear gas|hopital|hospital/),
    // F3 the manhunt
    one(/chasse a l'homme|manhunt|gendarmes|policiers|police officers|battue|recherch|search/),
    // F4 accomplices arrested, judicial investigation
    all(/complice|accomplice|interpell|arret|arrest|suspect|beau-frere|brother-in-law|rouby/, /interpell|arret|arrest|garde a vue|custody|information judiciaire|judicial investigation|mis en examen|charged/),
    // F5 recaptured at dawn on Thursday
    one(/repris|recaptur|rearrete|re-arrested|arrete[^.]*gite|arrested[^.]*cottage|interpelle[^.]*gite|saint-ferreol/),
    // F6 the union blames unarmed escorts; the director says procedures were followed; the minister
    all(/syndicat|union|usp|directeur|director|ministre|minister/, /escorte|escort|arme|armed|procedure|fermete|firmness|annonce|avance|sitting ducks/),
    ],

  'government-falls': [
    // F1 the Chamber adopted the no-confidence motion against the Varlaud government, 203 votes of 350
    all(/motion|censure|no-confidence|confidence vote|defiance/, /203|adopt|vot|toppl|fell|tomb|renvers|brought down/),
    // F2 over the 2027 budget: EUR 14.2 bn of savings, hospital funding freeze
    all(/budget/, /14[.,][26]|economies|savings|austerity|austerite|hopita|hospital/),
    // F3 the Liberal Party (Rehn) switched sides and brought the government down
    all(/liberal|rehn/, /bascul|defect|switch|vot|censure|tomb|brought|changed sides|lache/),
    // F4 Varlaud resigned on Wednesday morning; the President accepted, current affairs
    all(/varlaud|premier ministre|prime minister|chef du gouvernement/, /demission|resign|affaires courantes|current affairs|caretaker/),
    // F5 Weisz consults the party leaders Thursday and Friday, decision on Monday
    all(/weisz|presidente|president/, /consult|chefs de parti|party leaders|lundi|monday|decision/),
    // F6 no budget on 1 January: a special law for continuity
    one(/loi speciale|special law|31 decembre|december 31|31 december|1er janvier|1 january|january 1|continuit/),
  ],

  'cruise-outbreak': [
    // F1 a norovirus / gastroenteritis outbreak on the cruise ship Stella Boreal
    all(/stella boreal|navire|paquebot|ship|cruise|croisiere/, /norovirus|gastro|outbreak|epidemi|malades|sick|ill\b|symptom/),
    // F2 the mayor of Port-Valmeyrac refused to let it dock on Monday
    all(/kerdavid|maire|mayor/, /refus|interdi|barr|denied|turned away|accost|dock|berth/),
    // F3 the case count, the latest figure (287 incl. 36 crew; 271 in French)
    one(/\b287\b|\b271\b/),
    // F4 the lab confirmed norovirus on Tuesday (ARS, Marquat)
    all(/norovirus/, /confirm|laboratoire|lab|analyse|ars|marquat/),
    // F5 the ship berthed on Wednesday under quarantine; passengers on board until at least Friday
    one(/quarantaine|quarantine|quai des tamaris|berthed|a accoste|docked|tied up|debarqu|disembark/),
    // F6 Halcyon's CEO apologised: full refund plus 50 % credit; next sailing cancelled
    one(/pendleford|rembourse\w* integral|full refund|credit|excuses|apolog|annul\w* la prochaine|next sailing|cancel/),
  ],

  'rate-decision': [
    // F1 the central bank raised its key rate from 3.25 % to 4.00 %, a surprise
    all(/taux|rate|bnn|banque nationale|national bank/, /\b4(?:[.,]00?)? ?%|0[.,]75 point|75 points|75 basis|relev|rais|hausse|hike/),
    // F2 the hike follows the revision of October's inflation to 5.9 %
    all(/inflation/, /5[.,]9|revis/),
    // F3 markets: the florin and the NORX 30
    one(/florin|norx/),
    // F4 the finance minister: independence, banks not to pass the rise on
    all(/vennet|ministre des finances|finance minister/, /independan|banques|banks|menages|households|repercut|pass/),
    // F5 borrowers: variable mortgage rates, the consumer group's freeze request
    one(/emprunteur|borrower|credit immobilier|mortgage|taux variable|variable rate|ucn|consommateurs|gel|freeze/),
    // F6 outlook: the next meeting on 17 December, another hike expected
    one(/17 decembre|december 17|17 december|prochaine reunion|next meeting|nouvelle hausse|another (hike|rise|increase)|pre-commit|s'engager/),
  ],
};
