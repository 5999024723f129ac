import { expect, test } from 'vitest';
import { urlOf } from './harness/launch.ts';
import { useBrowser } from './harness/session.ts';
import { Sidebar, click, count, eventually, text, texts } from './harness/ui.ts';

const scenario = useBrowser();

/** Follows a link of the single-page app by its text, as a reader clicks it. */
const follow = (label: string) => `::-p-xpath(//a[normalize-space(.)="${label}"])`;

test('single-page navigation re-runs detection and refreshes or removes the sidebar', async () => {
  const { session, demo } = scenario;
  const page = session.page;
  const ui = new Sidebar(page);
  await ui.visit(`${demo.origin}/spa/index.html`);
  await eventually(() => text(page, 'h1')).toBe('Briefings');

  // To an article, without a page load.
  await click(page, follow("Google's TPUs for rent"));
  await eventually(() => urlOf(page)).toMatch(/story=tpu-rentals/);
  await ui.open();
  await eventually(() => text(page, Sidebar.title)).toMatch(/Google starts renting its TPUs/);
  await eventually(() => texts(page, ui.in('company-chip'))).toContainEqual(
    expect.stringContaining('Google'),
  );

  // To another article: a new analysis replaces the sidebar.
  await click(page, follow("OpenAI's own chips"));
  await eventually(() => urlOf(page)).toMatch(/story=openai-broadcom/);
  await eventually(() => count(page, Sidebar.panel)).toBe(0);
  await ui.open();
  await eventually(() => text(page, Sidebar.title)).toMatch(/OpenAI and Broadcom/);

  // Away from articles: nothing of Backstory stays on the page.
  await click(page, follow('Briefings'));
  await eventually(() => text(page, 'h1')).toBe('Briefings');
  await eventually(() => count(page, '[data-backstory-ui]')).toBe(0);

  // Back to an article with the browser's back button.
  await page.goBack();
  await eventually(() => urlOf(page)).toMatch(/story=openai-broadcom/);
  await eventually(() => count(page, Sidebar.tab)).toBe(1);
});
