/**
 * Capitalised words that are not names: function words that start sentences, calendar words,
 * roles and generic nouns of business prose. Lowercase.
 */
const split = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(
  split(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
  saturday sunday today yesterday tomorrow tonight spring summer autumn fall winter christmas
  easter q1 q2 q3 q4 h1 h2 januar februar märz juni juli oktober dezember montag dienstag
  mittwoch donnerstag freitag samstag sonntag janvier février mars avril mai juin juillet août
  septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero
  febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
  miércoles jueves viernes sábado domingo`),
);

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  split(`a an the and but or nor so yet for of in on at to by from with without into onto over
  under about above after before since until while when where whereas why how what which who
  whom whose that this these those it its it's he she they we i you his her their our my your
  them us me him there here then than also too as if though although because despite unless
  whether meanwhile however still now instead indeed already even just only once again ever
  never not no yes all any both each every either neither few many most much several some such
  other another more less last next first second third new old former latter earlier later
  recently currently finally initially previously ultimately eventually separately similarly
  additionally moreover furthermore overall altogether elsewhere regardless otherwise hence
  thus therefore perhaps maybe sometimes often rarely usually among amid across against along
  around behind beside besides between beyond during except inside near outside per through
  throughout toward towards upon via within like unlike plus minus do does did is are was were
  be been being has have had will would can could should shall may might must let here's
  there's that's what's who's how's why's where's der die das den dem des ein eine einem einer
  und oder aber auch laut nach seit wie wenn als le la les l' un une des du et ou mais selon
  après depuis el los las una y pero según tras desde`),
);

/** Roles, titles and generic plural nouns that start sentences ("Analysts said..."). */
export const GENERIC_CAPS: ReadonlySet<string> = new Set(
  split(`ceo cto cfo coo chief executive officer president chairman chairwoman chair founder
  cofounder co-founder director head vice senior junior deputy managing general partner analyst
  professor dr mr mrs ms sir senator rep representative governor mayor minister secretary
  judge justice commissioner spokesperson spokesman spokeswoman editor reporter correspondent
  analysts investors shares sources officials experts critics researchers engineers executives
  employees users customers companies startups regulators lawmakers revenue sales funding series
  round seed people readers viewers developers scientists workers teams team staff company firm
  startup lab labs group fund funds market markets stocks stock bonds chips models model agents
  ai gpu gpus cpu llm llms api apis ipo saas ar vr os pc pcs gen generative agentic artificial
  intelligence machine learning data cloud compute inference training frontier open closed
  source sovereign enterprise consumer physical embodied responsible conversational edge
  general superintelligence agi asi read more subscribe sign share comment comments related
  newsletter photo image credit getty advertisement sponsored exclusive update updated
  breaking opinion analysis explainer podcast video watch listen live report reports note
  notes chart table figure source disclosure correction editor's why how what here big
  top best key major global world national international local federal state public private
  north south east west northern southern eastern western central american chinese european
  french german british japanese korean indian israeli canadian swiss swedish dutch italian
  spanish saudi emirati taiwanese russian copyright trademark all rights reserved`),
);

/** Titles of people: a name with one inside is a person's ("NASA Administrator Jane Roe"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  split(`ceo cto cfo coo chief executive president chairman chairwoman chair founder cofounder
  co-founder director administrator commissioner minister secretary senator rep representative
  governor mayor judge justice spokesperson spokesman spokeswoman analyst professor dr mr mrs ms
  sir vp svp evp manager`),
);

/** True for a capitalised word that cannot be (the start of) an organisation name. */
export function isCommonCapital(word: string): boolean {
  const w = word.toLowerCase();
  return FUNCTION_WORDS.has(w) || MONTHS_AND_DAYS.has(w) || GENERIC_CAPS.has(w);
}
