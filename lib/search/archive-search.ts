import MiniSearch from 'minisearch';
import type { ArticleRecord } from '../archive/article.ts';
import type { ArchiveDb } from '../archive/db.ts';
import type { HighlightRecord } from '../archive/highlight.ts';
import { highlightsChangedSince } from '../archive/highlight-query.ts';
import type { SearchHit } from '../library/messages.ts';
import { snippet } from './snippet.ts';

/** Article text indexed per article: enough for any passage a reader remembers, bounded memory. */
const INDEXED_TEXT = 30_000;
/** Articles read per step while building. */
const PAGE = 500;

interface SearchDoc {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly note: string;
}

function newIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'text', 'note'],
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 3, note: 2 } },
  });
}

const highlightDoc = (h: HighlightRecord): SearchDoc => ({
  id: `h:${h.id}`,
  title: h.title,
  text: h.quote.exact,
  note: [h.note, ...h.tags].join(' '),
});

/**
 * Full-text search over titles, article texts, highlights and notes, kept in the background's
 * memory (MiniSearch; ADR in ARCHITECTURE.md "Search"). Built lazily on the first search, then
 * caught up incrementally: new articles by id, highlights by `updatedAt`. Hits whose records
 * are gone are dropped when answered, so deletions never show.
 */
export class ArchiveSearch {
  #index: MiniSearch<SearchDoc> | null = null;
  #lastArticleId = 0;
  #highlightsSince = -1;
  #catchingUp: Promise<void> | null = null;

  constructor(private readonly db: ArchiveDb) {}

  /** Forget the index (after an import or a wipe); the next search rebuilds it. */
  reset(): void {
    this.#index = null;
    this.#lastArticleId = 0;
    this.#highlightsSince = -1;
  }

  /** Makes the index current; concurrent callers share one pass. */
  catchUp(): Promise<void> {
    this.#catchingUp ??= this.#catchUp().finally(() => {
      this.#catchingUp = null;
    });
    return this.#catchingUp;
  }

  async #catchUp(): Promise<void> {
    if (!this.#index) this.#index = newIndex();
    const index = this.#index;
    for (;;) {
      const articles = await this.db.articles
        .where('id')
        .above(this.#lastArticleId)
        .limit(PAGE)
        .toArray();
      if (articles.length === 0) break;
      const texts = await this.db.articleTexts.bulkGet(articles.map((a) => a.id));
      const docs = articles.map((a, i) => ({
        id: `a:${a.id}`,
        title: a.title,
        text: (texts[i]?.text ?? a.excerpt ?? '').slice(0, INDEXED_TEXT),
        note: '',
      }));
      for (const doc of docs) if (index.has(doc.id)) index.discard(doc.id);
      index.addAll(docs);
      this.#lastArticleId = articles[articles.length - 1]?.id ?? this.#lastArticleId;
    }
    const changed = await highlightsChangedSince(this.db, this.#highlightsSince);
    for (const h of changed) {
      const doc = highlightDoc(h);
      if (index.has(doc.id)) index.discard(doc.id);
      index.add(doc);
      this.#highlightsSince = Math.max(this.#highlightsSince, h.updatedAt);
    }
  }

  /** Drops a forgotten article at once (its hit would be filtered anyway). */
  removeArticle(id: number): void {
    if (this.#index?.has(`a:${id}`)) this.#index.discard(`a:${id}`);
  }

  /** The best hits for a query, with snippets; `total` counts every match. */
  async search(query: string, limit: number): Promise<{ hits: SearchHit[]; total: number }> {
    await this.catchUp();
    const index = this.#index;
    if (!index || query.trim().length === 0) return { hits: [], total: 0 };
    const results = index.search(query);
    const top = results.slice(0, limit);
    const articleIds = top.flatMap((r) =>
      String(r.id).startsWith('a:') ? [Number(String(r.id).slice(2))] : [],
    );
    const highlightIds = top.flatMap((r) =>
      String(r.id).startsWith('h:') ? [String(r.id).slice(2)] : [],
    );
    const [articles, texts, highlights] = await Promise.all([
      this.db.articles.bulkGet(articleIds),
      this.db.articleTexts.bulkGet(articleIds),
      this.db.highlights.bulkGet(highlightIds),
    ]);
    const byArticle = new Map<number, { article: ArticleRecord; text: string }>();
    articles.forEach((article, i) => {
      if (article) byArticle.set(article.id, { article, text: texts[i]?.text ?? '' });
    });
    const byHighlight = new Map(highlights.filter((h) => h !== undefined).map((h) => [h.id, h]));
    const hits: SearchHit[] = [];
    for (const result of top) {
      const id = String(result.id);
      const terms = [...result.terms, ...result.queryTerms];
      if (id.startsWith('a:')) {
        const found = byArticle.get(Number(id.slice(2)));
        if (!found) continue;
        const { article, text } = found;
        hits.push({
          kind: 'article',
          key: id,
          url: article.url,
          title: article.title,
          siteName: article.siteName,
          time: article.time,
          snippet: snippet(text.slice(0, INDEXED_TEXT) || article.excerpt || '', terms),
          note: null,
        });
      } else {
        const h = byHighlight.get(id.slice(2));
        if (!h) continue;
        hits.push({
          kind: 'highlight',
          key: id,
          url: h.url,
          title: h.title,
          siteName: h.siteName,
          time: h.updatedAt,
          snippet: snippet(h.quote.exact, terms),
          note: h.note ? h.note.slice(0, 2_000) : null,
        });
      }
    }
    return { hits, total: results.length };
  }
}
