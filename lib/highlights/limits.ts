/**
 * Limits the content script needs without loading the record schemas (zod stays out of the
 * page's bundle). `tests/unit/highlights-anchor.test.ts` checks they agree with the schema's.
 */
export const MAX_QUOTE_CHARS = 10_000;
