import { expect, test } from 'vitest';
import { useBrowser } from './harness/session.ts';
import { Sidebar, attribute, byId, eventually, text, texts } from './harness/ui.ts';

const READ_BEFORE = [
  '/northwind-wire/nvidia-record-quarter.html',
  '/circuit-ledger/anthropic-new-funding-round.html',
  '/margin-moat/anthropic-valuation-round.html',
  '/compute-notes/infrastructure-over-models.html',
  '/northwind-wire/amazon-odyssey-investment.html',
  '/northwind-wire/mistral-asml-round.html',
];

const scenario = useBrowser();

test('related stories come best first with their reasons, stories folded, takes apart', async () => {
  const { session, demo } = scenario;
  const page = session.page;
  const ui = new Sidebar(page);
  for (const path of READ_BEFORE) await ui.read(demo.origin + path);
  // Not about AI: visited, never shown, never saved.
  await ui.visit(`${demo.origin}/northwind-wire/amazon-rainforest-deforestation.html`);
  await ui.visit(`${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`);
  await eventually(() => text(page, Sidebar.tab)).toMatch(/\d+ related/);
  await ui.open();

  const item = ui.in('related-item');
  await eventually(() => texts(page, item)).not.toEqual([]);
  const titles = await texts(page, `${item} > .bs-item-title`);
  // The same event from another outlet first, then the same companies' earlier news.
  expect(titles[0]).toMatch(/^Amazon invests in world-model startup Odyssey/);
  expect(titles[1]).toMatch(/^Anthropic valued at \$520bn/);
  expect(titles.slice(2).join('\n')).toMatch(/Nvidia forecasts/);
  expect(titles.join('\n')).not.toMatch(/Deforestation/);

  const reason = await text(page, `${item} ${byId('related-reason')}`);
  expect(reason).toContain('Same story');
  expect(reason).toContain('Amazon and Odyssey');
  expect(await attribute(page, `${item} a`, 'target')).toBe('_blank');
  // Both outlets' reports of Anthropic's round are one entry.
  const alsoCovered = await page.$$eval(item, (items) =>
    items.map((el) => el.querySelector('[data-testid="also-covered-by"]')?.textContent ?? ''),
  );
  expect(alsoCovered[1]).toContain('The Circuit Ledger');
  expect(titles.filter((t) => t.startsWith('Anthropic raises $20 billion'))).toHaveLength(0);

  const takes = await texts(page, ui.in('take-item'));
  expect(takes[0]).toContain('infrastructure-over-models thesis');
  expect(takes[0]).toContain('analysis');
});

test('an empty archive explains how Backstory learns', async () => {
  const { session, demo } = scenario;
  const ui = new Sidebar(session.page);
  await ui.visit(`${demo.origin}/circuit-ledger/microsoft-openai-new-deal.html`);
  await eventually(() => text(session.page, Sidebar.tab)).toBe('Backstory · 0 related');
  await ui.open();
  await eventually(() => text(session.page, ui.in('related-empty'))).toContain(
    'Nothing related in your archive yet',
  );
});
