/**
 * Whether a URL falls under a WebExtension match pattern ("https://*.example.com/*",
 * "http://*\/*", "<all_urls>"). Used to tell if the extension already has access to a feed's
 * origin among the origins the browser reports as granted, so the reader is asked only when
 * access is missing.
 */
const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/;

export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^https?:/.test(url);
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host] = m as unknown as [string, string, string];
  const protocol = target.protocol.slice(0, -1);
  if (protocol !== 'http' && protocol !== 'https') return false;
  if (scheme !== '*' && scheme !== protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    return target.hostname === domain || target.hostname.endsWith(`.${domain}`);
  }
  return target.hostname === host;
}

/** Whether every URL is covered by one of the granted patterns. */
export function coveredBy(granted: readonly string[], urls: readonly string[]): boolean {
  return urls.every((url) => granted.some((pattern) => matchesPattern(pattern, url)));
}
