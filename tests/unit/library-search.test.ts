import { describe, expect, it } from 'vitest';
import { recordArticle } from '../../lib/archive/articles.ts';
import { forgetArticle } from '../../lib/archive/forget.ts';
import { ArchiveSearch } from '../../lib/search/archive-search.ts';
import { snippet } from '../../lib/search/snippet.ts';
import { makeDraft } from '../support/builders.ts';
import { makeHighlight } from '../support/highlights.ts';
import { freshArchives } from '../support/databases.ts';

const open = freshArchives();

describe('snippets', () => {
  it('cuts the passage around the first match and marks every matched word', () => {
    const text = `${'Intro words here. '.repeat(20)}Trainium chips power Project Rainier, and trainium2 ships soon. ${'Tail. '.repeat(40)}`;
    const segments = snippet(text, ['trainium']);
    expect(segments[0]).toEqual({ text: '…', match: false });
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Trainium', 'trainium2']);
    expect(segments.at(-1)).toEqual({ text: '…', match: false });
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(260);
  });

  it('keeps markup as plain text (the UI renders text nodes)', () => {
    const segments = snippet('<img src=x onerror=alert(1)> world models', ['world']);
    expect(segments[0]?.text).toBe('<img src=x onerror=alert(1)> ');
  });
});

describe('archive search', () => {
  it('finds titles, article text and notes, as prefixes, and catches up with new records', async () => {
    const db = open();
    const search = new ArchiveSearch(db);
    const { article } = await recordArticle(
      db,
      makeDraft({ title: 'Amazon backs Odyssey', text: 'Odyssey builds world models for robots.' }),
      1_000,
    );
    expect((await search.search('odyss', 10)).hits.map((h) => h.title)).toEqual([
      'Amazon backs Odyssey',
    ]);
    const text = await search.search('robots', 10);
    expect(text.hits[0]?.snippet.find((s) => s.match)?.text).toBe('robots');
    // Incremental: a note added after the index was built is found.
    await db.highlights.put(
      makeHighlight({
        note: 'the inference-cost thesis',
        quote: { exact: 'a passage', prefix: '', suffix: '' },
      }),
    );
    const note = await search.search('thesis', 10);
    expect(note.hits.map((h) => h.kind)).toEqual(['highlight']);
    expect(note.hits[0]?.note).toBe('the inference-cost thesis');
    // A forgotten article is no longer found.
    await forgetArticle(db, article.id, 2_000);
    expect((await search.search('robots', 10)).hits).toEqual([]);
    expect((await search.search('   ', 10)).hits).toEqual([]);
  });
});
