import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type LibraryState, LibraryView } from '../../components/LibraryView.tsx';
import { request } from '../../lib/messaging/client.ts';
import '../../components/extension-page.css';
import { mountFeeds } from './feeds-section.tsx';

const app = document.getElementById('app');
const send = (message: unknown) => browser.runtime.sendMessage(message);

function show(state: LibraryState) {
  if (app) render(<LibraryView state={state} />, app);
}

// Ask the browser to keep the archive when disk space runs low.
void navigator.storage?.persist?.();

show({ status: 'loading' });
if (app) mountFeeds(app);
request(send, { type: 'library/get-overview', limit: 100 }).then(
  ({ stats, recent }) => show({ status: 'ready', stats, recent }),
  (error: unknown) =>
    show({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
);
