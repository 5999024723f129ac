/** Largest page (serialised HTML) a content script may send for analysis. */
export const MAX_PAGE_HTML = 5_000_000;
