/**
 * Capitalised names that discovery must never report as companies: places, outlets,
 * government and public bodies, and common first names (to spot people). Lowercase.
 */
const split = (s: string): string[] =>
  s
    .split(/[,\n]/)
    .map((w) => w.trim())
    .filter(Boolean);

export const PLACES: ReadonlySet<string> = new Set(
  split(`africa, asia, europe, america, americas, north america, south america, latin america,
  antarctica, australia, oceania, middle east, gulf, the gulf, arctic, eurasia, silicon valley,
  bay area, wall street, main street, washington, beijing, shanghai, shenzhen, hangzhou, hong kong,
  taipei, taiwan, china, japan, tokyo, osaka, seoul, korea, south korea, north korea, india,
  bangalore, bengaluru, mumbai, delhi, new delhi, singapore, indonesia, jakarta, vietnam, thailand,
  malaysia, philippines, pakistan, bangladesh, israel, tel aviv, jerusalem, iran, iraq, turkey,
  istanbul, saudi arabia, riyadh, saudi, uae, united arab emirates, abu dhabi, dubai, qatar, doha,
  egypt, cairo, nigeria, lagos, kenya, nairobi, south africa, morocco, ethiopia, russia, moscow,
  ukraine, kyiv, kiev, poland, warsaw, germany, berlin, munich, frankfurt, hamburg, france, paris,
  lyon, marseille, provence, spain, madrid, barcelona, portugal, lisbon, italy, rome, milan, uk,
  u.k., britain, great britain, united kingdom, england, scotland, wales, ireland, dublin, london,
  cambridge, oxford, manchester, edinburgh, netherlands, holland, amsterdam, eindhoven, belgium,
  brussels, luxembourg, switzerland, zurich, geneva, austria, vienna, sweden, stockholm, norway,
  oslo, denmark, copenhagen, finland, helsinki, iceland, estonia, greece, athens, czech republic,
  prague, hungary, budapest, romania, canada, toronto, montreal, vancouver, ottawa, mexico,
  mexico city, brazil, sao paulo, são paulo, rio, argentina, buenos aires, chile, colombia, peru,
  us, u.s., usa, united states, new york, new york city, nyc, manhattan, brooklyn, san francisco,
  los angeles, san jose, palo alto, menlo park, mountain view, cupertino, redmond, seattle,
  santa clara, sunnyvale, austin, texas, dallas, houston, boston, cambridge, chicago, miami,
  atlanta, denver, phoenix, arizona, nevada, utah, oregon, portland, california, virginia,
  northern virginia, ohio, georgia, florida, new jersey, massachusetts, michigan, detroit,
  pennsylvania, pittsburgh, louisiana, tennessee, memphis, wisconsin, abilene, colorado,
  north carolina, south carolina, carolina, indiana, iowa, oklahoma, new mexico, montana, wyoming,
  alabama, kentucky, minnesota, missouri, maryland, delaware, connecticut, vermont, maine, alaska,
  hawaii, west virginia, washington d.c., d.c., dc, stanford, berkeley, harvard, mit, princeton,
  yale, carnegie mellon, caltech, tsinghua, peking, eu, european union, asean, nato, g7, g20,
  quebec, québec, ontario, alberta, british columbia, manitoba, saskatchewan, nova scotia,
  new brunswick, newfoundland, bavaria, bayern, baden-württemberg, hesse, hessen, saxony, sachsen,
  berlin-brandenburg, north rhine-westphalia, nordrhein-westfalen, lower saxony, catalonia,
  cataluña, catalunya, andalusia, valencia, bilbao, seville, sevilla, basque country, lombardy,
  île-de-france, ile-de-france, toulouse, grenoble, nice, bordeaux, lille, nantes, strasbourg,
  normandy, brittany, bretagne, quebec city, guangdong, guangzhou, zhejiang, jiangsu, fujian,
  sichuan, chengdu, chongqing, hubei, wuhan, tianjin, nanjing, suzhou, xi'an, hefei, anhui,
  shandong, hainan, xinjiang, tibet, macau, macao, kyoto, yokohama, nagoya, fukuoka, busan,
  incheon, pangyo, daejeon, karnataka, maharashtra, tamil nadu, telangana, hyderabad, chennai,
  pune, gujarat, kerala, noida, gurgaon, gurugram, sydney, melbourne, brisbane, perth, auckland,
  new zealand, wellington, ho chi minh city, hanoi, manila, kuala lumpur, bangkok, lima, bogotá,
  bogota, santiago, montevideo, uruguay, paraguay, ecuador, venezuela, caracas, cuba, havana,
  puerto rico, jamaica, panama, costa rica, guatemala, honduras, nicaragua, el salvador,
  greenland, cyprus, malta, croatia, serbia, slovenia, slovakia, bulgaria, latvia, lithuania,
  belarus, georgia, armenia, azerbaijan, kazakhstan, uzbekistan, mongolia, nepal, sri lanka,
  myanmar, cambodia, laos, brunei, bahrain, kuwait, oman, jordan, lebanon, syria, yemen, libya,
  tunisia, algeria, sudan, ghana, senegal, rwanda, uganda, tanzania, zambia, zimbabwe, angola,
  mozambique, namibia, botswana, cameroon, ivory coast, côte d'ivoire, congo,
  deutschland, frankreich, spanien, italien, österreich, schweiz, vereinigte staaten,
  großbritannien, vereinigtes königreich, niederlande, belgien, schweden, norwegen, dänemark,
  finnland, polen, russland, japan, südkorea, indien, kanada, brasilien, europa, amerika,
  nordamerika, asien, afrika, münchen, köln, wien, zürich, genf, allemagne, états-unis,
  etats-unis, royaume-uni, angleterre, espagne, italie, suisse, autriche, pays-bas, belgique,
  suède, norvège, danemark, pologne, russie, chine, japon, corée du sud, inde, brésil, mexique,
  amérique, amérique du nord, europe, asie, afrique, londres, pékin, séoul, alemania,
  estados unidos, reino unido, inglaterra, francia, españa, italia, suiza, países bajos,
  bélgica, suecia, noruega, polonia, rusia, japón, corea del sur, brasil, méxico, américa,
  norteamérica, europa, áfrica, nueva york, londres, pekín, múnich`),
);

/** Currencies and their units: "Dollar" in "the Dollar weakened" is no company. Lowercase. */
export const CURRENCIES: ReadonlySet<string> = new Set(
  split(`dollar, dollars, us dollar, u.s. dollar, euro, euros, yen, yuan, renminbi, pound, pounds,
  sterling, pound sterling, rupee, rupees, won, franc, francs, swiss franc, peso, pesos, real,
  reais, ruble, rubles, rouble, roubles, lira, rand, ringgit, baht, dong, rupiah, krona, krone,
  kronor, shekel, shekels, dirham, dirhams, riyal, riyals, dinar, zloty, forint, rial, taka,
  naira, hryvnia, bitcoin, ether, tether, greenback, dólar, dólares, dollars américains, libra`),
);

/**
 * Labels of page furniture and sections ("Advertisement", "Related", "Subscribe"): text of the
 * page around the article, never an actor in it. Lowercase.
 */
export const PAGE_LABELS: ReadonlySet<string> = new Set(
  split(`advertisement, advertisements, advert, sponsored, subscribe, subscription, newsletter,
  newsletters, signup, login, comments, related, recommended, trending, popular, latest, topics,
  tags, menu, photos, credit, credits, getty, caption, podcast, updated, breaking, exclusive,
  opinion, editorial, privacy, cookies, copyright, loading, previous, skip, byline, reporting,
  editing, anzeige, werbung, publicité, publicidad`),
);

export const OUTLETS: ReadonlySet<string> = new Set(
  split(`reuters, bloomberg, cnbc, techcrunch, the verge, verge, wired, axios, financial times, ft,
  wsj, wall street journal, the wall street journal, new york times, the new york times, nyt,
  times, washington post, the washington post, guardian, the guardian, bbc, cnn, fortune, forbes,
  business insider, insider, economist, the economist, semafor, politico, ap, associated press,
  afp, nikkei, nikkei asia, the information, information, platformer, stratechery,
  mit technology review, technology review, ars technica, venturebeat, zdnet, engadget, gizmodo,
  mashable, vox, the atlantic, atlantic, new yorker, the new yorker, handelsblatt, le monde,
  les echos, el país, el pais, der spiegel, spiegel, heise, caixin, scmp,
  south china morning post, yonhap, kyodo, xinhua, barron's, barrons, marketwatch,
  yahoo finance, the register, register, 404 media, puck, substack, medium, x, linkedin post,
  hacker news, reddit, youtube channel, cbs, nbc, abc, fox, fox news, npr, pbs`),
);

/** A name containing one of these words is a public body, a school or an event, not a company. */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set(
  split(`commission, congress, department, ministry, senate, house, parliament, council, agency,
  administration, court, bureau, office, authority, committee, government, university,
  college, school, academy, institute, police, army, navy, force, treasury, pentagon, white house,
  cabinet, assembly, tribunal, regulator, party, union, church, museum, hospital, board,
  reserve, bank of, summit, conference, forum, festival, week, act, bill, law, order, award,
  prize, olympics, cup, league, championship, foundation models`),
);

/** Acronyms of public bodies and generic acronyms. */
export const PUBLIC_ACRONYMS: ReadonlySet<string> = new Set(
  split(`ftc, sec, doj, fcc, fda, fbi, cia, nsa, nih, nsf, nist, darpa, dod, dhs, irs, cfius, bis,
  omb, ostp, gao, cbo, epa, faa, nasa, ecb, imf, oecd, wto, who, un, cma, ofcom, cnil, ico, ec,
  aisi, caisi, cac, miit, ndrc, mofcom, kftc, meti, ai, agi, asi, llm, gpu, cpu, tpu, npu, api,
  ceo, cto, cfo, ipo, m&a, saas, vc, pe, ev, ar, vr, xr, it, hr, pr, qa, ui, ux, faq, pdf, gdp,
  cpi, esg, rss, usd, eur, gbp, jpy, cny, rmb`),
);

/** People who are often named alone and never companies. */
export const FAMOUS_PEOPLE: ReadonlySet<string> = new Set(
  split(`trump, biden, harris, vance, obama, musk, bezos, thiel, hoffman, buffett, gates, jobs,
  xi, xi jinping, putin, macron, modi, starmer, sunak, merz, scholz, meloni, von der leyen,
  newsom, lutnick, sacks, rubio, bessent, hegseth, pope`),
);

/** Common first names, to tell "Jane Doe said" from a company. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  split(`aaron, adam, adrian, aidan, alan, albert, alex, alexander, alexandra, alexis, ali, alice,
  alicia, allison, amanda, amy, ana, andrea, andrew, andy, angela, anna, anne, anthony, arjun,
  arthur, ashley, ben, benjamin, beth, bill, bob, brad, brandon, brian, bruce, carl, carlos,
  carol, caroline, catherine, charles, charlie, chen, chris, christina, christine, christopher,
  claire, clara, craig, dan, dana, daniel, daniela, dave, david, deborah, dennis, diana, diego,
  donald, doug, douglas, dylan, ed, edward, elena, eli, elizabeth, ella, emily, emma, eric,
  erin, ethan, eva, evan, frank, gary, george, grace, greg, hannah, harry, heather, helen, henry,
  ian, isaac, isabel, jack, jacob, jake, james, jamie, jan, jane, janet, jason, jay, jean, jeff,
  jeffrey, jen, jennifer, jeremy, jess, jessica, jim, joan, joe, joel, john, jon, jonathan,
  jordan, jose, joseph, josh, joshua, juan, julia, julie, justin, karen, kate, katherine, kathy,
  katie, keith, kelly, ken, kevin, kim, kyle, laura, lauren, lee, leo, liam, linda, lisa, lucas,
  lucy, luis, luke, maria, marie, mark, martin, mary, matt, matthew, max, maya, megan, melissa,
  michael, michelle, mike, mohammed, muhammad, nancy, natalie, nathan, nick, nicole, noah, oliver,
  olivia, omar, owen, pablo, pat, patricia, patrick, paul, peter, priya, rachel, rahul, raj, ray,
  rebecca, richard, rick, rob, robert, robin, ryan, sam, samantha, samuel, sandra, sara, sarah,
  scott, sean, sergey, sophia, sophie, stephanie, stephen, steve, steven, sue, susan, tom, thomas,
  tim, timothy, tina, todd, tony, tyler, victor, victoria, vincent, wei, will, william, yuki,
  zach, zoe, li, wang, zhang, liu, yang, huang, zhao, wu, zhou, xu, sun, ma, hu, guo, lin, he`),
);
