/**
 * Shape of one organisation in Backstory's built-in registry of AI-industry
 * organisations (see ./registry-data.ts).
 *
 * Every string in name / aliases / divisions / products / people belongs to
 * exactly one entry (compared case-insensitively), so a match on any of them
 * resolves to a single organisation.
 */

/** Kind of organisation, used for display and weighting. */
export type OrgKind = 'lab' | 'bigtech' | 'cloud' | 'chips' | 'startup' | 'investor' | 'other';

export interface OrgEntry {
  /** Stable id: lowercase kebab-case of the canonical name (openai, anthropic, google, amazon, nvidia, microsoft, meta, mistral-ai, xai, deepmind is NOT an entry: it maps to google). */
  readonly id: string;
  /** Canonical display name ("OpenAI", "Mistral AI"). */
  readonly name: string;
  readonly kind: OrgKind;
  /** Other names for the organisation itself: legal names, short names, old names ("Alphabet", "Facebook" for Meta...). */
  readonly aliases?: readonly string[];
  /** Subsidiaries, divisions, labs and units that count as this organisation ("AWS", "Amazon Web Services", "Alexa Fund" for Amazon; "DeepMind", "Google DeepMind", "Google Cloud", "YouTube" for Google; "GitHub", "Azure" for Microsoft...). */
  readonly divisions?: readonly string[];
  /** Products, models, chips and platforms made by it ("Claude" for Anthropic; "Gemini", "TPU" for Google; "Nova", "Trainium", "Inferentia", "Bedrock" for Amazon; "Blackwell", "H100", "H20", "CUDA", "Hopper" for Nvidia; "Llama" for Meta; "ChatGPT", "GPT-5", "Sora" for OpenAI...). */
  readonly products?: readonly string[];
  /** Notable people (CEO, founders, lab heads) whose mention implies the organisation ("Sam Altman" → OpenAI, "Dario Amodei" → Anthropic, "Jensen Huang" → Nvidia, "Andy Jassy" → Amazon, "Demis Hassabis" → Google). Full names only. */
  readonly people?: readonly string[];
  /**
   * Stock ticker symbols as quoted, without exchange prefix ("NVDA", "2330.TW").
   * Several are ordinary words or short letter runs ("NOW", "MU", "NET", "ARM"), so
   * match tickers only in ticker context ("NASDAQ: MU", "(NYSE: NOW)", "$NVDA").
   */
  readonly tickers?: readonly string[];
  /** Names (from name/aliases/divisions/products) that are also ordinary words or other things and need context before they count: Amazon (river, rainforest), Apple (fruit), Meta (the word), Mistral (the wind), Scale, Character, Perplexity, Runway, Gemini (constellation, zodiac), Oracle, Anthropic (the adjective), Cohere, Palantir, Figure, Together, Groq?, Nova, Claude (a first name), Llama (the animal), Sora, Blackwell (a surname), Hopper, Grok, Cursor, Windsurf, Harvey, Glean, Writer, Replit?, Poolside, Luma, Pika, Suno... */
  readonly ambiguous?: readonly string[];
}
