/**
 * The browser side of feed host access (ADR 0002): whether the extension may fetch a feed's
 * origin, and asking the reader for the origins it may not. Access the browser already reports
 * as granted (`permissions.getAll`) is not asked for again; in Chrome that includes the
 * content-script patterns unless the reader restricted site access.
 */
import { browser } from 'wxt/browser';
import { originPattern } from './feed-store.ts';
import { coveredBy } from './match-pattern.ts';

async function grantedOrigins(): Promise<string[]> {
  try {
    return (await browser.permissions.getAll()).origins ?? [];
  } catch {
    return [];
  }
}

/** Whether the extension may fetch `url` now. */
export async function canFetchFeed(url: string): Promise<boolean> {
  return coveredBy(await grantedOrigins(), [url]);
}

/** Asks the reader for feed origins, from an extension page. */
export interface FeedOriginAsker {
  /**
   * Asks for the origins of `urls` not granted yet, or resolves true at once when all are.
   * Call it first thing in a click handler: `permissions.request` needs the reader's gesture,
   * which Firefox keeps only until the handler's first await, so the check uses a granted list
   * read in advance (and kept current) rather than an asynchronous lookup.
   */
  ask(urls: readonly string[]): Promise<boolean>;
}

export function feedOriginAsker(): FeedOriginAsker {
  let granted: string[] = [];
  const reload = () => {
    void grantedOrigins().then((origins) => {
      granted = origins;
    });
  };
  reload();
  browser.permissions.onAdded?.addListener(reload);
  browser.permissions.onRemoved?.addListener(reload);
  return {
    ask(urls) {
      const missing = urls.filter((url) => !coveredBy(granted, [url]));
      if (missing.length === 0) return Promise.resolve(true);
      const origins = [...new Set(missing.map(originPattern))];
      return browser.permissions.request({ origins }).then(
        (ok) => {
          reload();
          return ok;
        },
        () => false,
      );
    },
  };
}
