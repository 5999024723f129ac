import { normalizeUrl } from './normalize-url.ts';
import { registrableDomain } from './registrable-domain.ts';

/** Link text (or the sentence around a link) that says the page summarises another one. */
const CUE =
  /\b(?:read the (?:full|original|whole)|originally (?:published|appeared)|full (?:story|analysis|post|piece) (?:at|on)|source:|via)\b/i;
/** Links looked at, at most: a summary says where its original is near its text. */
const MAX_LINKS = 400;

/**
 * The article a summary page points to as its original ("Read the original at Compute Letter →"),
 * on another site; null when the page names none. Aggregators summarise analysts' newsletters;
 * the archive links the two as one story.
 */
export function findOriginalLink(doc: Document, pageUrl: string): string | null {
  const siteOf = (url: string) => {
    const host = new URL(url).hostname;
    return registrableDomain(host) ?? host;
  };
  let pageSite: string;
  try {
    pageSite = siteOf(pageUrl);
  } catch {
    return null;
  }
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!root) return null;
  const links = root.querySelectorAll('a[href]');
  for (let i = 0; i < Math.min(links.length, MAX_LINKS); i += 1) {
    const link = links[i] as HTMLAnchorElement;
    const context = `${link.textContent ?? ''} ${link.parentElement?.textContent?.slice(0, 300) ?? ''}`;
    if (!CUE.test(context)) continue;
    const url = normalizeUrl(link.getAttribute('href') ?? '', pageUrl);
    if (url && siteOf(url) !== pageSite) return url;
  }
  return null;
}
