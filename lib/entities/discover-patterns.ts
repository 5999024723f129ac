/**
 * How articles introduce organisations. Every pattern is tried only where one of its trigger
 * words starts a token (no regular expression runs over the whole text), as a sticky regular
 * expression from that word.
 */

/**
 * Latin letters, not Unicode property classes: a `\p{L}` class costs milliseconds to compile
 * and these patterns are compiled on every page, where the content script starts cold.
 */
export const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ž';
export const WORD = 'A-Za-z0-9À-ÖØ-öø-ÿĀ-ž';
/** One capitalised word of a name: "Odyssey", "Mercedes-Benz", "Cresta.ai", "1X". */
const TOK = String.raw`(?:[${UPPER}][${WORD}]*|\d+[A-Za-z][${WORD}]*)(?:-[${UPPER}][${WORD}]*|\.(?:ai|io|com|dev|co|so))*`;
/** A name: up to four capitalised words, "&" allowed between them. */
export const NAME = `(?<![${WORD}])${TOK}(?:(?: | & )${TOK}){0,3}`;
/** Several names: "Sequoia, Index Ventures and Lux Capital". */
export const NAMES = `${NAME}(?:(?:, | and |, and )${NAME}){0,5}`;

const ORG_NOUN =
  '(?:startup|start-up|company|firm|maker|developer|provider|lab|laboratory|unicorn|spinout|spin-off|spinoff|chipmaker|manufacturer|designer|outfit|upstart|newcomer|supplier|operator|(?:venture|investment|hedge|growth|sovereign wealth) fund|subsidiary|studio|specialist|builder|creator|vendor|insurer|conglomerate|challenger|contractor|venture firm|investment firm)';
const PERSON_NOUN =
  '(?:founder|co-founder|cofounder|executive|exec|engineer|veteran|employee|researcher|investor|CEO|worker|entrepreneur|analyst|alum|alumnus|partner|adviser|advisor|lawyer|consultant|scientist)';
const MONEY = String.raw`(?:(?:US|A|C)?[$€£¥]\s?\d|\d[\d.,]*\s*(?:million|billion|mn|bn)\b)`;
const ROLE =
  '(?:co-?founder|cofounder|founder|CEO|chief executive(?: officer)?|CTO|chief technology officer|chief scientist|president|chairman)';
/**
 * A word describing the noun of an introduction ("a San Francisco-based AI startup"). Never a
 * function word or verb, which would mean the noun belongs to another phrase ("a tool designed
 * to help developers"), nor a word that describes a person ("a veteran software developer").
 */
const MODIFIER = String.raw`(?!(?:to|for|of|with|that|which|who|whose|in|on|by|from|and|or|as|at|into|is|was|are|were|designed|used|help|helps|helping|allows|lets|enables|veteran|senior|junior|lead|freelance|independent|former|retired|solo|hobbyist|self-taught|young|experienced|professional|indie|longtime|prolific|fellow|lone|individual)\b)[^\s,;.!?]+`;
export const CONNECTORS =
  /(?:, which| has| had| have| just| recently| also| previously| now| is| was)* $/;

/** A way articles introduce an organisation. */
export interface IntroPattern {
  readonly id: string;
  /** Lowercase words where the pattern starts. */
  readonly triggers: ReadonlySet<string>;
  /** Sticky expression tried at each trigger. */
  readonly re: RegExp;
  /**
   * Name before the trigger: what must separate them (anchored at the end of the text before
   * the trigger), e.g. `/, $/` for "Odyssey, a startup". Absent: the name is group `nameGroup`.
   */
  readonly joint?: RegExp;
  readonly nameGroup: number;
  /** Only the last word before the joint is the name ("Sequoia" in "Sequoia-backed"). */
  readonly singleWord?: boolean;
  /** Confidence this pattern alone gives (combined across patterns as independent evidence). */
  readonly confidence: number;
  /** Strong enough for a single ordinary or sentence-initial word ("Odyssey, a startup..."). */
  readonly strong?: boolean;
  /** The name group may list several names. */
  readonly list?: boolean;
  /** Names here are often people ("led by", "investor ..."): person-shaped names are skipped. */
  readonly peopleLikely?: boolean;
  /** Needs funding words just before the match ("a round led by X"). */
  readonly fundingContext?: boolean;
  /**
   * The name before the trigger counts only at the start of a sentence: in German the verb comes
   * second, so in "Laut Insidern sammelt X…" the word before the verb is not the subject.
   */
  readonly subjectFirst?: boolean;
  /** Human-readable evidence; `$1`, `$2` are the regex groups. */
  readonly evidence: string;
}

type Options = Partial<
  Pick<
    IntroPattern,
    | 'joint'
    | 'nameGroup'
    | 'singleWord'
    | 'strong'
    | 'list'
    | 'peopleLikely'
    | 'fundingContext'
    | 'subjectFirst'
  >
>;

export const pattern = (
  id: string,
  triggers: string,
  source: string,
  confidence: number,
  evidence: string,
  options: Options = {},
): IntroPattern => ({
  id,
  triggers: new Set(triggers.split(' ')),
  re: new RegExp(source, 'uy'),
  nameGroup: 1,
  confidence,
  evidence,
  ...options,
});

export const COMMA = /, $/;
export const SPACE = / $/;
const APOSTROPHE = /['’]$/;
const BACKERS = { list: true, peopleLikely: true };

export const INTRO_PATTERNS: readonly IntroPattern[] = [
  // Name before the trigger.
  pattern(
    'appositive',
    'a an',
    String.raw`(an? (?:${MODIFIER} ){0,6}?${ORG_NOUN}\b(?! ${PERSON_NOUN}\b)(?: [^,;.!?()]{0,50})?)`,
    0.85,
    "introduced as '$1'",
    { joint: COMMA, strong: true },
  ),
  pattern(
    'appositive-the',
    'the',
    String.raw`(the (?:${MODIFIER} ){0,4}?${ORG_NOUN} (?:behind|that|which|whose|of|backed|known|led|building|developing|making)\b[^,;.!?()]{0,50})`,
    0.85,
    "introduced as '$1'",
    { joint: COMMA, strong: true },
  ),
  pattern(
    'raised',
    'raised raises raising secured secures closed closes landed lands bagged nabbed pulled collected',
    String.raw`(?:raised|raises|raising|secured|secures|closed|closes|landed|lands|bagged|nabbed|pulled in|collected) ((?:[^\s.;]+ ){0,4}?${MONEY}[^\s,;]*(?: (?:million|billion))?)`,
    0.8,
    "raised money ('$1')",
    { joint: CONNECTORS, strong: true },
  ),
  pattern('valued', 'valued', 'valued at', 0.75, 'valued by investors', { joint: CONNECTORS }),
  pattern(
    'round',
    's',
    String.raw`s (?:[$€£]\s?[\d.,]+ ?(?:million|billion|[mb]n)? )?(?:Series [A-H]|seed|pre-seed|funding|financing|latest|new) (?:round|raise)`,
    0.8,
    'its funding round is reported',
    { joint: APOSTROPHE, strong: true },
  ),
  pattern(
    'x-backed',
    'backed funded',
    String.raw`(?:backed|funded)\b`,
    0.6,
    'described as a backer',
    { joint: /[-‐‑]$/, singleWord: true },
  ),
  pattern(
    'possessive-role',
    's',
    `s (?:${ROLE}|co-founders|cofounders|founders)\\b`,
    0.7,
    'has a chief executive or founder',
    { joint: APOSTROPHE, strong: true },
  ),
  pattern(
    'possessive-business',
    's',
    String.raw`s (?:valuation|investors|backers|board|shares|IPO|funding|revenue|engineers|researchers|employees|customers|clients|headquarters|spokesperson|spokeswoman|spokesman|plant|plants|factory|factories|unit|division|subsidiary|shareholders|profits?|earnings|sales|stake)\b`,
    0.6,
    'has staff, investors or a business',
    { joint: APOSTROPHE },
  ),
  // Products have technology and models too ("the app's model search"): weaker evidence.
  pattern(
    'possessive-product',
    's',
    String.raw`s (?:technology|software|chips?|models?|products?)\b`,
    0.4,
    'has products',
    { joint: APOSTROPHE },
  ),
  pattern(
    'name-role-person',
    'ceo chief co cofounder founder cto president spokesperson spokeswoman spokesman',
    `(?:CEO|chief executive|Chief Executive|co-?founder|cofounder|founder|CTO|president|President|spokesperson|spokeswoman|spokesman) [${UPPER}][a-zß-öø-ÿ]+ [${UPPER}]`,
    0.75,
    'has a named chief executive or founder',
    { joint: SPACE },
  ),
  pattern(
    'founded-in',
    'founded launched started incorporated',
    String.raw`(?:founded|launched|started|incorporated) in (?:19|20)\d\d`,
    0.8,
    'founded in a given year',
    { joint: /,?(?: which| that)?(?: was| is)? $/ },
  ),
  pattern(
    'which-does',
    'which',
    String.raw`which (?:makes|builds|develops|sells|offers|operates|provides|designs|trains|is building|is developing|has built|was spun|employs|licenses)\b`,
    0.5,
    'described by what it makes',
    { joint: COMMA },
  ),
  pattern(
    'statement',
    'said',
    'said in an? (?:statement|blog post|filing|press release)',
    0.5,
    'issued a statement',
    { joint: SPACE },
  ),
  pattern(
    'no-comment',
    'declined did didn',
    `(?:declined to comment|did not (?:immediately )?respond|didn['’]t respond)`,
    0.35,
    'declined to comment',
    { joint: SPACE },
  ),
  pattern(
    'legal-suffix',
    'inc corp ltd llc gmbh plc',
    String.raw`(?:Inc|Corp|Ltd|LLC|GmbH|PLC|plc)\.?(?![${WORD}])`,
    0.8,
    'has a company suffix',
    { joint: /,? $/, strong: true },
  ),
  // Name after the trigger.
  pattern(
    'noun-before',
    'ai chip robotics software tech defence defense biotech fintech startup start upstart unicorn spinout chipmaker lab',
    `((?:AI |chip |robotics |software |tech |defen[cs]e |biotech |fintech )?(?:startup|start-up|upstart|unicorn|spinout|chipmaker|chip designer|lab)) (${NAME})`,
    0.8,
    'called a $1',
    { strong: true, nameGroup: 2 },
  ),
  pattern(
    'company-before',
    'company firm outfit newcomer venture investment vc private',
    `(company|firm|outfit|newcomer|venture firm|investment firm|VC firm|private equity firm) (${NAME})`,
    0.7,
    'called a $1',
    { nameGroup: 2 },
  ),
  pattern('valuing', 'valued valuing', `valu(?:ed|ing) (${NAME}) at`, 0.75, 'valued by investors'),
  pattern(
    'round-for',
    'series seed',
    `(?:Series [A-H]|seed) (?:round|funding|financing) (?:for|in|of) (${NAME})`,
    0.75,
    'its funding round is reported',
  ),
  pattern(
    'backed-by',
    'backed funded financed',
    `(?:backed|funded|financed) by (${NAMES})`,
    0.65,
    'named as a backer',
    BACKERS,
  ),
  pattern('led-by', 'led co', `(?:led|co-led) by (${NAMES})`, 0.75, 'led a funding round', {
    ...BACKERS,
    fundingContext: true,
  }),
  pattern(
    'investors-including',
    'investors backers',
    `(?:investors|backers)(?: such as| including| like| included) (${NAMES})`,
    0.75,
    'named as an investor',
    BACKERS,
  ),
  pattern(
    'participation',
    'participation investment investments money funding',
    `(?:participation|investment|investments|money|funding) from (${NAMES})`,
    0.7,
    'named as an investor',
    BACKERS,
  ),
  pattern(
    'invested-in',
    'invested invests investing investment investments stake stakes bet bets betting',
    `(?:invested|invests|investing|investment|investments|stake|stakes|bet|bets|betting) in (${NAME})`,
    0.7,
    'received an investment',
  ),
  pattern(
    'acquired',
    'acquired acquire acquires acquiring acquisition bought buys buying purchase takeover merger merged to',
    `(?:acquired|acquire|acquires|acquiring|acquisition of|bought|buys|buying|purchase of|takeover of|merger with|merged with|to buy) (${NAME})`,
    0.7,
    'was acquired',
  ),
  pattern(
    'founded',
    'co cofounded founded',
    `(?:co-?founded|cofounded|founded) (${NAME})`,
    0.7,
    'was founded by someone',
  ),
  pattern(
    'role-of',
    'co cofounder founder ceo chief cto president chairman',
    `${ROLE} (?:of|at) (${NAME})`,
    0.7,
    'has a chief executive or founder',
  ),
  pattern(
    'staff-at',
    'employees staff engineers researchers executives investors customers spokesperson spokeswoman spokesman',
    `(?:employees|staff|engineers|researchers|executives|investors|customers|spokesperson|spokeswoman|spokesman) (?:at|of|for) (${NAME})`,
    0.55,
    'has staff or investors',
  ),
  // People work at organisations: "a partner at Larchmont Partners", "an analyst at Brightwater".
  pattern(
    'works-at',
    'partner analyst director researcher engineer executive scientist economist strategist principal associate',
    `(?:partner|analyst|director|researcher|engineer|executive|scientist|economist|strategist|principal|associate) at (${NAME})`,
    0.55,
    'has someone working there',
  ),
];
