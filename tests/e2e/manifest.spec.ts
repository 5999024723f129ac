/**
 * The manifest asks for the least that works (ARCHITECTURE.md justifies each permission): this
 * pins it, so a new permission, host access or web-exposed resource is a deliberate change.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_scripts?: { matches: string[] }[];
}

const manifest = (build: string): Manifest =>
  JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8')) as Manifest;

test('the Chrome and Firefox manifests ask for exactly the pinned permissions', () => {
  const chrome = manifest('chrome-mv3');
  const firefox = manifest('firefox-mv2');
  expect(chrome.permissions?.sort()).toEqual([
    'activeTab',
    'alarms',
    'contextMenus',
    'offscreen',
    'storage',
  ]);
  expect(firefox.permissions?.sort()).toEqual(['activeTab', 'alarms', 'menus', 'storage']);
  // Feed origins are asked for one by one when the reader follows a feed (ADR 0002).
  expect(chrome.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(chrome.optional_permissions).toBeUndefined();
  expect(firefox.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(firefox.optional_host_permissions).toBeUndefined();
  for (const m of [chrome, firefox]) {
    expect(m.host_permissions).toBeUndefined();
    // Pages can neither load our files nor message us.
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_scripts?.flatMap((c) => c.matches)).toEqual(['http://*/*', 'https://*/*']);
  }
  expect(chrome.content_security_policy).toEqual({
    extension_pages:
      "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  });
  expect(firefox.content_security_policy).toBe(
    "script-src 'self'; object-src 'none'; base-uri 'none'",
  );
});

test('extension pages run no inline script or inline event handler', async ({
  openExtensionPage,
}) => {
  // eval cannot be checked from here: DevTools evaluation is exempt from the page's policy. The
  // policy string above has no 'unsafe-eval', and the browser enforces it.
  for (const path of ['library.html', 'popup.html']) {
    const page = await openExtensionPage(path);
    const outcome = await page.evaluate(async () => {
      const flags = window as { __inline?: boolean; __handler?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.head.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = true');
      img.src = 'data:,broken';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { inline: flags.__inline === true, handler: flags.__handler === true };
    });
    expect(outcome).toEqual({ inline: false, handler: false });
    await page.close();
  }
});
