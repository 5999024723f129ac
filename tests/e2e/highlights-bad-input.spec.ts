import type { Page } from '@playwright/test';
import { demoHtml } from '../support/demo-pages.ts';
import { expect, test } from './fixtures.ts';
import { SidebarPage } from './sidebar-page.ts';

const PATH = '/circuit-ledger/amazon-backs-odyssey-world-models.html';

/** The article with the awkward things a reader may select. */
function awkwardPage(): string {
  const extras = [
    '<p id="before-frame">Text before an embedded frame about Odyssey.</p>',
    '<iframe title="embed" srcdoc="<p>Inside the frame</p>"></iframe>',
    '<p id="after-frame">Text after the embedded frame about Amazon.</p>',
    '<p><input id="field" value="A note typed in a form field"></p>',
    '<p id="spaces">   \n   </p>',
    `<p id="huge">${'Odyssey trains world models on video. '.repeat(2_700)}</p>`,
  ].join('\n');
  return demoHtml(PATH.slice(1)).replace('</article>', `${extras}</article>`);
}

/** What the background does when the reader presses Alt+Shift+H. */
async function pressHighlightCommand(page: Page) {
  const worker = page.context().serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(async () => {
    type Chrome = {
      tabs: {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, message: object): Promise<unknown>;
      };
    };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const [tab] = await chrome.tabs.query({ active: true });
    if (tab?.id !== undefined)
      await chrome.tabs.sendMessage(tab.id, { type: 'background/highlight-selection' });
  });
}

/** Selects from the start of one node to the end of another (by id, or our UI's host). */
async function selectBetween(page: Page, fromId: string, to: string) {
  await page.evaluate(
    ([from, until]) => {
      const start = document.getElementById(from as string);
      const end =
        until === 'ui'
          ? document.querySelector('[data-backstory-ui]')
          : document.getElementById(until as string);
      if (!start || !end) throw new Error('missing nodes');
      document.getSelection()?.setBaseAndExtent(start, 0, end, end.childNodes.length);
    },
    [fromId, to],
  );
}

test.afterEach(({ demo }) => demo.clearOverrides());

test('awkward selections get a clear message and store nothing', async ({ page, demo }) => {
  demo.override(PATH, awkwardPage());
  const ui = new SidebarPage(page);
  await ui.visit(demo.origin + PATH);
  await expect(ui.tab).toBeVisible();
  const message = page.getByTestId('highlight-message');

  await selectBetween(page, 'before-frame', 'after-frame');
  await pressHighlightCommand(page);
  await expect(message).toContainText('crosses an embedded frame');

  await selectBetween(page, 'huge', 'huge');
  await pressHighlightCommand(page);
  await expect(message).toContainText('a highlight holds at most 10,000');

  await selectBetween(page, 'spaces', 'spaces');
  await pressHighlightCommand(page);
  await expect(message).toContainText('Select some words');

  await page.locator('#field').click();
  await page.locator('#field').selectText();
  await pressHighlightCommand(page);
  await expect(message).toContainText('not form fields');

  await ui.open();
  await selectBetween(page, 'after-frame', 'ui');
  await pressHighlightCommand(page);
  await expect(message).toContainText('Backstory’s own panel');

  await expect(ui.sidebar.getByTestId('highlights-section')).toContainText('Select a passage');
  await expect(ui.sidebar.getByTestId('highlight-item')).toHaveCount(0);
});

test('the command highlights a selection; delete offers undo, and undo restores it', async ({
  page,
  demo,
}) => {
  const ui = new SidebarPage(page);
  await ui.visit(demo.origin + PATH);
  await expect(ui.tab).toBeVisible();
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) =>
      el.textContent?.startsWith('Odyssey said on Tuesday'),
    );
    const text = p?.firstChild;
    if (!text) throw new Error('no paragraph');
    document.getSelection()?.setBaseAndExtent(text, 0, text, 'Odyssey said on Tuesday'.length);
  });
  await pressHighlightCommand(page);
  const toolbar = page.getByTestId('highlight-toolbar');
  await expect(toolbar.getByTestId('note-input')).toBeVisible();
  await toolbar.getByTestId('note-input').fill('Series B, led by the Alexa Fund.');
  await toolbar.getByTestId('highlight-button').click();
  await ui.open();
  const item = ui.sidebar.getByTestId('highlight-item');
  await expect(item).toContainText('Odyssey said on Tuesday');

  const point = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) =>
      el.textContent?.startsWith('Odyssey said on Tuesday'),
    );
    p?.scrollIntoView({ block: 'center' });
    const r = p?.getBoundingClientRect();
    return r ? { x: r.left + 10, y: r.top + 8 } : null;
  });
  if (!point) throw new Error('no paragraph');
  await page.mouse.click(point.x, point.y);
  const popover = page.getByTestId('highlight-popover');
  await expect(popover.getByTestId('highlight-note')).toHaveText(
    'Series B, led by the Alexa Fund.',
  );
  await popover.getByTestId('highlight-delete').click();
  await expect(item).toHaveCount(0);
  await page.getByTestId('highlight-undo').click();
  await expect(item).toContainText('Series B, led by the Alexa Fund.');
  await page.reload();
  await ui.open();
  await expect(ui.sidebar.getByTestId('highlight-item')).toHaveCount(1);
});
