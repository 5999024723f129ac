/**
 * "The same site and the same kind of page", for learning from the reader's corrections. No zod
 * and nothing heavy: the content script uses it too.
 *
 * Site: the registrable domain ("theverge.com" for "www.theverge.com"). Kind: the section the
 * page lives in, which is how sites organise what they publish, and what their templates and
 * subjects follow: the host (www., m., amp. aside, so "blog.example.com" is its own section) and
 * the first folder of the path ("/research/", "/careers/", "/docs/"). A date folder is one section
 * whatever the date ("/2026/05/…" and "/2025/11/…" are both dated articles), a language prefix
 * is skipped ("/en/blog/…" is "/blog/"), and pages at the top of the path are a section of their
 * own.
 */
import { registrableDomain, subdomainLabels } from '../extract/registrable-domain.ts';

export interface PageSection {
  /** The registrable domain. */
  readonly site: string;
  /** `<host>/<first folder>/`, `<host>/#/` for dated folders, `<host>/` for top-level pages. */
  readonly section: string;
}

/** Host labels that name a rendering of the same site, not a section of it. */
const SAME_SITE_LABELS = new Set(['www', 'm', 'amp', 'mobile']);
/** Language and edition prefixes of paths ("/en/", "/de-ch/", "/uk/"). Not "ai", a section. */
const LANGUAGES = new Set(
  'ar cs da de el en es fa fi fr he hi hu id it ja ko nb nl no pl pt ro ru sv th tr uk vi zh us'.split(
    ' ',
  ),
);
const LANGUAGE_PREFIX = /^([a-z]{2})(?:[-_][a-z]{2,4})?$/;
const DATE_FOLDER = /^\d+$/;
/** Longest folder name kept in a section. */
const MAX_FOLDER = 80;

function folderName(segment: string): string {
  let name = segment;
  try {
    name = decodeURIComponent(segment);
  } catch {
    // A malformed escape is kept as written.
  }
  return name.toLowerCase().slice(0, MAX_FOLDER);
}

/** The site and section of a page address, or null for anything but an http(s) URL. */
export function pageSection(pageUrl: string): PageSection | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const hostname = url.hostname.toLowerCase();
  const site = registrableDomain(hostname);
  if (!site) return null;
  const labels = subdomainLabels(hostname);
  while (labels.length > 0 && SAME_SITE_LABELS.has(labels[0] ?? '')) labels.shift();
  const host = [...labels, site].join('.');
  const folders = url.pathname.split('/').filter(Boolean).slice(0, -1).map(folderName);
  const language = LANGUAGE_PREFIX.exec(folders[0] ?? '');
  if (language && LANGUAGES.has(language[1] ?? '')) folders.shift();
  const first = folders[0];
  if (first === undefined) return { site, section: `${host}/` };
  return { site, section: `${host}/${DATE_FOLDER.test(first) ? '#' : first}/` };
}

/** The section as a reader reads it: "example.com/blog/", "example.com/ (dated pages)". */
export function describeSection(section: string): string {
  if (section.endsWith('/#/')) return `${section.slice(0, -2)} (dated pages)`;
  if (section.indexOf('/') === section.length - 1) return `${section} (top-level pages)`;
  return section;
}
