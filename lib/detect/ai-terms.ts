/**
 * Vocabulary of the AI industry's subject matter (not company names: those come from the entity
 * recogniser). Counted per thousand words to tell an article *about* AI from one that mentions
 * it in passing. English first, with the main terms in French, German, Spanish, Italian and
 * Portuguese so that non-English AI coverage is recognised too.
 */
const TERMS = [
  // What AI is
  'artificial[ -]intelligence',
  'generative AI',
  'gen ?AI',
  'superintelligen(?:ce|t)',
  'machine[ -]learning',
  'deep[ -]learning',
  'neural (?:network|net)s?',
  '(?:large )?language models?',
  '(?:foundation|frontier|reasoning|open[ -]weights?|open[ -]source|world|video|image|diffusion) models?',
  'model weights',
  'chatbots?',
  'agents?(?= (?:that|which|can|to|for))',
  'agentic',
  'copilots?',
  'inference',
  'training runs?',
  '(?:pre|post)-?training',
  'fine-?tun(?:e|ed|ing)',
  'tokens? per',
  'parameters',
  'benchmarks?',
  'alignment',
  'compute',
  // Chips and data centres
  'accelerators?',
  '(?:chip|semiconductor)(?:s|maker|makers)?',
  'data[ -]?cent(?:er|re)s?',
  'hyperscalers?',
  'gigawatts?',
  'clusters?',
  'supercomputers?',
  // Other languages
  'intelligence artificielle',
  'modèles? de langage',
  'centres? de données',
  'puces?',
  'künstliche[nr]? Intelligenz',
  'Sprachmodell(?:e|en)?',
  'Rechenzentr(?:um|en)',
  'Chips?',
  'inteligencia artificial',
  'inteligência artificial',
  'intelligenza artificiale',
  'modelos? de (?:lenguaje|linguagem|IA)',
  'centros? de datos',
  String.raw`modelli? (?:linguistic|di IA)\w*`,
];

/** Acronyms, matched case-sensitively: "AI" and "KI", not "ai" or "ki". */
const ACRONYMS = [
  'AI',
  String.raw`A\.I\.`,
  'AGI',
  'LLMs?',
  'GPUs?|TPUs?|NPUs?|HBM',
  'IA',
  String.raw`KI(?:-\p{L}+)?`,
];

const wordsOf = (terms: readonly string[], flags: string) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${terms.join('|')})(?![\p{L}\p{N}])`, flags);

const AI_TERM = wordsOf(TERMS, 'giu');
const AI_ACRONYM = wordsOf(ACRONYMS, 'gu');

/** Longest text scanned: enough for any article, bounded for hostile pages. */
const MAX_SCAN = 120_000;

/** Number of AI-industry vocabulary hits in the text. */
export function countAiTerms(text: string): number {
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  let count = 0;
  for (const pattern of [AI_TERM, AI_ACRONYM]) {
    for (const _ of scanned.matchAll(pattern)) count += 1;
  }
  return count;
}

/** The distinct AI terms in a short text (a title or lead), for reasons. */
export function aiTermsIn(text: string): string[] {
  const found = new Set<string>();
  const short = text.slice(0, 2_000);
  for (const pattern of [AI_TERM, AI_ACRONYM]) {
    for (const match of short.matchAll(pattern)) found.add(match[0]);
  }
  return [...found];
}
