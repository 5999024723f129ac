import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface BrowserKind {
  /** What the reader is told is missing. */
  readonly label: string;
  /** The environment variable that points at the executable. */
  readonly env: string;
  readonly candidates: readonly string[];
  readonly install: readonly string[];
}

const CHROME: BrowserKind = {
  label: 'Chrome or Chromium',
  env: 'CHROME_PATH',
  candidates: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ],
  install: [
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  macOS:          brew install --cask chromium   (or install Google Chrome)',
  ],
};

const FIREFOX: BrowserKind = {
  label: 'Firefox',
  env: 'FIREFOX_PATH',
  candidates: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/snap/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ],
  install: [
    '  Debian/Ubuntu:  sudo apt-get install -y --no-install-recommends firefox-esr',
    '  macOS:          brew install --cask firefox',
  ],
};

function installHint({ label, env, install }: BrowserKind): string {
  return [
    `No ${label} found. Install one, or point ${env} at it:`,
    ...install,
    `  any system:     ${env}=/path/to/browser npm test`,
  ].join('\n');
}

function find(kind: BrowserKind): string {
  const fromEnv = process.env[kind.env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `${kind.env} is set to ${fromEnv}, but there is no file there.\n${installHint(kind)}`,
    );
  }
  const found = kind.candidates.find((path) => existsSync(path));
  if (!found) throw new Error(installHint(kind));
  return found;
}

/** Finds a Chrome or Chromium: `CHROME_PATH` first, then the usual install locations. */
export const findChrome = (): string => find(CHROME);

/** Finds a Firefox: `FIREFOX_PATH` first, then the usual install locations (Debian's ESR first). */
export const findFirefox = (): string => find(FIREFOX);

/**
 * What a browser says of its own version ("Chromium 156.0.8078.129 built on Debian…"), or why it
 * could not say: printed beside test results, so that a failure names the browser it ran on.
 */
export function browserVersion(which: 'chrome' | 'firefox'): string {
  let path: string;
  try {
    path = which === 'chrome' ? findChrome() : findFirefox();
  } catch {
    return `${which === 'chrome' ? CHROME.label : FIREFOX.label}: not installed`;
  }
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const version = run.stdout?.trim().split('\n').at(-1);
  return version
    ? `${version} (${path})`
    : `${path}: no version (${run.error?.message ?? run.stderr})`;
}
