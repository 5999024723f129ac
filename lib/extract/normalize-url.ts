import { desktopHost, stripAmpPath, unwrapAmpCache } from './amp-url.ts';
import { isAmpParam, isTrackingParam } from './tracking-params.ts';

/** Longer inputs are not page addresses worth keeping (and would be slow to parse). */
const MAX_URL_LENGTH = 4_096;

/** Like `new URL(value, base)`, except that a broken base does not spoil an absolute value. */
function resolve(value: string, base?: string): URL {
  if (base === undefined) return new URL(value);
  try {
    return new URL(value, base);
  } catch {
    return new URL(value);
  }
}

function parseHttp(raw: string, base?: string): URL | null {
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return null;
  try {
    const url = resolve(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname ? url : null;
  } catch {
    return null;
  }
}

interface QueryPair {
  readonly name: string;
  readonly value: string;
  readonly raw: string;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** The `name=value` pairs of a query string, kept as written (re-encoding would change them). */
function queryPairs(search: string): QueryPair[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((raw) => raw !== '')
    .map((raw) => {
      const eq = raw.indexOf('=');
      const name = decode(eq < 0 ? raw : raw.slice(0, eq));
      return { name, value: eq < 0 ? '' : decode(raw.slice(eq + 1)), raw };
    });
}

function filterQuery(search: string): string {
  if (!search) return '';
  const kept = queryPairs(search).filter(
    (pair) => !isTrackingParam(pair.name) && !isAmpParam(pair.name, pair.value),
  );
  return kept.map((pair) => pair.raw).join('&');
}

/**
 * The address of the page as Backstory stores it: an absolute http(s) URL (anything else gives
 * null) with the scheme kept as given, and without what only says how the reader got there:
 * tracking parameters (utm_*, fbclid, ...), the fragment, credentials, default ports, a trailing
 * slash (except the root's), and AMP or mobile renderings (Google AMP cache URLs, `amp.`/`m.`/
 * `mobile.` hosts, `/amp/` path segments, `.amp.html`, `?amp=1`, `?outputType=amp`), which are
 * mapped to the regular page (see {@link desktopHost} for how the host is guessed).
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  let url = parseHttp(raw, base);
  if (!url) return null;
  const origin = unwrapAmpCache(url);
  if (origin) url = parseHttp(origin);
  if (!url) return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  url.hostname = desktopHost(url.hostname.replace(/\.$/, ''));
  url.pathname = stripAmpPath(url.pathname);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  }
  url.search = filterQuery(url.search);
  return url.href;
}

/**
 * The identity of a page: two addresses with the same key are the same page. On top of
 * {@link normalizeUrl} it ignores the scheme (always https), a leading `www.` and the order of
 * query parameters. Input that is not an http(s) URL is returned trimmed, as its own key.
 */
export function urlKey(url: string): string {
  const normal = normalizeUrl(url);
  if (!normal) return url.trim();
  const parsed = new URL(normal);
  parsed.protocol = 'https:';
  parsed.hostname = parsed.hostname.replace(/^www\./, '');
  if (parsed.port === '443') parsed.port = '';
  const pairs = queryPairs(parsed.search);
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  parsed.search = pairs.map((pair) => pair.raw).join('&');
  return parsed.href;
}
