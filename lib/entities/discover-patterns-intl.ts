/**
 * How German, French and Spanish articles introduce organisations: "Odyssey, ein Start-up, das
 * Weltmodelle entwickelt", "das Münchner KI-Start-up Odyssey", "la start-up française Mistral
 * AI", "la startup española Odyssey", and the money they raise. Same machinery as the English
 * patterns (`discover-patterns.ts`): each is tried only at its trigger words.
 */
import { COMMA, CONNECTORS, type IntroPattern, NAME, pattern } from './discover-patterns.ts';

/** Latin letters with the accents of these languages, spelled out (see discover-patterns.ts). */
const LOWER = 'a-zß-öø-ÿ';
const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ';

/** Money as these presses write it: "100 Millionen Euro", "1,5 milliard", "30 millones", "€40m". */
const MONEY = String.raw`(?:(?:US)?[$€£¥]\s?\d|\d[\d.,]*\s*(?:Millionen|Milliarden|Mio\.?|Mrd\.?|millions?|milliards?|millones|mil millones|M€|Md€|M\$)(?![${LETTER}]))`;

// ── German ──────────────────────────────────────────────────────────────────────────────────
/**
 * Nouns for a company, alone or at the end of a compound ("KI-Start-up", "Chipkonzern",
 * "Softwarefirma"). German capitalises every noun, so "Entwickler" (a person, too) stays out.
 */
const DE_NOUN = `(?:[${LETTER}]+-)?(?:Start-?[Uu]ps?|Startups?|Scale-?[Uu]ps?|Einhorn|Jungunternehmen|[A-ZÄÖÜ][${LOWER}]*(?:[Uu]nternehmen|[Ff]irma|[Kk]onzern|[Hh]ersteller|[Aa]nbieter|[Ll]abor|[Ff]onds|[Dd]ienstleister|[Zz]ulieferer|[Tt]ochter(?:gesellschaft|firma)?|[Ss]oftwarehaus))`;
/** An adjective before the noun: "Münchner", "französische", "US-amerikanische". */
const DE_ADJ = String.raw`(?!(?:des|der|den|dem|von|mit|für|bei|aus|im|am|zum|zur|und|oder|als|wie|sich)\b)(?:[${LOWER}][${LETTER}-]*|[A-ZÄÖÜ][${LOWER}]+er|[A-Z]{2,}-[${LOWER}]+)`;
/**
 * What follows a name in a German main clause ("das Start-up Odyssey hat…", "…, das…",
 * "aus Berlin"). Needed because German capitalises nouns: in "weil das Start-up Geld braucht"
 * the capitalised word after the noun is an object, not a name.
 */
const DE_AFTER = String.raw`(?=[,.;:!?()]|\s(?:hat|hatte|ist|war|will|wollte|wird|wurde|soll|sollte|kann|konnte|muss|plant|plante|entwickelt|entwickelte|sammelt|sammelte|bietet|baut|bringt|stellt|stellte|setzt|gilt|arbeitet|gab|gibt|teilte|kündigte|erhält|erhielt|nutzt|verkauft|übernimmt|übernahm|startet|beschäftigt|gehört|aus|mit|in|im|und)\b)`;

// ── French and Spanish ──────────────────────────────────────────────────────────────────────
/** Company nouns of French and Spanish, other than the "start-up" they share with English. */
const FR_NOUN =
  '(?:jeune pousse|société|entreprise|licorne|firme|pépite|fabricant|éditeur|laboratoire|fonds|scale-?up)';
const ES_NOUN =
  '(?:empresa|compañía|firma|tecnológica|fabricante|desarrolladora|unicornio|fondo|laboratorio|gestora)';
const STARTUP = '(?:start-?up|startup)';
/**
 * Adjectives of origin or kind after the noun ("française", "parisienne", "española",
 * "estadounidense", "tecnológica"), or a "de …" complement of the kind ("de capital riesgo").
 * Spelled by ending so that a verb ("la empresa compró X") does not pass for one.
 */
const ROMANCE_ADJ = `(?:[${LOWER}]+(?:aise|ais|aine|ain|ienne|ien|oise|ois|ande|and|ique|ano|ana|ense|esa|és|ñola|ñol|ina|ino|ica|ico|eña|eño|uise)|emergente|joven|nueva|jeune|nouvelle|d['’]IA|de l['’]IA|de IA|d['’]intelligence artificielle|de inteligencia artificial|de capital(?:-| )ri(?:sque|esgo)|de inversión|de robótica|de robotique|de semi-conducteurs|de chips|de software|de logiciels)`;

export const INTL_PATTERNS: readonly IntroPattern[] = [
  pattern(
    'appositive-de',
    'ein eine einem einer',
    `((?:ein|eine|einem|einer) (?:${DE_ADJ} ){0,3}?${DE_NOUN})(?![${LETTER}])`,
    0.85,
    "introduced as '$1'",
    { joint: COMMA, strong: true },
  ),
  // "der/die/das" also start relative clauses ("X, der Unternehmen berät"): the noun must be
  // followed by what continues an apposition.
  pattern(
    'appositive-de-the',
    'der die das',
    String.raw`((?:der|die|das) (?:${DE_ADJ} ){0,3}?${DE_NOUN})(?=,| (?:aus|mit|in|im|hinter|von|für)\b)`,
    0.85,
    "introduced as '$1'",
    { joint: COMMA, strong: true },
  ),
  pattern(
    'noun-before-de',
    'start startup startups scale einhorn jungunternehmen ki firma unternehmen labor konzern',
    `((?:KI-)?(?:Start-?[Uu]p|Startup|Scale-?[Uu]p|Einhorn|Jungunternehmen|Firma|Unternehmen|Labor|Konzern)) (${NAME})${DE_AFTER}`,
    0.8,
    'called a $1',
    { strong: true, nameGroup: 2 },
  ),
  pattern(
    'appositive-fr-es',
    'une un la le l una el',
    `((?:une?|la|le|l['’]|una|el) ?(?:jeune |petite |nouvelle |joven |nueva |pequeña )?(?:${FR_NOUN}|${ES_NOUN}|${STARTUP})(?![${LETTER}])(?: [^,;.!?()]{0,50})?)`,
    0.85,
    "introduced as '$1'",
    { joint: COMMA, strong: true },
  ),
  pattern(
    'noun-before-fr-es',
    'start startup société entreprise licorne jeune firme pépite fabricant éditeur laboratoire fonds scale empresa compañía firma tecnológica fabricante desarrolladora unicornio emergente fondo laboratorio gestora',
    `((?:${FR_NOUN}|${ES_NOUN})(?: ${ROMANCE_ADJ}){0,2}|${STARTUP}(?: ${ROMANCE_ADJ}){1,2}) (${NAME})`,
    0.8,
    'called a $1',
    { strong: true, nameGroup: 2 },
  ),
  pattern(
    'raised-de',
    'sammelt sammelte erhält erhielt holt holte sichert sicherte',
    String.raw`(?:sammelt|sammelte|erhält|erhielt|holt|holte|sichert sich|sicherte sich) ((?:[^\s.;]+ ){0,4}?${MONEY}[^\s,;]*(?: (?:Euro|Dollar|US-Dollar))?)`,
    0.8,
    "raised money ('$1')",
    { joint: CONNECTORS, strong: true, subjectFirst: true },
  ),
  pattern(
    'raised-de-inverted',
    'sammelt sammelte erhält erhielt holt holte',
    String.raw`(?:sammelt|sammelte|erhält|erhielt|holt|holte) (${NAME}) ((?:[^\s.;]+ ){0,3}?${MONEY}[^\s,;]*(?: (?:Euro|Dollar|US-Dollar))?)`,
    0.8,
    "raised money ('$2')",
    { strong: true },
  ),
  pattern(
    'raised-de-perfect',
    'hat',
    String.raw`hat ((?:[^\s.;]+ ){0,4}?${MONEY}[^.;]{0,40}?) (?:eingesammelt|erhalten|eingeworben)`,
    0.8,
    "raised money ('$1')",
    { joint: / $/, strong: true, subjectFirst: true },
  ),
  pattern(
    'raised-fr-es',
    'lève lèvent levé lever boucle recauda recaudó recaudado levanta levantó levantado obtiene obtuvo capta captó captado cierra cerró',
    String.raw`(?:lève|lèvent|levé|lever|boucle une levée de fonds de|boucle un tour de table de|recauda|recaudó|recaudado|levanta|levantó|levantado|obtiene|obtuvo|capta|captó|captado|cierra una ronda de|cerró una ronda de) ((?:[^\s.;]+ ){0,3}?${MONEY}[^\s,;]*(?: (?:d['’]euros|de dólares|de euros|euros|dollars))?)`,
    0.8,
    "raised money ('$1')",
    { joint: / (?:a |avait |vient de |ha |había )?$/, strong: true },
  ),
];
