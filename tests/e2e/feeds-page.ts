import { expect, type Locator, type Page } from '@playwright/test';

/** The library's feeds section as a reader meets it. */
export class FeedsPage {
  readonly panel: Locator;
  readonly rows: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('feeds-panel');
    this.rows = this.panel.getByTestId('feed-row');
    this.message = this.panel.getByTestId('feeds-message');
  }

  /** Follows a feed by its address (the permission request resolves without a prompt here). */
  async follow(url: string): Promise<void> {
    await this.panel.getByTestId('feed-url').fill(url);
    await this.panel.getByTestId('feed-add').click();
    await expect(this.message).toContainText('Following 1 new feed');
  }

  row(url: string): Locator {
    return this.panel.locator(`[data-testid="feed-row"][data-feed-url="${url}"]`);
  }

  status(url: string): Locator {
    return this.row(url).getByTestId('feed-status');
  }
}
