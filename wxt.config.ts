import { defineConfig } from 'wxt';

/** Extension id used by Firefox (gecko) builds; Chrome derives its id from the key/path. */
const GECKO_ID = 'backstory@backstory.local';

// See https://wxt.dev/api/config.html
export default defineConfig({
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'The backstory of the AI-industry article you are reading: related stories, earlier analyst takes and your own notes, from your local archive.',
    // contextMenus (Firefox: menus): "Highlight with Backstory" and "Related coverage for
    // '<selection>'"; activeTab: the popup knows the address of the tab it was opened on (PDFs,
    // browser pages); alarms: the feeds' refresh schedule.
    permissions:
      browser === 'firefox'
        ? ['storage', 'menus', 'activeTab', 'alarms']
        : ['storage', 'offscreen', 'contextMenus', 'activeTab', 'alarms'],
    // Feeds: host access is asked per feed origin when the reader follows a feed, never up front
    // (docs/adr/0002-feed-host-permissions.md). Firefox MV2 lists origins in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: 'Backstory' },
    // Only our own bundled scripts run in extension pages: no eval, no remote code, no plugins,
    // and no page may frame them.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'"
        : {
            extension_pages:
              "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
          },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Open or close the Backstory sidebar',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected passage',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions needs Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', '.bench/**', '.demo/**'],
  },
});
