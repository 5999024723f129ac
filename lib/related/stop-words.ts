/**
 * Words that say nothing about what an article is about. Compared after lower-casing and
 * removing accents (see `terms.ts`), so the French, German and Spanish entries are written
 * without accents.
 */
const ENGLISH =
  'a about above after again against all almost along already also although always am among an ' +
  'and another any anyone anything are around as at back be became because become been before ' +
  'being below between both but by can cannot could did do does doing done down during each ' +
  'either else enough even ever every few for from further get gets getting give given go goes ' +
  'going got had has have having he her here hers herself him himself his how however i if in ' +
  'into is it its itself just least less like made make makes many may me might more most much ' +
  'must my myself neither never no nor not now of off often on once one only onto or other ' +
  'others our ours ourselves out over own per perhaps put rather really same says said say see ' +
  'seen several shall she should since so some something still such than that the their theirs ' +
  'them themselves then there these they thing things this those though through thus to too ' +
  'toward towards under until up upon us use used uses using very via was we well were what ' +
  'whatever when where whether which while who whom whose why will with within without would ' +
  'yet you your yours yourself yourselves ago told tell tells according including include ' +
  'includes new week weeks month months year years day days today yesterday tomorrow monday ' +
  'tuesday wednesday thursday friday saturday sunday january february march april may june ' +
  'july august september october november december first last next two three four five six ' +
  'seven eight nine ten hundred thousand percent dont doesnt didnt isnt wasnt arent wont cant ' +
  're ve ll th st nd rd mr ms dr inc ltd llc corp co';

/** The commonest function words of French, German and Spanish (accents removed). */
const FRENCH =
  'le la les un une des du de au aux et ou mais donc ni car ce cet cette ces son sa ses leur ' +
  'leurs il elle ils elles nous vous je tu on qui que quoi dont est sont ete etre avoir avait ' +
  'ont pour par sur dans avec sans sous plus moins tres comme aussi pas ne se en lui';
const GERMAN =
  'der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war ' +
  'waren wird werden hat haben mit fur auf aus bei nach von vor zu zum zur im am um als auch ' +
  'sich es er sie wir ihr ich wie noch nur schon dass uber unter durch bis';
const SPANISH =
  'el la los las un una unos unas y o pero ni que de del al en con sin por para sobre entre ' +
  'es son fue ser estar esta este estos estas ese esa su sus se lo le les mas muy como tambien ' +
  'ya cuando donde hay ha han no si desde hasta';

/** Stop words of every language above, in one set. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [ENGLISH, FRENCH, GERMAN, SPANISH].join(' ').split(' '),
);

/**
 * Words that every AI-industry article uses: kept in term vectors (IDF discounts them when
 * scoring) but poor index keys, since an index entry under "ai" would list the whole archive.
 */
export const DOMAIN_COMMON: ReadonlySet<string> = new Set(
  (
    'ai artificial intelligence model company business startup firm billion million market ' +
    'technology tech industry product people time way work report deal plan data system ' +
    'chief executive ceo official statement spokesperson customer user service platform ' +
    'investor investment share price revenue cost team tool version'
  ).split(' '),
);
