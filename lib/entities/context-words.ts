/**
 * Words near an ambiguous name that make the corporate / AI-industry reading likely.
 * Lowercase tokens; compared with the lowercase tokens of the text within a window.
 */
export const CORPORATE_WORDS: ReadonlySet<string> = new Set(
  `company companies firm firms inc corp corporation llc ltd plc startup startups unicorn
  business businesses subsidiary conglomerate giant giants rival rivals competitor competitors
  shares shareholders stock stocks nasdaq nyse investor investors invest invests invested
  investing investment investments stake valuation valued funding raised raises raise round
  ipo earnings revenue revenues profit profits quarter quarterly billion million trillion
  deal deals acquisition acquire acquires acquired acquiring merger partnership partnered
  contract contracts customers customer clients ceo cfo cto executive executives chief founder
  founders cofounder spokesperson spokesman spokeswoman statement announced announces
  announcement launched launches launch unveiled unveils released releases rolled shipped
  ships product products platform platforms app apps software service services subscription
  subscribers users developer developers api apis enterprise ai artificial intelligence
  model models llm llms chatbot chatbots assistant assistants agent agents agentic generative
  genai gpt training inference benchmark benchmarks reasoning multimodal weights chip chips chipmaker chipmakers gpu gpus cpu cpus semiconductor semiconductors
  silicon accelerator accelerators datacenter datacenters hyperscaler hyperscalers cloud
  compute servers supercomputer tech technology technologies device devices smartphone
  smartphones iphone antitrust lawsuit sued regulators layoffs hiring hired poached
  researchers engineers employees staff headquarters headquartered commerce ecommerce
  retailer marketplace online internet browser search coding copyright licensing
  analysts analyst`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words right after a name that show it is acting as a company ("Scale said", "Perplexity, which"). */
export const CORPORATE_CUES: ReadonlySet<string> = new Set(
  `said says announced announces raised raises launched launches released releases unveiled
  unveils acquired acquires agreed signed sued declined confirmed plans hired reported
  inc corp ceo chief cofounder co founder founders spokesperson spokesman spokeswoman
  executive executives shares stock investors valuation which whose rose fell gained lost
  edged slipped climbed jumped dropped slid surged tumbled rallied plunged soared model models
  chip chips app apps api gpu gpus chatbot assistant agent agents browser platform`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words joined after a name with a hyphen that make it a company ("Amazon-backed"). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(
  `backed funded owned led based made built powered designed developed trained hosted
  sponsored supported operated controlled affiliated linked run branded exclusive centric
  compatible specific style sized rival`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words after a name that make it another company's name ("Cobalt Labs", "Nova Capital"). */
export const COMPANY_ENDINGS: ReadonlySet<string> = new Set(
  'labs technologies ventures capital holdings partners inc corp ltd llc'.split(' '),
);

/** Titles and words before a capitalised name that make it a person ("Dr. Hopper"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms dr sir lady lord saint st prof professor uncle aunt admiral general'.split(' '),
);

/** Verbs after a bare first name that make it a person ("Claude said he"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says told asked replied smiled laughed nodded whispered shouted recalled'.split(' '),
);
