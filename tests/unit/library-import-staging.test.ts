import { describe, expect, it } from 'vitest';
import { ImportStaging } from '../../lib/library/import-staging.ts';

describe('ImportStaging', () => {
  it('keeps two imports staged at once apart', () => {
    const staging = new ImportStaging();
    staging.stage('import-a', 'header', [{ from: 'a' }]);
    staging.stage('import-b', 'header', [{ from: 'b' }]);
    staging.stage('import-a', 'articles', [{ n: 1 }, { n: 2 }]);
    staging.stage('import-b', 'articles', [{ n: 3 }]);
    const a = staging.take('import-a');
    const b = staging.take('import-b');
    expect(a.header).toEqual({ from: 'a' });
    expect(a.tables.articles).toEqual([{ n: 1 }, { n: 2 }]);
    expect(b.header).toEqual({ from: 'b' });
    expect(b.tables.articles).toEqual([{ n: 3 }]);
  });

  it('says plainly that an import it no longer has (restart, commit twice) changed nothing', () => {
    const staging = new ImportStaging();
    staging.stage('import-a', 'header', [{}]);
    staging.take('import-a');
    expect(() => staging.take('import-a')).toThrow(/nothing was changed.*import the file again/);
    expect(() => new ImportStaging().take('never-staged')).toThrow(/interrupted/);
  });
});
