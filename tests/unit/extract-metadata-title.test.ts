// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../lib/extract/metadata.ts';
import { stripSiteAffixes } from '../../lib/extract/title.ts';

function page(head: string, body = '<article><p>Text.</p></article>'): Document {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}
const ld = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const URL = 'https://www.example.com/tech/2025/11/04/story';

describe('readMetadata: title', () => {
  it('prefers the JSON-LD headline, then og:title, twitter:title, <h1>, <title>', () => {
    const head = [
      '<title>Title tag | Example News</title>',
      '<meta name="twitter:title" content="Twitter title">',
      '<meta property="og:title" content="OG title">',
      ld({ '@type': 'NewsArticle', headline: 'JSON-LD headline' }),
    ];
    const body = '<article><h1>Heading</h1></article>';
    expect(readMetadata(page(head.join(''), body), URL).title).toBe('JSON-LD headline');
    expect(readMetadata(page(head.slice(0, 3).join(''), body), URL).title).toBe('OG title');
    expect(readMetadata(page(head.slice(0, 2).join(''), body), URL).title).toBe('Twitter title');
    expect(readMetadata(page(head.slice(0, 1).join(''), body), URL).title).toBe('Heading');
    expect(readMetadata(page(head.slice(0, 1).join('')), URL).title).toBe('Title tag');
  });

  it('prefers the displayed headline when the <h1> and the <title> agree', () => {
    const doc = page(
      '<meta property="og:site_name" content="Ticker"><meta property="og:title" content="Social headline"><title>CoreWeave backlog swells to $55.6 billion | Ticker</title>',
      '<article><h1>CoreWeave backlog swells to $55.6 billion</h1></article>',
    );
    expect(readMetadata(doc, URL).title).toBe('CoreWeave backlog swells to $55.6 billion');
  });

  it('keeps the site name as the title of a home page', () => {
    const doc = page(
      '<meta property="og:site_name" content="The Stack Report"><meta property="og:title" content="The Stack Report"><title>The Stack Report — AI, chips and the cloud</title>',
    );
    expect(readMetadata(doc, 'https://www.thestackreport.com/').title).toBe('The Stack Report');
    expect(readMetadata(doc, 'https://www.thestackreport.com/tag/ai').title).toBe(
      'AI, chips and the cloud',
    );
  });

  it('strips " | Site", " - Site", " — Site" suffixes and prefixes naming the site', () => {
    const site = '<meta property="og:site_name" content="Example News">';
    const titles: Array<[string, string]> = [
      ['Nvidia beats estimates | Example News', 'Nvidia beats estimates'],
      ['Nvidia beats estimates - Example News', 'Nvidia beats estimates'],
      ['Nvidia beats estimates — Example News', 'Nvidia beats estimates'],
      ['Nvidia beats estimates · EXAMPLE NEWS', 'Nvidia beats estimates'],
      ['Example News | Nvidia beats estimates', 'Nvidia beats estimates'],
      ['Nvidia - the $5 trillion question - Example News', 'Nvidia - the $5 trillion question'],
      ['Nvidia beats estimates | Chip Report', 'Nvidia beats estimates | Chip Report'],
    ];
    for (const [raw, expected] of titles) {
      const doc = page(`${site}<title>${raw}</title>`);
      expect(readMetadata(doc, URL).title).toBe(expected);
    }
  });

  it('strips the section as well as the site, and matches a site known only by its domain', () => {
    const doc = page(
      '<meta property="article:section" content="Markets"><title>Chip stocks rally | Markets | Example</title>',
    );
    expect(readMetadata(doc, URL).title).toBe('Chip stocks rally');
    const verge = page(
      '<meta property="og:title" content="Apple loses its model lead - The Verge">',
    );
    expect(readMetadata(verge, 'https://www.theverge.com/ai/1').title).toBe(
      'Apple loses its model lead',
    );
  });

  it('skips an <h1> that is the site logo and a title that is only the site name', () => {
    const doc = page(
      '<meta property="og:site_name" content="Example"><meta property="og:title" content="Example">',
      '<header><h1>Example</h1></header><div class="story"><h2>Real headline</h2></div><title>Real headline | Example</title>',
    );
    expect(readMetadata(doc, URL).title).toBe('Real headline');
  });

  it('lets a truncated JSON-LD headline lose to the full og:title', () => {
    const doc = page(
      `${ld({ '@type': 'NewsArticle', headline: 'Amazon backs a world-model startup as it…' })}<meta property="og:title" content="Amazon backs a world-model startup as it admits its own model lags">`,
    );
    expect(readMetadata(doc, URL).title).toBe(
      'Amazon backs a world-model startup as it admits its own model lags',
    );
  });

  it('decodes entities that CMSs leave in JSON-LD', () => {
    const doc = page(
      ld({ '@type': 'Article', headline: 'Q&amp;A: what&#8217;s next for AMD &amp; OpenAI' }),
    );
    expect(readMetadata(doc, URL).title).toBe('Q&A: what’s next for AMD & OpenAI');
  });

  it('stripSiteAffixes gives null for a title that is only the site', () => {
    expect(stripSiteAffixes('Example News', ['Example News'])).toBeNull();
    expect(stripSiteAffixes('Home | Example News', ['Example News'])).toBe('Home');
  });
});

describe('readMetadata: site name', () => {
  it('prefers og:site_name, then JSON-LD publisher, then application-name', () => {
    const og = '<meta property="og:site_name" content="OG Site">';
    const pub = ld({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'Publisher' },
    });
    const app = '<meta name="application-name" content="App Name">';
    expect(readMetadata(page(og + pub + app), URL).siteName).toBe('OG Site');
    expect(readMetadata(page(pub + app), URL).siteName).toBe('Publisher');
    expect(readMetadata(page(app), URL).siteName).toBe('App Name');
  });

  it('follows an @id reference to the publisher in an @graph', () => {
    const graph = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'H', publisher: { '@id': 'https://example.com/#org' } },
        {
          '@type': 'NewsMediaOrganization',
          '@id': 'https://example.com/#org',
          name: 'Graph Daily',
        },
      ],
    });
    expect(readMetadata(page(graph), URL).siteName).toBe('Graph Daily');
  });

  it('falls back to the registrable domain, written as it is', () => {
    expect(readMetadata(page(''), 'https://www.theverge.com/a').siteName).toBe('theverge.com');
    expect(readMetadata(page(''), 'https://m.bbc.co.uk/news/a').siteName).toBe('bbc.co.uk');
    expect(readMetadata(page(''), 'https://kilowatt.substack.com/p/a').siteName).toBe(
      'kilowatt.substack.com',
    );
  });

  it('takes the site name from a title affix that spells the domain, as written there', () => {
    const doc = page('<title>Should you weigh yourself daily? | Wellness Loop</title>');
    const meta = readMetadata(doc, 'https://www.wellnessloop.com/fitness/scale');
    expect(meta.siteName).toBe('Wellness Loop');
    expect(meta.title).toBe('Should you weigh yourself daily?');
    const unrelated = page('<title>Should you weigh yourself daily? | Fitness</title>');
    expect(readMetadata(unrelated, 'https://www.wellnessloop.com/a').siteName).toBe(
      'wellnessloop.com',
    );
  });

  it('ignores a site name that is a URL', () => {
    const doc = page('<meta property="og:site_name" content="https://www.example.com/">');
    expect(readMetadata(doc, URL).siteName).toBe('example.com');
  });
});
