import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { findChrome } from './find-browser.ts';

/**
 * The end-to-end build (`wxt build --mode e2e`): the shipped code, with its in-page shadow roots
 * open so that Playwright can look inside (entrypoints/content/shadow-mode.ts). Tests, the bench
 * and the demo load it.
 */
export const CHROME_BUILD = resolve(
  fileURLToPath(new URL('../../.output/chrome-mv3-e2e', import.meta.url)),
);
/** The build as shipped (`wxt build`), with closed shadow roots. */
export const SHIPPED_CHROME_BUILD = resolve(
  fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url)),
);

/**
 * Chromium's flags for tests, the bench and the demo: no sandbox (root in CI), no GPU, and the
 * browser's background services silenced (on a machine without internet their connection
 * attempts fail by the dozen and slow it down; what is left of them the network audit tells apart
 * by attribution, tests/browsers/harness/network-log.ts).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  // An intranet-looking name for the local demo server (exclusion tests); nothing else resolves
  // differently.
  '--host-resolver-rules=MAP wiki.corp.internal 127.0.0.1',
];

export interface LaunchOptions {
  readonly headless?: boolean;
  /** Load the built extension (default) or run a plain browser, for side-by-side measurements. */
  readonly withExtension?: boolean;
  readonly colorScheme?: 'light' | 'dark';
  /** Load the shipped build instead of the end-to-end one. */
  readonly shipped?: boolean;
  /** Load the unpacked extension in this folder instead (the bench's control extension). */
  readonly extensionPath?: string;
  /** More command-line flags (the bench exposes `gc` to measure heaps). */
  readonly extraArgs?: readonly string[];
}

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  /** The extension's id, or null without the extension. */
  readonly extensionId: string | null;
}

/** Starts Chromium with a fresh profile and, by default, the built Chrome extension loaded. */
export async function launchWithExtension({
  headless = true,
  withExtension = true,
  colorScheme = 'light',
  shipped = false,
  extensionPath,
  extraArgs = [],
}: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const build = extensionPath ?? (shipped ? SHIPPED_CHROME_BUILD : CHROME_BUILD);
  const args = [
    ...CHROMIUM_FLAGS,
    ...extraArgs,
    ...(withExtension ? [`--disable-extensions-except=${build}`, `--load-extension=${build}`] : []),
  ];
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChrome(),
    headless,
    args,
    colorScheme,
    viewport: { width: 1280, height: 900 },
  });
  if (!withExtension) return { context, extensionId: null };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
