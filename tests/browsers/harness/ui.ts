/**
 * Backstory's UI as a reader meets it, in either browser: selectors that reach into the open
 * shadow roots of the end-to-end build (puppeteer's `>>>` combinator), reads that wait, and the
 * sidebar, highlighter and library as page objects.
 */
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { dragSelect, selectionBox } from '../../support/in-browser.ts';
import { urlOf } from './launch.ts';

/** An element by its `data-testid`, in the page or in any open shadow root. */
export const testId = (id: string): string => `>>> ${byId(id)}`;

/** The CSS for a `data-testid`: for elements inside one found by `testId` (same shadow root). */
export const byId = (id: string): string => `[data-testid="${id}"]`;

/** Waits for `read` to satisfy the matcher that follows (15 s: two busy cores, two browsers). */
export const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 15_000, interval: 100 });

/** The text content of every element matching `selector`, whitespace collapsed. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The text of the first element matching `selector`, or null when there is none. */
export async function text(page: Page, selector: string): Promise<string | null> {
  return (await texts(page, selector))[0] ?? null;
}

export async function count(page: Page, selector: string): Promise<number> {
  return (await page.$$(selector)).length;
}

export async function attribute(
  page: Page,
  selector: string,
  name: string,
): Promise<string | null> {
  const element = await page.$(selector);
  return element ? element.evaluate((el, attr) => el.getAttribute(attr), name) : null;
}

/** A trusted click in the middle of the element (Backstory ignores events a page makes up). */
export async function click(page: Page, selector: string): Promise<void> {
  await page.locator(selector).setTimeout(15_000).click();
}

/** Types `value` into an empty input, as a reader would. */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).setTimeout(15_000).fill(value);
}

/** The edge tab and the sidebar it opens. */
export class Sidebar {
  static readonly tab = testId('backstory-tab');
  static readonly panel = testId('backstory-sidebar');
  static readonly title = `${Sidebar.panel} ${byId('sidebar-title')}`;

  constructor(readonly page: Page) {}

  /** Within the sidebar. */
  in(id: string): string {
    return `${Sidebar.panel} ${byId(id)}`;
  }

  /** Brings the tab to the front (an article counts as read only while visible) and goes to `url`. */
  async visit(url: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.goto(url);
  }

  /** Visits an article and waits until Backstory has saved it as read. */
  async read(url: string): Promise<void> {
    await this.visit(url);
    await eventually(() => attribute(this.page, Sidebar.tab, 'data-saved')).toBe('true');
  }

  async open(): Promise<void> {
    await click(this.page, Sidebar.tab);
    await this.page.locator(Sidebar.panel).setTimeout(15_000).wait();
  }
}

/** The highlight toolbar and the painted highlights. */
export class Highlighter {
  static readonly toolbar = testId('highlight-toolbar');
  static readonly popover = testId('highlight-popover');

  constructor(readonly page: Page) {}

  /** Selects `wanted` inside the first paragraph that holds it, by dragging the mouse over it. */
  async select(wanted: string): Promise<void> {
    await dragSelect(this.page.mouse, await this.page.evaluate(selectionBox, wanted), wanted);
  }

  /** The texts the page paints as Backstory highlights (CSS Custom Highlight API). */
  painted(): Promise<string[]> {
    return this.page.evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      if (!registry) return [];
      return [...registry.entries()]
        .filter(([name]) => name.startsWith('backstory-hl-'))
        .flatMap(([, ranges]) => [...ranges].map((r) => r.toString().replace(/\s+/g, ' ')));
    });
  }
}

/** Waits until an extension page shows the route `hash` (the library's router). */
export async function expectRoute(page: Page, hash: RegExp): Promise<void> {
  await eventually(async () => new URL(await urlOf(page)).hash).toMatch(hash);
}

/** Follows a feed from the library's feeds section (the permission request needs no prompt here). */
export async function followFeed(library: Page, url: string): Promise<void> {
  const panel = testId('feeds-panel');
  await fill(library, `${panel} ${byId('feed-url')}`, url);
  await click(library, `${panel} ${byId('feed-add')}`);
  await eventually(() => text(library, `${panel} ${byId('feeds-message')}`)).toContain(
    'Following 1 new feed',
  );
}
