/**
 * The mode of the shadow roots that hold Backstory's UI in a page. Shipped builds close them: a
 * page's scripts then get `null` for `host.shadowRoot` and cannot read the sidebar's titles,
 * notes and highlights (content scripts run in an isolated world, so a page cannot intercept
 * `attachShadow` either). The end-to-end build (`wxt build --mode e2e`) opens them, because
 * Playwright's locators cannot enter closed shadow roots; `tests/e2e/trust-isolation.spec.ts`
 * checks the shipped build from the page's side.
 */
export const SHADOW_MODE: 'open' | 'closed' = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
