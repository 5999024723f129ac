import { describe, expect, it } from 'vitest';
import { notesNaming } from '../../lib/archive/org-times.ts';
import { noteTakes } from '../../lib/highlights/note-takes.ts';
import { freshArchives } from '../support/databases.ts';
import { makeHighlight } from '../support/highlights.ts';

const open = freshArchives();
const query = {
  orgIds: ['nvidia'],
  urlKeys: ['www.circuitledger.example/now'],
  orgName: () => 'Nvidia',
};

describe("the reader's notes as earlier takes", () => {
  it('finds the newest notes about a company however many highlights name it', async () => {
    const db = open();
    // Many highlights without notes whose ids sort before every note's.
    await db.highlights.bulkPut(
      Array.from({ length: 120 }, (_, i) =>
        makeHighlight({
          id: `aaaa-${String(i).padStart(4, '0')}`,
          orgIds: ['nvidia'],
          note: '',
          url: `https://www.circuitledger.example/2026/11/plain-${i}`,
        }),
      ),
    );
    const notes = [1, 2, 3].map((i) =>
      makeHighlight({
        id: `zzzz-note-${i}`,
        orgIds: ['nvidia'],
        note: `Note ${i} on Nvidia's supply`,
        updatedAt: 5_000 + i,
        url: `https://www.circuitledger.example/2026/11/noted-${i}`,
      }),
    );
    await db.highlights.bulkPut(notes);
    const takes = await noteTakes(db, query);
    expect(takes.map((t) => t.note?.text)).toEqual([
      "Note 3 on Nvidia's supply",
      "Note 2 on Nvidia's supply",
      "Note 1 on Nvidia's supply",
    ]);
  });

  it('follows a note written, edited away and written again, through the derived index', async () => {
    const db = open();
    const highlight = makeHighlight({ orgIds: ['nvidia'], note: '' });
    await db.highlights.put(highlight);
    expect(await noteTakes(db, query)).toEqual([]);
    await db.highlights.update(highlight.id, { note: 'Blackwell margins', updatedAt: 9_000 });
    expect((await noteTakes(db, query)).map((t) => t.note?.text)).toEqual(['Blackwell margins']);
    expect((await db.highlights.get(highlight.id))?.noteOrgTimes).toEqual([['nvidia', 9_000]]);
    await db.highlights.update(highlight.id, { note: '  ', updatedAt: 9_500 });
    expect(await noteTakes(db, query)).toEqual([]);
    expect(await notesNaming(db, 'nvidia').count()).toBe(0);
  });
});
