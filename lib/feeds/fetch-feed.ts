/**
 * Fetching one feed, defensively: a timeout over the whole exchange, a size cap enforced while
 * reading (a 50 MB answer is cut at the cap, never buffered), conditional requests (ETag and
 * Last-Modified), and redirects followed by hand so a loop or a chain is caught and named.
 * Every failure comes back as a sentence a reader understands, never as a thrown error.
 */
import { readCapped } from './read-body.ts';

export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface FetchOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

export type FetchOutcome =
  | { readonly kind: 'not-modified'; readonly url: string }
  | {
      readonly kind: 'fetched';
      /** The address that answered, after redirects. */
      readonly url: string;
      readonly body: string;
      readonly contentType: string | null;
      readonly validators: Validators;
    }
  | { readonly kind: 'failed'; readonly error: string };

export const FEED_TIMEOUT_MS = 20_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
export const FEED_MAX_REDIRECTS = 5;

const STATUS_WORDS: Readonly<Record<number, string>> = {
  401: 'the feed asks for a login (401)',
  403: 'the server refuses to give the feed (403 Forbidden)',
  404: 'there is no feed at this address (404 Not Found)',
  410: 'the feed has been removed for good (410 Gone)',
  429: 'the server says we ask too often (429 Too Many Requests)',
};

/** A plain-words description of an HTTP error status. */
export function statusError(status: number, statusText: string): string {
  const known = STATUS_WORDS[status];
  if (known) return known;
  const text = statusText ? ` ${statusText}` : '';
  return status >= 500
    ? `the feed's server had an error (${status}${text})`
    : `the server answered ${status}${text} instead of the feed`;
}

function conditionalHeaders(validators: Validators | null): Record<string, string> {
  const headers: Record<string, string> = {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

function networkError(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) {
    const limit =
      timeoutMs >= 1_000 ? `${Math.round(timeoutMs / 1_000)} seconds` : `${timeoutMs} ms`;
    return `the feed did not answer within ${limit}`;
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `the feed's server could not be reached${detail}`;
}

/**
 * Fetches `url`, sending the validators of the last success. Redirects are followed by hand up to
 * `maxRedirects` hops; in a browser, where `redirect: 'manual'` hides the target, the browser's
 * own follow is used instead and a failure there is reported as a redirect problem.
 */
export async function fetchFeed(
  url: string,
  validators: Validators | null,
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? FEED_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? FEED_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const init = {
    headers: conditionalHeaders(validators),
    signal: controller.signal,
    credentials: 'omit' as const,
    cache: 'no-store' as const,
  };
  try {
    const visited = new Set<string>([url]);
    let current = url;
    let response: Response;
    for (let hop = 0; ; hop += 1) {
      try {
        response = await doFetch(current, { ...init, redirect: 'manual' });
        if (response.type === 'opaqueredirect') {
          response = await doFetch(current, { ...init, redirect: 'follow' }).catch((error) => {
            if (controller.signal.aborted) throw error;
            throw new RedirectFailure();
          });
        }
      } catch (error) {
        if (error instanceof RedirectFailure) {
          return {
            kind: 'failed',
            error:
              'the feed redirects, and following it failed (a redirect loop or an unreachable address)',
          };
        }
        return { kind: 'failed', error: networkError(error, controller.signal, timeoutMs) };
      }
      if (response.status < 300 || response.status >= 400 || response.status === 304) break;
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => undefined);
      if (!location)
        return {
          kind: 'failed',
          error: `the server redirects (${response.status}) without saying where`,
        };
      const next = safeNext(location, current);
      if (!next)
        return { kind: 'failed', error: 'the feed redirects to an address that is not http(s)' };
      if (visited.has(next)) return { kind: 'failed', error: 'the feed redirects in a loop' };
      if (hop + 1 > maxRedirects) {
        return { kind: 'failed', error: `the feed redirects more than ${maxRedirects} times` };
      }
      visited.add(next);
      current = next;
    }
    const finalUrl = response.url || current;
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified', url: finalUrl };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', error: statusError(response.status, response.statusText) };
    }
    const contentType = response.headers.get('content-type');
    const read = await readCapped(response, maxBytes, contentType).catch((error: unknown) => ({
      ok: false as const,
      error: networkError(error, controller.signal, timeoutMs),
    }));
    if (!read.ok) return { kind: 'failed', error: read.error };
    return {
      kind: 'fetched',
      url: finalUrl,
      body: read.text,
      contentType,
      validators: {
        etag: response.headers.get('etag')?.slice(0, 500) ?? null,
        lastModified: response.headers.get('last-modified')?.slice(0, 200) ?? null,
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

class RedirectFailure extends Error {}

function safeNext(location: string, base: string): string | null {
  try {
    const next = new URL(location, base);
    return next.protocol === 'http:' || next.protocol === 'https:' ? next.href : null;
  } catch {
    return null;
  }
}
