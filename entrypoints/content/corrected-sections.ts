import { browser } from 'wxt/browser';
import { CORRECTED_SECTIONS_KEY, parseCorrectedSections } from '../../lib/corrections/hint.ts';
import { pageSection } from '../../lib/corrections/section.ts';

/**
 * Whether the reader's corrections may make this page an AI-industry article though the
 * pre-filter passes it over: its section has a page they called one (the background's hint).
 * Read only on pages the pre-filter stops.
 */
export async function inCorrectedSection(pageUrl: string): Promise<boolean> {
  const section = pageSection(pageUrl)?.section;
  if (!section) return false;
  const stored = await browser.storage.local.get(CORRECTED_SECTIONS_KEY);
  return parseCorrectedSections(stored[CORRECTED_SECTIONS_KEY]).has(section);
}
