import { useState } from 'preact/hooks';
import { DEFAULT_EXCLUDED_HOSTS, parseSettings, type Settings } from '../lib/settings/settings.ts';
import { useAsk, useLoad } from './use-ask.ts';

/** Where settings are kept (the entrypoint passes `storage.local`; tests a fake). */
export interface SettingsStore {
  read(): Promise<Settings>;
  write(settings: Settings): Promise<void>;
}

const size = (bytes: number | null) =>
  bytes === null
    ? 'unknown'
    : bytes < 1_048_576
      ? `${Math.round(bytes / 1024)} kB`
      : `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Auto-save, auto-open, dwell time, exclusions, shortcut help, storage use, delete everything. */
export function SettingsView({ store }: { readonly store: SettingsStore }) {
  const ask = useAsk();
  const [settings, reload] = useLoad(() => store.read(), 'settings');
  const [storage, reloadStorage] = useLoad(() => ask({ type: 'library/storage' }), 'storage');
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const save = async (change: Partial<Settings>) => {
    if (settings.status !== 'ready') return;
    // Parsing repairs anything out of range field by field, as on every read.
    await store.write(parseSettings({ ...settings.value, ...change }));
    setNotice('Saved');
    reload();
  };
  const wipe = async () => {
    await ask({ type: 'library/delete-everything', confirm: 'delete everything' });
    setConfirming(false);
    setNotice(
      'Everything was deleted: the archive is empty and the settings are back to their defaults.',
    );
    reload();
    reloadStorage();
  };
  if (settings.status !== 'ready') return <p class="bs-muted">Loading settings…</p>;
  const s = settings.value;
  return (
    <section aria-labelledby="settings-heading" data-testid="settings">
      <h2 id="settings-heading">Settings</h2>
      <fieldset>
        <legend>Reading</legend>
        <label class="bs-check">
          <input
            type="checkbox"
            data-testid="setting-auto-save"
            checked={s.autoSave}
            onChange={(e) => void save({ autoSave: e.currentTarget.checked })}
          />
          Save AI-industry articles I read, without asking
        </label>
        <label class="bs-check">
          <input
            type="checkbox"
            data-testid="setting-auto-open"
            checked={s.autoOpen}
            onChange={(e) => void save({ autoOpen: e.currentTarget.checked })}
          />
          Open the sidebar by itself when an article has a backstory
        </label>
        <label>
          An article counts as read after{' '}
          <input
            type="number"
            class="bs-input bs-number"
            data-testid="setting-dwell"
            min={0}
            max={600}
            value={s.dwellSeconds}
            onChange={(e) => void save({ dwellSeconds: Number(e.currentTarget.value) })}
          />{' '}
          seconds on screen
        </label>
      </fieldset>
      <fieldset>
        <legend>Sites Backstory never looks at</legend>
        <p class="bs-muted">
          One site per line; a site covers its subdomains. Intranet-looking addresses are always
          left alone.
        </p>
        <textarea
          class="bs-input bs-hosts"
          data-testid="setting-excluded"
          aria-label="Excluded sites, one per line"
          rows={8}
          value={s.excludedHosts.join('\n')}
          onChange={(e) =>
            void save({
              excludedHosts: e.currentTarget.value
                .split(/\s+/)
                .map((h) => h.trim())
                .filter(Boolean),
            })
          }
        />
        <button
          type="button"
          class="bs-button bs-button-quiet"
          onClick={() => void save({ excludedHosts: DEFAULT_EXCLUDED_HOSTS })}
        >
          Restore the default list (mail, banking, health, passwords)
        </button>
        {Object.keys(s.pausedHosts).length > 0 && (
          <p class="bs-muted">
            Paused for a day: {Object.keys(s.pausedHosts).join(', ')}{' '}
            <button
              type="button"
              class="bs-button bs-button-quiet"
              onClick={() => void save({ pausedHosts: {} })}
            >
              Resume all
            </button>
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Keyboard</legend>
        <p>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd> opens and closes the sidebar; <kbd>Esc</kbd>{' '}
          closes it. Change the keys in the browser's extension shortcuts page
          (chrome://extensions/shortcuts, or Firefox's add-ons page, "Manage Extension Shortcuts").
        </p>
      </fieldset>
      <fieldset>
        <legend>Storage</legend>
        {storage.status === 'ready' && (
          <p data-testid="storage-use">
            {size(storage.value.usage)} used
            {storage.value.quota ? ` of ${size(storage.value.quota)} available` : ''} ·{' '}
            {storage.value.counts.articles ?? 0} articles, {storage.value.counts.highlights ?? 0}{' '}
            highlights, {storage.value.counts.orgs ?? 0} companies,{' '}
            {storage.value.counts.feeds ?? 0} feeds
          </p>
        )}
        {confirming ? (
          <p role="alert">
            This deletes every article, highlight, note, feed and setting. It cannot be undone
            (export a backup first).{' '}
            <button
              type="button"
              class="bs-button bs-danger"
              data-testid="confirm-delete-everything"
              onClick={() => void wipe()}
            >
              Yes, delete everything
            </button>{' '}
            <button
              type="button"
              class="bs-button bs-button-quiet"
              onClick={() => setConfirming(false)}
            >
              Keep my archive
            </button>
          </p>
        ) : (
          <button
            type="button"
            class="bs-button bs-danger"
            data-testid="delete-everything"
            onClick={() => setConfirming(true)}
          >
            Delete everything…
          </button>
        )}
      </fieldset>
      {notice && (
        <p class="bs-muted" role="status" data-testid="settings-notice">
          {notice}
        </p>
      )}
    </section>
  );
}
