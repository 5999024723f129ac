import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type PopupState, PopupView } from '../../components/PopupView.tsx';
import { request } from '../../lib/messaging/client.ts';
import '../../components/extension-page.css';
import { mountFollowFeeds } from './follow-feeds.tsx';

const app = document.getElementById('app');
const send = (message: unknown) => browser.runtime.sendMessage(message);

function show(state: PopupState) {
  if (!app) return;
  const onOpenLibrary = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  };
  render(<PopupView state={state} onOpenLibrary={onOpenLibrary} />, app);
}

async function load(): Promise<PopupState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { status: 'ready', article: null, earlierFromSite: 0 };
  const { visit } = await request(send, { type: 'popup/get-tab-state', tabId: tab.id });
  return visit
    ? { status: 'ready', article: visit.article, earlierFromSite: visit.earlierFromSite }
    : { status: 'ready', article: null, earlierFromSite: 0 };
}

show({ status: 'loading' });
if (app) void mountFollowFeeds(app).catch(() => undefined);
load().then(show, (error: unknown) =>
  show({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
);
