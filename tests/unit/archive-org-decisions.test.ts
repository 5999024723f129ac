import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import { bulkRecord } from '../../lib/archive/bulk.ts';
import { applyOrgAction } from '../../lib/archive/org-manage.ts';
import { makeDraft } from '../support/builders.ts';
import { archiveProblems } from '../support/consistency.ts';
import { articlesNaming } from '../../lib/archive/org-times.ts';
import { freshArchives } from '../support/databases.ts';

const open = freshArchives();

const org = (id: string, name: string) => ({ id, name, salience: 0.5, about: true });

describe("the reader's decisions about companies hold for articles recorded later", () => {
  it('an ignored company is left out and a merged one counts for its target', async () => {
    const db = open();
    const odyssey = org('d:odyssey', 'Odyssey');
    const labs = org('d:odyssey-labs', 'Odyssey Labs');
    const noise = org('d:quarterly', 'Quarterly');
    await recordArticle(db, makeDraft({ orgs: [odyssey, labs, noise] }), 1_000);
    await applyOrgAction(db, 'd:quarterly', { action: 'ignore' }, 2_000);
    await applyOrgAction(db, 'd:odyssey-labs', { action: 'merge', into: 'd:odyssey' }, 2_000);

    const one = await recordArticle(db, makeDraft({ orgs: [labs, noise] }), 3_000);
    expect(one.article.orgs.map((o) => o.id)).toEqual(['d:odyssey']);
    await bulkRecord(db, [makeDraft({ orgs: [labs, odyssey, noise] })], 4_000);

    expect((await db.orgs.get('d:odyssey'))?.articleCount).toBe(3);
    expect((await db.orgs.get('d:odyssey-labs'))?.articleCount).toBe(0);
    expect(await db.orgs.get('d:quarterly')).toMatchObject({ status: 'ignored', articleCount: 0 });
    expect(await articlesNaming(db, 'd:odyssey-labs').count()).toBe(0);
    expect(await articlesNaming(db, 'd:quarterly').count()).toBe(0);
    expect(await archiveProblems(db)).toEqual([]);
  });
});
