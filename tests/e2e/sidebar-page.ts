import { expect, type Locator, type Page } from '@playwright/test';

/** The in-page UI as a reader meets it: the edge tab and the sidebar it opens. */
export class SidebarPage {
  readonly tab: Locator;
  readonly sidebar: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByTestId('backstory-tab');
    this.sidebar = page.getByTestId('backstory-sidebar');
  }

  async visit(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** Visits an article and waits until Backstory has saved it as read. */
  async read(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.tab).toHaveAttribute('data-saved', 'true');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.sidebar).toBeVisible();
  }

  get title(): Locator {
    return this.sidebar.getByTestId('sidebar-title');
  }

  get earlierFromSite(): Locator {
    return this.sidebar.getByTestId('earlier-from-site');
  }
}
