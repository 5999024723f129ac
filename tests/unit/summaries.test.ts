import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import { urlKeysOf } from '../../lib/archive/draft.ts';
import { linkSummary } from '../../lib/archive/summaries.ts';
import { findOriginalLink } from '../../lib/extract/original-link.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { makeDraft } from '../support/builders.ts';
import { freshDb } from '../support/fresh-db.ts';
import { DEMO_ORIGIN, demoHtml } from '../support/demo-pages.ts';

const fixture = (slug: string) =>
  readFileSync(new URL(`../fixtures/pages/${slug}/source.html`, import.meta.url), 'utf8');

describe('findOriginalLink', () => {
  it('finds the original an aggregator summarises, on another site', () => {
    const url = 'https://www.readerdigest-ai.example/summaries/openai-compute';
    const doc = parseHtml(fixture('a-aggregator-openai-compute-commitments-summary'), url);
    expect(findOriginalLink(doc, url)).toBe(
      'https://computeletter.substack.com/p/the-trillion-dollar-ledger',
    );
  });

  it('finds none on an ordinary article or for links to the same site', () => {
    const path = 'circuit-ledger/amazon-backs-odyssey-world-models.html';
    expect(
      findOriginalLink(
        parseHtml(demoHtml(path), `${DEMO_ORIGIN}/${path}`),
        `${DEMO_ORIGIN}/${path}`,
      ),
    ).toBeNull();
    const html = '<article><p>Read the original <a href="/2026/original">here</a>.</p></article>';
    expect(
      findOriginalLink(parseHtml(html, 'https://a.example/x'), 'https://a.example/x'),
    ).toBeNull();
  });
});

describe('linkSummary', () => {
  it('joins an original archived after its summary to the summary (v5 summaryOf)', async () => {
    const db = freshDb();
    const summary = await recordArticle(
      db,
      makeDraft({
        url: 'https://digest.example/s/2',
        siteName: 'Digest',
        summaryOf: urlKeysOf(['http://letter.example/p/capex/?utm_source=digest'])[0],
      }),
      1,
    );
    expect(summary.article.storyId).toBeNull();
    const unrelated = await recordArticle(
      db,
      makeDraft({ url: 'https://letter.example/p/other' }),
      2,
    );
    expect(unrelated.article.storyId).toBeNull();
    const original = await recordArticle(
      db,
      makeDraft({ url: 'https://letter.example/p/capex' }),
      3,
    );
    expect(original.article.storyId).toBe(original.article.id);
    expect((await db.articles.get(summary.article.id))?.storyId).toBe(original.article.id);
    expect((await db.articles.get(unrelated.article.id))?.storyId).toBeNull();
  });

  it('joins a summary and its archived original into one story', async () => {
    const db = freshDb();
    const original = await recordArticle(
      db,
      makeDraft({ url: 'https://letter.example/p/ledger' }),
      1,
    );
    const summary = await recordArticle(
      db,
      makeDraft({ url: 'https://digest.example/s/1', siteName: 'Digest' }),
      2,
    );
    expect(
      await linkSummary(db, summary.article.id, 'http://letter.example/p/ledger/?utm_source=x'),
    ).toBe(original.article.id);
    expect((await db.articles.get(summary.article.id))?.storyId).toBe(original.article.id);
    expect((await db.articles.get(original.article.id))?.storyId).toBe(original.article.id);
    expect(await linkSummary(db, summary.article.id, 'https://elsewhere.example/none')).toBeNull();
  });
});
