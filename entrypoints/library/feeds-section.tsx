import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FeedsPanel, type FeedsPanelMessage } from '../../components/FeedsPanel.tsx';
import type { FeedRecord } from '../../lib/archive/feed.ts';
import { feedAddress } from '../../lib/feeds/feed-store.ts';
import { feedOriginAsker } from '../../lib/feeds/host-access.ts';
import { STARTER_PACK, type StarterFeed } from '../../lib/feeds/starter-pack.ts';
import { request } from '../../lib/messaging/client.ts';
import { plural } from '../../components/plural.ts';

const STARTER_DISMISSED = 'feedStarterDismissed';
const send = (message: unknown) => browser.runtime.sendMessage(message);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface State {
  feeds: readonly FeedRecord[];
  refreshMinutes: number;
  busy: boolean;
  message: FeedsPanelMessage | null;
  starter: boolean;
}

/** The library's feeds section (route `#/section/feeds`): FeedsPanel wired to the background. */
export function FeedsSection() {
  // Host access per feed origin, asked in the click that follows a feed (ADR 0002).
  const askForOrigins = useMemo(() => feedOriginAsker().ask, []);
  const [state, setState] = useState<State>({
    feeds: [],
    refreshMinutes: 30,
    busy: false,
    message: null,
    starter: false,
  });
  const update = (next: Partial<State>) => setState((current) => ({ ...current, ...next }));
  const run = async (work: () => Promise<Partial<State> | undefined>) => {
    update({ busy: true });
    try {
      update({ ...(await work()), busy: false });
    } catch (error) {
      update({ busy: false, message: { kind: 'error', text: errorText(error) } });
    }
  };
  /** Follows feeds (after the permission answer) and checks the new ones at once. */
  const follow = (
    feeds: ReadonlyArray<{ url: string; title?: string }>,
    granted: Promise<boolean>,
  ) =>
    run(async () => {
      if (!(await granted)) {
        return {
          message: {
            kind: 'error',
            text: 'Backstory needs your permission to read that site; nothing was added.',
          },
        };
      }
      const added = await request(send, { type: 'library/add-feeds', feeds: [...feeds] });
      const fresh = added.feeds.filter((f) => f.lastFetchedAt === null).map((f) => f.id);
      const after =
        fresh.length > 0
          ? await request(send, { type: 'library/refresh-feeds', ids: fresh })
          : added;
      const problems = added.errors.map((e) => `${e.url}: ${e.error}`).join('; ');
      return {
        feeds: after.feeds,
        message: problems
          ? { kind: 'error', text: problems }
          : {
              kind: 'info',
              text: `Following ${plural(added.added, 'new feed', 'new feeds')}.`,
            },
      };
    });
  useEffect(() => {
    void run(async () => {
      const [{ feeds, refreshMinutes }, stored] = await Promise.all([
        request(send, { type: 'library/list-feeds' }),
        browser.storage.local.get(STARTER_DISMISSED),
      ]);
      return { feeds, refreshMinutes, starter: stored[STARTER_DISMISSED] !== true };
    });
  }, []);
  return (
    <div id="feeds">
      <FeedsPanel
        feeds={state.feeds}
        refreshMinutes={state.refreshMinutes}
        busy={state.busy}
        message={state.message}
        starterPack={state.starter ? STARTER_PACK : null}
        now={Date.now()}
        onAdd={(raw) => {
          let url: string;
          try {
            url = feedAddress(raw);
          } catch (error) {
            update({ message: { kind: 'error', text: errorText(error) } });
            return;
          }
          void follow([{ url }], askForOrigins([url]));
        }}
        onFollowStarter={(feeds: readonly StarterFeed[]) => {
          void browser.storage.local.set({ [STARTER_DISMISSED]: true });
          void follow(feeds, askForOrigins(feeds.map((f) => f.url)));
        }}
        onDismissStarter={() => {
          void browser.storage.local.set({ [STARTER_DISMISSED]: true });
          update({ starter: false });
        }}
        onRefresh={() => {
          // Feeds added by an OPML import have not had their sites allowed yet: ask in this click.
          const asked = askForOrigins(state.feeds.filter((f) => !f.paused).map((f) => f.url));
          void run(async () => {
            await asked;
            return {
              feeds: (await request(send, { type: 'library/refresh-feeds' })).feeds,
              message: null,
            };
          });
        }}
        onEdit={(id, edit) => {
          let granted: Promise<boolean> = Promise.resolve(true);
          if (edit.url) {
            try {
              granted = askForOrigins([feedAddress(edit.url)]);
            } catch (error) {
              update({ message: { kind: 'error', text: errorText(error) } });
              return;
            }
          }
          void run(async () => {
            if (!(await granted))
              return {
                message: {
                  kind: 'error',
                  text: 'Backstory needs your permission to read that site.',
                },
              };
            return {
              feeds: (await request(send, { type: 'library/edit-feed', id, ...edit })).feeds,
              message: null,
            };
          });
        }}
        onRemove={(id) =>
          run(async () => ({
            feeds: (await request(send, { type: 'library/remove-feed', id })).feeds,
          }))
        }
        onIntervalChange={(minutes) =>
          run(async () => ({
            refreshMinutes: (await request(send, { type: 'library/set-feed-interval', minutes }))
              .refreshMinutes,
          }))
        }
        onImportOpml={(opml) =>
          run(async () => {
            const imported = await request(send, { type: 'library/import-opml', opml });
            const skipped = imported.skipped.map((s) => `${s.title || 'an outline'} (${s.reason})`);
            const parts = [`Imported ${plural(imported.added, 'feed', 'feeds')}.`];
            if (skipped.length > 0) parts.push(`Left out: ${skipped.join(', ')}.`);
            const pending = imported.feeds.some((f) => f.lastFetchedAt === null);
            if (pending) parts.push('Use “Refresh now” to allow their sites and fetch them.');
            return { feeds: imported.feeds, message: { kind: 'info', text: parts.join(' ') } };
          })
        }
        onExportOpml={() =>
          run(async () => {
            const { opml } = await request(send, { type: 'library/export-opml' });
            const link = document.createElement('a');
            link.href = URL.createObjectURL(new Blob([opml], { type: 'text/x-opml' }));
            link.download = 'backstory-feeds.opml';
            link.click();
            setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
          })
        }
      />
    </div>
  );
}
