import { registrableDomain, subdomainLabels } from './registrable-domain.ts';

/** Subdomain labels that only select a rendering of the same page. */
const RENDERING_LABELS = new Set(['amp', 'm', 'mobile']);

/**
 * The origin URL behind a Google AMP cache URL, or null when the URL is not one:
 * `https://www.google.com/amp/s/example.com/a` and
 * `https://example-com.cdn.ampproject.org/c/s/example.com/a` both give
 * `https://example.com/a` (without the `s/` segment the origin is plain http).
 * See https://developers.google.com/amp/cache/overview for the URL format.
 */
export function unwrapAmpCache(url: URL): string | null {
  const host = url.hostname;
  let rest: string | null = null;
  if (/^(?:www\.)?google\.[a-z.]+$/.test(host) && url.pathname.startsWith('/amp/')) {
    rest = url.pathname.slice('/amp/'.length);
  } else if (host.endsWith('.cdn.ampproject.org') || host === 'cdn.ampproject.org') {
    const match = /^\/(?:c|v|wp)\/(.+)$/.exec(url.pathname);
    rest = match?.[1] ?? null;
  }
  if (!rest) return null;
  const secure = rest.startsWith('s/');
  const target = secure ? rest.slice(2) : rest;
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/:?#]|$)/i.test(target)) return null;
  return `${secure ? 'https' : 'http'}://${target}${url.search}`;
}

/**
 * Maps a mobile or AMP host to the desktop one. The desktop host cannot be known from the URL,
 * so this picks the most common convention of news sites: `amp.`, `m.` and `mobile.` labels are
 * dropped, and when nothing is left in front of the registrable domain the host becomes
 * `www.` + domain (`m.bbc.co.uk` → `www.bbc.co.uk`, `en.m.wikipedia.org` → `en.wikipedia.org`).
 * {@link urlKey} ignores `www.`, so a site that lives on its bare domain still matches.
 */
export function desktopHost(host: string): string {
  const labels = subdomainLabels(host);
  if (!labels.some((label) => RENDERING_LABELS.has(label))) return host;
  const domain = registrableDomain(host) ?? host;
  const kept = labels.filter((label) => !RENDERING_LABELS.has(label));
  return kept.length > 0 ? `${kept.join('.')}.${domain}` : `www.${domain}`;
}

/**
 * Removes AMP markers from a path: an `amp` segment anywhere (`/amp/story`, `/story/amp/`),
 * a `.amp` suffix (`/story.amp`) and `.amp.html` (→ `.html`).
 */
export function stripAmpPath(path: string): string {
  const segments = path
    .split('/')
    .filter((segment, i) => i === 0 || segment.toLowerCase() !== 'amp');
  const joined = segments.join('/') || '/';
  return joined.replace(/\.amp\.html$/i, '.html').replace(/\.amp$/i, '');
}
