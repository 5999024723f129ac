/**
 * Load: twenty tabs of articles opened at once, some of them the same page under another URL
 * variant. Every article is recorded once, every read is counted, nothing is lost.
 */
import type { BrowserContext } from '@playwright/test';
import { archivedRecords } from './archive-probe.ts';
import { expect, test } from './fixtures.ts';

const ARTICLES = [
  '/circuit-ledger/amazon-backs-odyssey-world-models.html',
  '/circuit-ledger/anthropic-new-funding-round.html',
  '/circuit-ledger/meta-superintelligence-hiring.html',
  '/circuit-ledger/microsoft-openai-new-deal.html',
  '/compute-notes/infrastructure-over-models.html',
  '/compute-notes/microsoft-openai-what-changed.html',
  '/compute-notes/week-in-ai-infrastructure.html',
  '/margin-moat/anthropic-valuation-round.html',
  '/margin-moat/aws-trainium-project-rainier.html',
  '/margin-moat/eu-ai-act-opinion.html',
  '/margin-moat/nvidia-earnings-blackwell.html',
  '/northwind-wire/amazon-odyssey-investment.html',
  '/northwind-wire/eu-ai-act-gpai-rules.html',
  '/northwind-wire/mistral-asml-round.html',
  '/northwind-wire/nvidia-record-quarter.html',
];
/** The same pages again, as links from newsletters and social posts carry them. */
const VARIANTS = [
  '/circuit-ledger/anthropic-new-funding-round.html?utm_source=newsletter&utm_medium=email',
  '/margin-moat/nvidia-earnings-blackwell.html?utm_campaign=social#comments',
  '/northwind-wire/mistral-asml-round.html?fbclid=abc123',
  '/compute-notes/infrastructure-over-models.html#section-2',
  '/circuit-ledger/microsoft-openai-new-deal.html?ref=homepage',
];

interface Stored {
  url: string;
  readCount: number;
  urlKeys: string[];
}

const archived = (context: BrowserContext) => archivedRecords<Stored>(context, 'articles');

test('twenty tabs opened at once are all recorded, once each, with every read counted', async ({
  context,
  demo,
}) => {
  test.setTimeout(120_000);
  const paths = [...ARTICLES, ...VARIANTS];
  expect(paths).toHaveLength(20);
  const pages = await Promise.all(paths.map(() => context.newPage()));
  await Promise.all(pages.map((page, i) => page.goto(demo.origin + paths[i])));
  // Each tab shows it saved its article (or a variant's record) once read.
  await Promise.all(
    pages.map((page) =>
      expect(page.getByTestId('backstory-tab')).toHaveAttribute('data-saved', 'true', {
        timeout: 60_000,
      }),
    ),
  );

  const stored = await archived(context);
  expect(stored.map((a) => new URL(a.url).pathname).sort()).toEqual([...ARTICLES].sort());
  const reads = new Map(stored.map((a) => [new URL(a.url).pathname, a.readCount]));
  for (const path of ARTICLES) {
    const opened = paths.filter((p) => p.split(/[?#]/)[0] === path).length;
    expect(reads.get(path), path).toBe(opened);
  }
  const keys = stored.flatMap((a) => a.urlKeys);
  expect(new Set(keys).size).toBe(keys.length);
});
