/**
 * Feeds a new reader may tick on first run: offered, never followed without a tick. Well-known
 * outlets that cover the AI industry and publish a public feed (addresses as the outlets publish
 * them; an outlet that moves its feed shows up as a plain-words error in the feed's status).
 */
export interface StarterFeed {
  readonly title: string;
  readonly url: string;
  readonly about: string;
}

export const STARTER_PACK: readonly StarterFeed[] = [
  {
    title: 'TechCrunch: AI',
    url: 'https://techcrunch.com/category/artificial-intelligence/feed/',
    about: 'startups, funding rounds and product launches',
  },
  {
    title: 'The Verge: AI',
    url: 'https://www.theverge.com/rss/ai-artificial-intelligence/index.xml',
    about: 'consumer AI products and the companies behind them',
  },
  {
    title: 'Ars Technica: AI',
    url: 'https://arstechnica.com/ai/feed/',
    about: 'technical reporting on models and chips',
  },
  {
    title: 'VentureBeat: AI',
    url: 'https://venturebeat.com/category/ai/feed/',
    about: 'enterprise AI and infrastructure',
  },
  {
    title: 'MIT Technology Review: AI',
    url: 'https://www.technologyreview.com/topic/artificial-intelligence/feed',
    about: 'research, policy and analysis',
  },
];
