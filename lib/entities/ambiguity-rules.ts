/**
 * Per-name data for registry names that are also ordinary words, people or other things.
 * ./disambiguate.ts reads it; nothing here is specific to one article.
 */

import { AGAINST_CJK, NOT_AFTER_CJK, NOT_BEFORE_CJK } from './ambiguity-cjk.ts';

/** How a name is ambiguous, which decides the checks applied to it. */
export type Sense =
  /** An ordinary word, capitalised at the start of a sentence or in a title ("Scale", "Together"). */
  | 'word'
  /** A first name or surname ("Claude Monet", "Grace Hopper", "Nikola Tesla"). */
  | 'person'
  /** Another proper noun: a river, a wind, a constellation, a myth ("Amazon", "Mistral", "Gemini"). */
  | 'proper';

export interface AmbiguityRule {
  readonly sense: Sense;
  /** Lowercase words (or space-separated phrases) that point away from the organisation. */
  readonly against: ReadonlySet<string>;
  /** Words right after the name that make it something else ("Oracle of Delphi"). */
  readonly notBefore: readonly string[];
  /**
   * For names in scripts without spaces (./ambiguity-cjk.ts): words near the name that point
   * away from the organisation, and text right after or right before it that makes it part of
   * another word ("三星堆", "提高通信"). All found as substrings of the text.
   */
  readonly againstPhrases: readonly string[];
  readonly gluedAfter: readonly string[];
  readonly gluedBefore: readonly string[];
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const list = (s: string): string[] =>
  s
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

const WORD_NAMES =
  list(`Codex, Whisper, Grok, Colossus, Le Chat, Cohere, Inflection, Thinking Machines,
  Tinker, Moonshot, Talkie, Alphabet, Ironwood, FAIR, Threads, Azure, Copilot, Cobalt,
  Fairwater, Nuance, Bedrock, Granite, Slack, Galaxy, Ascend, Firefly, Oracle, Lambda, Together,
  Fireworks, Modal, fal, Replicate, VAST Data, Instinct, Intel, Tomahawk, Snapdragon, Arm, Micron,
  Etched, Snowflake, Scale, Outlier, Glean, Writer, Decagon, Adept, Abridge, Perplexity,
  Character AI, Runway, Stability, FLUX, Dream Machine, Cursor, Cognition, Windsurf, Lovable,
  Poolside, Magic, Magic AI, Marble, Figure, Figure 03, Helix, Physical Intelligence, Covariant,
  Aurora, Optimus, Dojo, Applied Digital, Sequoia, Thrive, Lightspeed, Founders Fund, Fidelity,
  Altimeter, Nova, Llama, Apple, Adobe, Ideogram, Manus, Dell, Pinecone, Imbue, Recursion, Zoom,
  Notion, Benchmark`);

const PERSON_NAMES = list(`Claude, Harvey, Devin, Ernie, Jasper, Blackwell, Hopper, Grace Hopper,
  Rubin, Vera Rubin, Watson, Einstein, Gemma, Kimi, Maia, Alexa, Sora, Crusoe, Helsing,
  Gaudi, Joule, Sierra, Reka, Luma, 클로드, クロード`);

const AGAINST: Record<string, string> = {
  amazon: `rainforest rainforests forest forests river rivers basin deforestation jungle jungles
    indigenous tribe tribes tribal amazonia amazonian brazilian peruvian manaus belem biodiversity
    canopy wildlife species warrior warriors mythology`,
  apple: `orchard orchards fruit fruits pie pies cider harvest harvests blossom blossoms crisp
    honeycrisp fuji gala granny juice picking growers grower bushel bushels crop crops ripe
    apples cinnamon baked recipe orchardist varieties variety tart`,
  mistral: `wind winds gust gusts provence rhone rhône vent météo meteo weather gale blows blowing
    blew forecast camargue sailors sailing mistrals marseille`,
  gemini: `constellation zodiac horoscope horoscopes astrology astrological castor pollux
    taurus cancer aries leo virgo libra scorpio sagittarius capricorn aquarius pisces nasa
    astronaut astronauts capsule apollo mercury spacecraft spacewalk twins planet venus mars
    retrograde winklevoss crypto bitcoin`,
  scale: `weigh weighing weighed weight pounds kilograms kg lbs bathroom fitness diet body fish
    piano musical music richter magnitude earthquake map thermometer`,
  character: 'novel actor actress plot screenplay sitcom',
  perplexity: 'puzzlement bewilderment confusion',
  runway: `fashion catwalk couture garments garment collection airport aircraft plane planes jet
    landing takeoff tarmac pilot pilots aviation flight flights lengthen`,
  claude: `monet debussy shannon painter painting paintings impressionist composer novelist lévi
    strauss van damme chabrol`,
  llama: `animal animals alpaca alpacas wool fleece herd herds andes peru peruvian pasture
    camelid camelids grazing zoo fur spit breeder breeders`,
  oracle: 'delphi omaha buffett prophecy priestess temple greek ancient',
  nova: 'scotia bossa supernova pbs documentary villanova terra',
  hopper: 'edward dennis painting painter nighthawks cobol navy admiral grasshopper',
  blackwell: 'elizabeth otis physician bookshop bookshops oxford',
  windsurf: 'windsurfing sail sails beach waves surf surfer surfers lake olympic',
  sora: 'anime kingdom hearts',
  harvey: 'weinstein hurricane milk dent specter steve',
  tesla: 'nikola coil coils magnetic',
  cursor: 'mouse pointer blinking',
  sierra: 'nevada leone madre mountains',
  aurora: 'borealis australis lights colorado illinois',
  sequoia: 'tree trees national park redwood redwoods',
  galaxy: 'stars milky telescope andromeda astronomers',
  threads: 'sewing needle fabric yarn',
  slack: 'rope',
  fidelity: 'loyalty marriage infidelity',
  magic: 'johnson orlando wizard spell spells trick tricks magician',
  figure: 'table chart shows skating',
  ernie: 'bert sesame',
  watson: 'sherlock holmes',
  einstein: 'albert relativity physicist',
  crusoe: 'robinson defoe island',
  helsing: 'van dracula vampire',
  gaudi: 'antoni barcelona sagrada architect',
  bedrock: 'flintstones geology rock',
  dojo: 'karate martial judo',
  lambda: 'calculus greek',
  nuance: 'nuanced',
  stability: 'financial instability',
  pinecone: 'pine cones tree forest',
  zoom: 'lens camera telephoto optical magnify',
  benchmark: 'scores score results index rate rates test tests leaderboard',
};

const NOT_BEFORE: Record<string, string> = {
  oracle: 'of',
  llama: 'farm farms ranch wool trek trekking',
  meta: 'tag tags description data keywords',
  scale: 'of',
  character: 'of',
  perplexity: 'of',
  stability: 'of',
  figure: 'of',
  magic: 'of',
};

const sense = new Map<string, Sense>();
for (const n of WORD_NAMES) sense.set(n.toLowerCase(), 'word');
for (const n of PERSON_NAMES) sense.set(n.toLowerCase(), 'person');

const cache = new Map<string, AmbiguityRule>();

/** The rule for an ambiguous name; names without specific data get a `proper` rule with no word lists. */
export function ambiguityRule(name: string): AmbiguityRule {
  const key = name.toLowerCase();
  let rule = cache.get(key);
  if (!rule) {
    rule = {
      sense: sense.get(key) ?? 'proper',
      against: new Set(words(AGAINST[key] ?? '')),
      notBefore: words(NOT_BEFORE[key] ?? ''),
      againstPhrases: words(AGAINST_CJK[name] ?? ''),
      gluedAfter: words(NOT_BEFORE_CJK[name] ?? ''),
      gluedBefore: words(NOT_AFTER_CJK[name] ?? ''),
    };
    cache.set(key, rule);
  }
  return rule;
}
