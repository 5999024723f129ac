/**
 * The context-menu items ("Highlight with Backstory", "Related coverage for '…'") are there after
 * a browser restart: Firefox forgets a persistent background page's items when it quits, so the
 * background registers them on every start, not only when the extension is installed. The
 * browser's menu itself cannot be clicked from a test; what its items open is tested in
 * library.spec.ts and the highlights suites.
 */
import { expect, test } from 'vitest';
import { hasMenuItem } from './harness/extension.ts';
import { useBrowser } from './harness/session.ts';
import { Sidebar, eventually, text } from './harness/ui.ts';

const scenario = useBrowser();
const ITEMS = ['backstory-highlight-selection', 'backstory-related-selection'];

test('the context-menu items are registered at install and again after a browser restart', async () => {
  const { session, demo } = scenario;
  for (const id of ITEMS) await eventually(() => hasMenuItem(session, id)).toBe(true);
  // The probe can fail: an id that was never registered is not found.
  expect(await hasMenuItem(session, 'backstory-no-such-item')).toBe(false);

  await session.restart();
  for (const id of ITEMS) await eventually(() => hasMenuItem(session, id)).toBe(true);
  // And the extension itself came back with the browser: it still recognises an article.
  await new Sidebar(session.page).visit(
    `${demo.origin}/circuit-ledger/amazon-backs-odyssey-world-models.html`,
  );
  await eventually(() => text(session.page, Sidebar.tab)).toMatch(/related/);
});
