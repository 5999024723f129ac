/**
 * The page's canonical address: rel=canonical, then og:url, then the page URL, resolved against
 * the page and without its fragment. Returns null for anything that is not http(s).
 */
export function canonicalUrl(doc: Document, pageUrl: string): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const url = toHttpUrl(candidate?.trim(), pageUrl);
    if (url) return url;
  }
  return toHttpUrl(pageUrl, pageUrl);
}

function toHttpUrl(value: string | undefined | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}
