import { useState } from 'preact/hooks';
import { exportBackupText, importBackupText } from '../lib/backup/transfer.ts';
import { plural } from './plural.ts';
import { useAsk } from './use-ask.ts';

export interface BackupViewProps {
  /** The archive schema version written into the backup's header. */
  readonly schemaVersion: number;
}

type Job =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly share: number; readonly label: string }
  | { readonly status: 'done'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

/** Full JSON backup and its import (all or nothing), with progress bars. */
export function BackupView({ schemaVersion }: BackupViewProps) {
  const ask = useAsk();
  const [job, setJob] = useState<Job>({ status: 'idle' });
  const progress = (share: number, label: string) => setJob({ status: 'running', share, label });
  const run = async (work: () => Promise<string>) => {
    setJob({ status: 'running', share: 0, label: 'Starting' });
    try {
      setJob({ status: 'done', message: await work() });
    } catch (error) {
      setJob({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const onExport = () =>
    run(async () => {
      const text = await exportBackupText(ask, schemaVersion, progress);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `backstory-backup-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return `Backup saved (${Math.round(text.length / 1024)} kB).`;
    });
  const onImport = (file: File) =>
    run(async () => {
      const { added, merged } = await importBackupText(ask, await file.text(), progress);
      const corrections = added.corrections
        ? `, ${plural(added.corrections, 'correction', 'corrections')}`
        : '';
      return `Imported ${added.articles ?? 0} new articles, ${added.highlights ?? 0} highlights, ${added.feeds ?? 0} feeds${corrections}; ${merged} articles merged with ones you had.`;
    });
  const running = job.status === 'running';
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p class="bs-muted">
        A backup holds every article, text, company, highlight, note, feed and correction, as JSON.
        Importing adds it to this archive: pages you have already are merged, and a file with any
        problem is refused whole.
      </p>
      <div class="bs-actions">
        <button
          type="button"
          class="bs-button"
          data-testid="export-backup"
          disabled={running}
          onClick={() => void onExport()}
        >
          Export a backup
        </button>
        <label class="bs-button bs-button-quiet bs-file">
          Import a backup…
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-backup"
            disabled={running}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void onImport(file);
            }}
          />
        </label>
      </div>
      {job.status === 'running' && (
        <div data-testid="backup-progress">
          <progress max={1} value={job.share} aria-label={job.label} />{' '}
          <span class="bs-muted">{job.label}</span>
        </div>
      )}
      {job.status === 'done' && (
        <p role="status" data-testid="backup-result">
          {job.message}
        </p>
      )}
      {job.status === 'failed' && (
        <p class="bs-error" role="alert" data-testid="backup-error">
          {job.message}
        </p>
      )}
    </section>
  );
}
