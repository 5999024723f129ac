import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryApp, type LibrarySection } from '../../components/LibraryApp.tsx';
import { type Ask, AskContext } from '../../components/use-ask.ts';
import { CURRENT_VERSION } from '../../lib/archive/schema.ts';
import { exportHighlights } from '../../lib/backup/download-highlights.ts';
import { parseRoute } from '../../lib/library/routes.ts';
import { request } from '../../lib/messaging/client.ts';
import { SETTINGS_KEY } from '../../lib/settings/settings.ts';
import { readStoredSettings } from '../../lib/settings/store.ts';
import '../../components/extension-page.css';
import { FeedsSection } from './feeds-section.tsx';

const app = document.getElementById('app');
const send = (message: unknown) => browser.runtime.sendMessage(message);
const ask: Ask = (message) => request(send, message);

const settings = {
  read: readStoredSettings,
  write: (next: object) => browser.storage.local.set({ [SETTINGS_KEY]: next }),
};

/** Other features' sections of the library. */
const SECTIONS: readonly LibrarySection[] = [
  { id: 'feeds', label: 'Feeds', render: () => <FeedsSection /> },
];

const go = (hash: string, replace = false) => {
  if (replace) history.replaceState(null, '', hash);
  else location.hash = hash;
  show();
};

function show() {
  if (!app) return;
  render(
    <AskContext.Provider value={ask}>
      <LibraryApp
        route={parseRoute(location.hash)}
        onGo={go}
        settings={settings}
        schemaVersion={CURRENT_VERSION}
        onExportHighlights={exportHighlights}
        sections={SECTIONS}
      />
    </AskContext.Provider>,
    app,
  );
}

// Ask the browser to keep the archive when disk space runs low.
void navigator.storage?.persist?.();
window.addEventListener('hashchange', show);
show();
