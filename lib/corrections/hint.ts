/**
 * The content script's hint: the sections (`section.ts`) where the reader's corrections may make
 * a page an AI-industry article that the pre-filter would pass over. The background keeps it in
 * `storage.local` after every change of the corrections; the content script reads it only on
 * pages the pre-filter stops, and asks the background only on pages of those sections. No zod:
 * the content script must stay small.
 */
export const CORRECTED_SECTIONS_KEY = 'correctedSections';

/** Sections kept in the hint at most (a reader corrects far fewer). */
export const MAX_HINT_SECTIONS = 5_000;

/** The stored hint as a set; anything malformed counts as no section. */
export function parseCorrectedSections(raw: unknown): ReadonlySet<string> {
  if (!Array.isArray(raw)) return new Set();
  return new Set(
    raw
      .slice(0, MAX_HINT_SECTIONS)
      .filter((s): s is string => typeof s === 'string' && s.length <= 600),
  );
}
