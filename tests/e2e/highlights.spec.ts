import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { demoHtml } from '../support/demo-pages.ts';
import { expect, test } from './fixtures.ts';
import { HighlightPage } from './highlight-page.ts';
import { SidebarPage } from './sidebar-page.ts';

const PATH = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
const QUOTE = 'Amazon is putting money into Odyssey, a startup developing world models';
const NOTE = 'The infrastructure-over-models thesis again.';

async function highlightWithNote(hl: HighlightPage, quote: string, note: string) {
  await hl.select(quote);
  await expect(hl.toolbar).toBeVisible();
  await hl.toolbar.getByTestId('color-claim').click();
  await hl.toolbar.getByTestId('note-button').click();
  await hl.toolbar.getByTestId('note-input').fill(note);
  await hl.toolbar.getByTestId('tags-input').fill('thesis, world models');
  await hl.toolbar.getByTestId('highlight-button').click();
  await expect(hl.toolbar).toHaveCount(0);
}

/** The demo article with QUOTE highlighted and noted, painted. */
async function highlightedArticle(page: Page, origin: string) {
  const ui = new SidebarPage(page);
  const hl = new HighlightPage(page);
  await ui.visit(origin + PATH);
  await expect(ui.tab).toBeVisible();
  await highlightWithNote(hl, QUOTE, NOTE);
  await hl.expectPainted(QUOTE);
  return { ui, hl };
}

test.afterEach(({ demo }) => demo.clearOverrides());

test('after the outlet edits the page the highlight is re-anchored, and listed as an orphan once its text is gone', async ({
  page,
  demo,
}) => {
  const { ui, hl } = await highlightedArticle(page, demo.origin);

  // Edited: a correction paragraph before, the text reflowed, the article wrapped anew.
  const original = demoHtml(PATH.slice(1));
  const edited = original
    .replace(
      `<p>${QUOTE}`,
      `<p>Correction: an earlier version misstated the round.</p>\n<div class="wrap"><div><p>${QUOTE.replace(
        'a startup developing',
        'a startup\n      developing',
      )}`,
    )
    .replace(/(<div class="wrap"><div><p>Amazon is putting[\s\S]*?<\/p>)/, '$1</div></div>');
  expect(edited).not.toBe(original);
  demo.override(PATH, edited);
  await page.reload();
  await hl.expectPainted(QUOTE);
  await ui.open();
  await expect(ui.sidebar.getByTestId('highlight-item')).toHaveAttribute('data-orphan', 'false');

  // The paragraph is removed: the highlight is kept and listed as an orphan with its note.
  demo.override(PATH, original.replace(/<p>Amazon is putting money into Odyssey[\s\S]*?<\/p>/, ''));
  await page.reload();
  await ui.open();
  const item = ui.sidebar.getByTestId('highlight-item');
  await expect(item).toHaveAttribute('data-orphan', 'true');
  await expect(item.getByTestId('highlight-orphan')).toBeVisible();
  await expect(item).toContainText(QUOTE);
  await expect(item).toContainText(NOTE);
  expect(await hl.painted()).toEqual([]);

  // The reader may delete an orphan from the sidebar, and undo that.
  await item.getByTestId('highlight-delete').click();
  await expect(ui.sidebar.getByTestId('highlight-item')).toHaveCount(0);
  await page.getByTestId('highlight-undo').click();
  await expect(ui.sidebar.getByTestId('highlight-item')).toHaveAttribute('data-orphan', 'true');

  // The text comes back: the orphan is found again on the next visit.
  demo.clearOverrides();
  await page.reload();
  await hl.expectPainted(QUOTE);
});

test('the sidebar exports the page’s highlights as Markdown and as Web Annotation JSON-LD', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  const hl = new HighlightPage(page);
  await ui.read(demo.origin + PATH);
  await highlightWithNote(hl, QUOTE, NOTE);
  await ui.open();
  await expect(ui.sidebar.getByTestId('highlight-item')).toHaveCount(1);

  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    ui.sidebar.getByTestId('export-markdown').click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const md = readFileSync((await markdown.path()) ?? '', 'utf8');
  expect(md).toContain(`> ${QUOTE}`);
  expect(md).toContain(NOTE);
  expect(md).toMatch(/#Amazon/);
  expect(md).toContain(`(<${demo.origin}${PATH}>)`);

  const [jsonld] = await Promise.all([
    page.waitForEvent('download'),
    ui.sidebar.getByTestId('export-web-annotation').click(),
  ]);
  const doc = JSON.parse(readFileSync((await jsonld.path()) ?? '', 'utf8'));
  expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  const [annotation] = doc.first.items;
  expect(annotation.target.source).toBe(demo.origin + PATH);
  expect(annotation.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE });
  expect(annotation.body[0]).toMatchObject({ purpose: 'commenting', value: NOTE });
});

test('when the page re-renders its article, highlights are placed again; constant rewriting is survived', async ({
  page,
  demo,
}) => {
  const { ui, hl } = await highlightedArticle(page, demo.origin);

  // The page's own script replaces the paragraph with a fresh copy (as a client-side render does).
  await page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(quote));
    if (!p) throw new Error('no paragraph');
    const fresh = document.createElement('p');
    fresh.textContent = p.textContent;
    p.replaceWith(fresh);
  }, QUOTE);
  await hl.expectPainted(QUOTE);

  // A page that never stops rewriting a node: Backstory keeps up within its bound, stays usable.
  await page.evaluate(() => {
    const ticker = document.createElement('div');
    document.body.prepend(ticker);
    let n = 0;
    const timer = setInterval(() => {
      n += 1;
      ticker.textContent = `Markets ${n}`;
      if (n > 100) clearInterval(timer);
    }, 30);
  });
  await hl.expectPainted(QUOTE);
  await ui.open();
  await expect(ui.sidebar.getByTestId('highlight-item')).toHaveAttribute('data-orphan', 'false');
});
