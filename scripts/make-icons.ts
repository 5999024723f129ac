/** Renders public/icon.svg to the PNG sizes the manifest uses (run by hand after editing the SVG). */
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChrome } from './lib/find-browser.ts';

const svg = await readFile('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
