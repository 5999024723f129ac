import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type PopupState, PopupView } from '../../components/PopupView.tsx';
import { request } from '../../lib/messaging/client.ts';
import { pauseHost } from '../../lib/settings/settings.ts';
import { changeStoredSettings } from '../../lib/settings/store.ts';
import '../../components/extension-page.css';
import { PopupFollowFeeds } from './follow-feeds.tsx';

const app = document.getElementById('app');
const send = (message: unknown) => browser.runtime.sendMessage(message);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The tab to describe: `?tab=<id>` (the library and tests open the popup for a given tab), else the active one. */
async function targetTab(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param >= 0 && new URLSearchParams(location.search).has('tab')) {
    return param;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

let state: PopupState = { status: 'loading' };
let tabId: number | undefined;

function show(next: PopupState) {
  state = next;
  if (!app) return;
  render(
    <PopupView
      state={state}
      onOpenLibrary={() => {
        void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
        window.close();
      }}
      onRelated={() =>
        act(async (id) => {
          const { opened } = await request(send, { type: 'popup/open-related', tabId: id });
          return opened === 'sidebar' ? 'Opened the sidebar on the page' : 'Opened in the library';
        })
      }
      onSave={() =>
        act(async (id) => {
          await request(send, { type: 'popup/save', tabId: id });
          return 'Saved';
        })
      }
      onForget={(articleId) =>
        act(async (id) => {
          await request(send, { type: 'popup/forget', tabId: id, articleId });
          return 'Removed from your archive';
        })
      }
      onCorrect={(verdict) =>
        act(async (id) => {
          const { correction, tabUpdated } = await request(send, {
            type: 'popup/correct-page',
            tabId: id,
            verdict,
          });
          if (verdict === 'not-ai') {
            return correction.restoresArticle
              ? 'Noted: not an AI-industry article. Removed from your archive.'
              : 'Noted: not an AI-industry article. Backstory leaves this page alone.';
          }
          return tabUpdated
            ? 'Noted: an AI-industry article. Backstory saves it and learns from it.'
            : 'Noted: an AI-industry article. Reload the page to see Backstory on it.';
        })
      }
      onUndoCorrection={(correctionId) =>
        act(async (id) => {
          const { undone } = await request(send, {
            type: 'library/undo-correction',
            id: correctionId,
            tabId: id,
          });
          return undone ? 'Undone: Backstory decides this page again.' : 'Already undone.';
        })
      }
      onPause={() =>
        act(async () => {
          const host = state.status === 'ready' ? state.overview.host : null;
          if (host) await changeStoredSettings((s) => pauseHost(s, host, Date.now()));
          return `Paused on ${host} for a day`;
        })
      }
    >
      {tabId !== undefined && <PopupFollowFeeds tabId={tabId} />}
    </PopupView>,
    app,
  );
}

/** Runs an action, then shows the tab afresh with the action's outcome. */
async function act(action: (tabId: number) => Promise<string>) {
  if (state.status !== 'ready' || tabId === undefined) return;
  const id = tabId;
  show({ ...state, busy: true, notice: undefined });
  let notice: string;
  try {
    notice = await action(id);
  } catch (error) {
    notice = errorText(error);
  }
  try {
    show({
      status: 'ready',
      overview: await request(send, { type: 'popup/tab-overview', tabId: id }),
      notice,
    });
  } catch (error) {
    show({ status: 'error', message: errorText(error) });
  }
}

async function load(): Promise<PopupState> {
  tabId = await targetTab();
  if (tabId === undefined) return { status: 'error', message: 'No tab to describe.' };
  return { status: 'ready', overview: await request(send, { type: 'popup/tab-overview', tabId }) };
}

show({ status: 'loading' });
load().then(show, (error: unknown) => show({ status: 'error', message: errorText(error) }));
