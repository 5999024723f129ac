/**
 * One browser with the built extension loaded, Chromium or Firefox, driven by puppeteer-core:
 * Chromium over CDP, Firefox over WebDriver BiDi (Playwright drives only its own Firefox builds).
 * The scenarios in `tests/browsers/` run on this and never ask which browser it is, except where
 * a browser cannot do what the other does.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as Browser_ } from 'wxt/browser';
import { findChrome, findFirefox } from '../../../scripts/lib/find-browser.ts';
import { CHROME_BUILD, CHROMIUM_FLAGS } from '../../../scripts/lib/launch.ts';
import { type LoggedRequest, chromiumRequests, firefoxRequests } from './network-log.ts';

export type BrowserKind = 'chromium' | 'firefox';

/** The extension API in an extension context: `browser` in Firefox, `chrome` in Chromium. */
export type Api = typeof Browser_;

/** The end-to-end builds: the shipped code with its in-page shadow roots open (shadow-mode.ts). */
const BUILDS: Record<BrowserKind, string> = {
  chromium: CHROME_BUILD,
  firefox: resolve(fileURLToPath(new URL('../../../.output/firefox-mv2-e2e', import.meta.url))),
};

/** The Firefox build's add-on id (wxt.config.ts) and the fixed internal UUID its pages get here. */
const GECKO_ID = 'backstory@backstory.local';
const FIREFOX_UUID = '6b1d4c1e-8f5a-4e52-9a0c-5d3e2f7b9a41';

const FIREFOX_PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  // The add-on is installed in the profile (a proxy file naming the unpacked build), so that it
  // stays installed across a browser restart as a reader's does; a temporary add-on would not.
  // Unsigned add-ons load only where signatures can be turned off: ESR, Developer Edition, Nightly.
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  // Optional permissions (a feed's origin) are granted without the doorhanger BiDi cannot click.
  'extensions.webextOptionalPermissionPrompts': false,
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'ui.prefersReducedMotion': 1,
};

export interface LaunchOptions {
  /** Reader settings stored before the scenario starts (see lib/settings); default: read at once. */
  readonly settings?: Record<string, unknown>;
  /** Log every request the browser makes, from every context (network-log.ts). */
  readonly networkLog?: boolean;
}

export interface Session {
  readonly kind: BrowserKind;
  /** "Chromium 156.0.8078.129", "Firefox 153.8.0esr". */
  readonly version: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  readonly extensionOrigin: string;
  readonly browser: Browser;
  /** A tab for the scenario's web pages. */
  readonly page: Page;
  /** Where downloads land. */
  readonly downloads: string;
  newPage(): Promise<Page>;
  /** Opens an extension page (`library.html#/companies`, `popup.html?tab=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` in an extension page, where `browser` (or `chrome`) and the archive are at hand. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Has the extension's background (service worker, background page) fetch `url` (audit probe). */
  fetchFromBackground(url: string): Promise<void>;
  /** Closes the browser and starts it again on the same profile, as a reader's restart does. */
  restart(): Promise<void>;
  close(): Promise<void>;
  /** Every request logged while the browser ran; call after close() (needs `networkLog`). */
  requests(): Promise<LoggedRequest[]>;
}

/** The browser the suite runs on: `BACKSTORY_BROWSER`, set per project in vitest.browsers.config. */
export function browserKind(): BrowserKind {
  const kind = process.env.BACKSTORY_BROWSER;
  if (kind !== 'chromium' && kind !== 'firefox') {
    throw new Error(`BACKSTORY_BROWSER must be chromium or firefox, not ${kind}`);
  }
  return kind;
}

/** The URL a page shows. Firefox's BiDi does not report navigations to extension pages. */
export function urlOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Started {
  browser: Browser;
  extensionOrigin: string;
  /** An extension page, the first tab: settings, probes and the opener of other extension pages. */
  helper: Page;
}

export async function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<Session> {
  const root = mkdtempSync(join(tmpdir(), `backstory-${kind}-`));
  const profile = join(root, 'profile');
  const downloads = join(root, 'downloads');
  const logs = join(root, 'logs');
  for (const dir of [profile, downloads, logs]) mkdirSync(dir);
  let launches = 0;

  const start = async (): Promise<Started> => {
    launches += 1;
    return kind === 'chromium'
      ? startChromium(
          profile,
          downloads,
          options.networkLog ? join(logs, `net-${launches}.json`) : null,
        )
      : startFirefox(profile, downloads, options.networkLog ? join(logs, `moz-${launches}`) : null);
  };

  let started = await start();
  const version = `${kind === 'chromium' ? 'Chromium' : 'Firefox'} ${(await started.browser.version()).replace(/^\D+/, '')}`;
  await started.helper.evaluate((settings) => {
    const api =
      (globalThis as { browser?: Api }).browser ??
      (globalThis as unknown as { chrome: Api }).chrome;
    return api.storage.local.set({ settings });
  }, options.settings ?? { dwellSeconds: 0 });
  let page = await started.browser.newPage();

  const session: Session = {
    kind,
    version,
    downloads,
    get extensionOrigin() {
      return started.extensionOrigin;
    },
    get browser() {
      return started.browser;
    },
    get page() {
      return page;
    },
    newPage: () => started.browser.newPage(),
    async openExtensionPage(path) {
      const url = `${started.extensionOrigin}/${path}`;
      if (kind === 'chromium') {
        const opened = await started.browser.newPage();
        await opened.goto(url);
        return opened;
      }
      // BiDi refuses to navigate to moz-extension:// URLs; the extension may open one.
      const before = new Set(await started.browser.pages());
      await started.helper.evaluate(async (target) => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        await api.tabs.create({ url: target });
      }, url);
      for (let tries = 0; tries < 100; tries++) {
        for (const candidate of await started.browser.pages()) {
          if (before.has(candidate)) continue;
          const at = await urlOf(candidate).catch(() => '');
          if (at === url && (await candidate.evaluate(() => document.readyState)) === 'complete') {
            return candidate;
          }
        }
        await sleep(100);
      }
      throw new Error(`${url} did not open`);
    },
    inExtension: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      started.helper.evaluate(fn as (arg: unknown) => unknown, arg) as unknown as Promise<R>,
    async fetchFromBackground(url) {
      if (kind === 'chromium') {
        const target = await started.browser.waitForTarget(
          (t) => t.type() === 'service_worker' && t.url().startsWith(started.extensionOrigin),
        );
        const worker = await target.worker();
        if (!worker) throw new Error('no service worker');
        await worker.evaluate((u) => fetch(u, { mode: 'no-cors' }).then(() => undefined), url);
        return;
      }
      // The background page's own fetch (called from an extension page, it runs in that window).
      await started.helper.evaluate(async (u) => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        const background = (await api.runtime.getBackgroundPage()) as Window | null;
        if (!background) throw new Error('no background page');
        await background.fetch(u, { mode: 'no-cors' });
      }, url);
    },
    async restart() {
      await started.browser.close();
      started = await start();
      page = await started.browser.newPage();
    },
    async close() {
      await started.browser.close();
    },
    async requests() {
      if (!options.networkLog) throw new Error('launched without networkLog');
      const files = readdirSync(logs).map((name) => join(logs, name));
      const lists = await Promise.all(
        files.map((file) => (kind === 'chromium' ? chromiumRequests(file) : firefoxRequests(file))),
      );
      return lists.flat();
    },
  };
  return session;
}

/** Removes what a session left on disk (profile, downloads, logs). */
export function cleanUp(session: Session): void {
  const root = resolve(session.downloads, '..');
  if (root.startsWith(tmpdir())) rmSync(root, { recursive: true, force: true });
}

async function startChromium(
  profile: string,
  downloads: string,
  netLog: string | null,
): Promise<Started> {
  const build = BUILDS.chromium;
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: findChrome(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    enableExtensions: true,
    defaultViewport: { width: 1280, height: 900 },
    downloadBehavior: { policy: 'allow', downloadPath: downloads },
    args: [
      ...CHROMIUM_FLAGS,
      ...(netLog ? [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] : []),
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
    ],
  });
  const worker = await browser.waitForTarget(
    (target) =>
      target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
  );
  // Node's URL gives no origin for schemes it does not know.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const [first] = await browser.pages();
  const helper = first ?? (await browser.newPage());
  await helper.goto(`${extensionOrigin}/library.html`);
  return { browser, extensionOrigin, helper };
}

async function startFirefox(
  profile: string,
  downloads: string,
  mozLog: string | null,
): Promise<Started> {
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  writeFileSync(join(profile, 'extensions', GECKO_ID), BUILDS.firefox);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...FIREFOX_PREFS, 'browser.download.dir': downloads },
    // Firefox's Content Security Manager logs every channel with the principal that caused it:
    // the attribution the network audit needs (network-log.ts).
    ...(mozLog ? { env: { ...process.env, MOZ_LOG: 'CSMLog:5,sync', MOZ_LOG_FILE: mozLog } } : {}),
    // The first tab opens an extension page: the add-on, installed in the profile, is loaded
    // before the command line's pages.
    args: [`${extensionOrigin}/library.html`],
  });
  const helper = await firstExtensionPage(browser, extensionOrigin);
  return { browser, extensionOrigin, helper };
}

async function firstExtensionPage(browser: Browser, origin: string): Promise<Page> {
  for (let tries = 0; tries < 100; tries++) {
    for (const page of await browser.pages()) {
      const at = await urlOf(page).catch(() => '');
      if (
        at.startsWith(origin) &&
        (await page.evaluate(() => document.readyState)) === 'complete'
      ) {
        return page;
      }
    }
    await sleep(100);
  }
  throw new Error(
    `Firefox did not open ${origin}/library.html: is the add-on installed (xpinstall.signatures.required can be turned off only in ESR, Developer Edition and Nightly)?`,
  );
}
