import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT = [
  'No Chrome or Chromium found. Install one, or point CHROME_PATH at it:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium   (or install Google Chrome)',
  '  any system:     CHROME_PATH=/path/to/chrome npm run demo',
].join('\n');

/** Finds a Chrome or Chromium: `CHROME_PATH` first, then the usual install locations. */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH is set to ${fromEnv}, but there is no file there.\n${INSTALL_HINT}`,
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}
