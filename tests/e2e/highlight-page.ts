import { expect, type Locator, type Page } from '@playwright/test';
import { dragSelect, selectionBox } from '../support/in-browser.ts';

/** The highlight toolbar and the painted highlights, as a reader meets them. */
export class HighlightPage {
  readonly toolbar: Locator;
  readonly popover: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByTestId('highlight-toolbar');
    this.popover = page.getByTestId('highlight-popover');
  }

  /** Selects `text` inside the first paragraph that holds it, by dragging the mouse over it. */
  async select(text: string): Promise<void> {
    await dragSelect(this.page.mouse, await this.page.evaluate(selectionBox, text), text);
  }

  /** The texts the page paints as Backstory highlights (CSS Custom Highlight API). */
  painted(): Promise<string[]> {
    return this.page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.entries()]
        .filter(([name]) => name.startsWith('backstory-hl-'))
        .flatMap(([, ranges]) => [...ranges].map((r) => r.toString().replace(/\s+/g, ' ')));
    });
  }

  async expectPainted(text: string): Promise<void> {
    await expect.poll(() => this.painted()).toContain(text);
  }
}
