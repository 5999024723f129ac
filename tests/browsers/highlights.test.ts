import { expect, test } from 'vitest';
import { useBrowser } from './harness/session.ts';
import {
  Highlighter,
  Sidebar,
  attribute,
  byId,
  click,
  count,
  eventually,
  fill,
  text,
  texts,
} from './harness/ui.ts';

const PATH = '/circuit-ledger/amazon-backs-odyssey-world-models.html';
const QUOTE = 'Amazon is putting money into Odyssey, a startup developing world models';
const NOTE = 'The infrastructure-over-models thesis again.';

const scenario = useBrowser();

test('a highlight with a note is painted again after a reload, shows its note, and becomes a take elsewhere', async () => {
  const { session, demo } = scenario;
  const page = session.page;
  const ui = new Sidebar(page);
  const hl = new Highlighter(page);
  await ui.read(demo.origin + PATH);

  await hl.select(QUOTE);
  const toolbar = Highlighter.toolbar;
  await click(page, `${toolbar} ${byId('color-claim')}`);
  await click(page, `${toolbar} ${byId('note-button')}`);
  await fill(page, `${toolbar} ${byId('note-input')}`, NOTE);
  await fill(page, `${toolbar} ${byId('tags-input')}`, 'thesis, world models');
  await click(page, `${toolbar} ${byId('highlight-button')}`);
  await eventually(() => count(page, toolbar)).toBe(0);
  await eventually(() => hl.painted()).toContain(QUOTE);

  await page.reload();
  await eventually(() => count(page, Sidebar.tab)).toBe(1);
  await eventually(() => hl.painted()).toContain(QUOTE);
  // The page's own DOM is untouched: no marks, the text as served.
  expect(await count(page, 'mark')).toBe(0);

  // Clicking the painted passage shows its note.
  const point = await page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(quote));
    p?.scrollIntoView({ block: 'center' });
    const r = p?.getBoundingClientRect();
    return r ? { x: r.left + 20, y: r.top + 8 } : null;
  }, QUOTE);
  if (!point) throw new Error('paragraph not found');
  await page.mouse.click(point.x, point.y);
  await eventually(() => text(page, `${Highlighter.popover} ${byId('highlight-note')}`)).toBe(NOTE);

  await ui.open();
  await eventually(() => texts(page, ui.in('highlight-item'))).toEqual([
    expect.stringMatching(new RegExp(`${QUOTE}.*${NOTE.replace('.', '\\.')}.*#thesis`)),
  ]);
  expect(await attribute(page, ui.in('highlight-item'), 'data-orphan')).toBe('false');

  // On another article about the same companies, the note is an earlier take with a link back.
  await ui.visit(`${demo.origin}/northwind-wire/amazon-odyssey-investment.html`);
  await ui.open();
  const noted = `${ui.in('take-item')} ${byId('take-note')}`;
  await eventually(() => texts(page, noted)).toEqual([
    expect.stringMatching(new RegExp(`${QUOTE}.*${NOTE.replace('.', '\\.')}`)),
  ]);
  const [noteTake] = await page.$$eval(ui.in('take-item'), (takes) =>
    takes
      .filter((take) => take.querySelector('[data-testid="take-note"]'))
      .map((take) => ({
        reason: take.querySelector('[data-testid="related-reason"]')?.textContent ?? '',
        href: take.querySelector('a')?.getAttribute('href') ?? null,
      })),
  );
  expect(noteTake?.reason).toContain('Your note');
  expect(noteTake?.href).toBe(demo.origin + PATH);
});
