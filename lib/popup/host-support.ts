import { isExcluded, isPaused, type Settings } from '../settings/settings.ts';

/** Whether a tab's page can show the sidebar, and if not, why (the popup says it). */
export type SidebarSupport =
  | { readonly ok: true; readonly host: string }
  | { readonly ok: false; readonly host: string | null; readonly reason: string };

/**
 * The content script runs only on http(s) pages that are not excluded or paused; a PDF is shown
 * by the browser's viewer, which no content script reaches. Everything else gets the library's
 * view of the page instead of a sidebar.
 */
export function sidebarSupport(
  url: string | undefined,
  settings: Settings,
  now: number,
): SidebarSupport {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return { ok: false, host: null, reason: 'Backstory has not looked at this page.' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return {
      ok: false,
      host: null,
      reason: 'Browser and extension pages cannot show the sidebar.',
    };
  }
  const host = parsed.hostname;
  if (/\.pdf$/i.test(parsed.pathname)) {
    return { ok: false, host, reason: 'PDF documents cannot show the sidebar.' };
  }
  if (isExcluded(host, settings)) {
    return { ok: false, host, reason: 'Backstory never runs on this site (exclusion list).' };
  }
  if (isPaused(host, settings, now)) {
    return { ok: false, host, reason: 'Backstory is paused on this site.' };
  }
  return { ok: true, host };
}
