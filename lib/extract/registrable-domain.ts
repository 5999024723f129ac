/**
 * A small stand-in for the Public Suffix List. The full list (tldts) costs about 47 kB gzipped in
 * the content script, and ICANN-only (tldts-icann) about 30 kB; Backstory only needs the
 * registrable domain of news and blog hosts, so it knows the common two-label suffixes of
 * country domains ("co.uk", "com.au", "co.jp") and a few hosting platforms whose subdomains are
 * separate sites ("x.substack.com"). Anything else is taken as a one-label suffix.
 */

/** Second-level labels that form a public suffix under a two-letter country domain. */
const COUNTRY_SECOND_LEVELS = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'go',
  'gob',
  'gov',
  'gouv',
  'govt',
  'info',
  'ltd',
  'ne',
  'net',
  'nhs',
  'nic',
  'or',
  'org',
  'plc',
  'sch',
]);

/** Platforms whose subdomains belong to different publishers. */
const PLATFORM_SUFFIXES = new Set([
  'beehiiv.com',
  'blogspot.com',
  'github.io',
  'ghost.io',
  'medium.com',
  'netlify.app',
  'notion.site',
  'pages.dev',
  'substack.com',
  'tumblr.com',
  'vercel.app',
  'wordpress.com',
]);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Number of labels in the public suffix of a host given as lower-case labels. */
function suffixLength(labels: readonly string[]): number {
  const n = labels.length;
  const last2 = labels.slice(n - 2).join('.');
  if (n >= 3 && PLATFORM_SUFFIXES.has(last2)) return 2;
  const tld = labels[n - 1] ?? '';
  const second = labels[n - 2] ?? '';
  if (n >= 3 && tld.length === 2 && COUNTRY_SECOND_LEVELS.has(second)) return 2;
  return 1;
}

/**
 * The registrable domain ("eTLD+1") of a host name: "www.bbc.co.uk" gives "bbc.co.uk",
 * "amp.theverge.com" gives "theverge.com". IP addresses and single-label hosts come back as
 * they are; an empty or malformed host gives null.
 */
export function registrableDomain(host: string): string | null {
  const clean = host.trim().toLowerCase().replace(/\.$/, '');
  if (!clean || clean.length > 253 || /[\s/@]/.test(clean)) return null;
  if (clean.startsWith('[') || IPV4.test(clean)) return clean;
  const labels = clean.split('.');
  if (labels.some((label) => label === '')) return null;
  if (labels.length === 1) return clean;
  const keep = suffixLength(labels) + 1;
  return labels.slice(Math.max(0, labels.length - keep)).join('.');
}

/** The labels of a host in front of its registrable domain ("en.m" for "en.m.wikipedia.org"). */
export function subdomainLabels(host: string): string[] {
  const domain = registrableDomain(host);
  if (!domain || domain === host) return [];
  return host.slice(0, host.length - domain.length - 1).split('.');
}
