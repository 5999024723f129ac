import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The page-load control: an extension with Backstory's content-script declaration (same
 * matches, same `document_idle`) and an empty script, so that the bench can tell what Chromium
 * charges for injecting any content script from what Backstory's own script costs. Written to a
 * temporary folder; returns its path.
 */
export function writeControlExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-control-'));
  const manifest = {
    manifest_version: 3,
    name: 'Backstory bench control',
    version: '0.0.1',
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['content.js'] },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}
