/**
 * An in-memory `CandidateSource` over an array of articles, for tests and `npm run eval`. Its
 * answers are bounded like the Dexie one's: per organisation newest first with a limit (the
 * [orgId+time] index read backwards), per key term highest id first with a limit (a multiEntry
 * index read backwards), frequencies from counters.
 */
import { keyTerms } from './terms.ts';
import type { CandidateSource, IndexedArticle } from './types.ts';

function push(index: Map<string, IndexedArticle[]>, key: string, article: IndexedArticle): void {
  const list = index.get(key);
  if (list) list.push(article);
  else index.set(key, [article]);
}

export class MemorySource implements CandidateSource {
  readonly #byId = new Map<number, IndexedArticle>();
  /** Organisation id → its articles, newest first. */
  readonly #orgIndex = new Map<string, IndexedArticle[]>();
  /** Key term → its articles, highest id first. */
  readonly #termIndex = new Map<string, IndexedArticle[]>();
  /** Term → number of articles whose stored vector has it. */
  readonly #termCounts = new Map<string, number>();

  constructor(articles: readonly IndexedArticle[]) {
    for (const article of articles) {
      this.#byId.set(article.id, article);
      for (const id of new Set(article.orgs.map((o) => o.id))) push(this.#orgIndex, id, article);
      for (const term of keyTerms(article.terms)) push(this.#termIndex, term, article);
      for (const [term] of article.terms) {
        this.#termCounts.set(term, (this.#termCounts.get(term) ?? 0) + 1);
      }
    }
    for (const list of this.#orgIndex.values()) list.sort((a, b) => b.time - a.time || b.id - a.id);
    for (const list of this.#termIndex.values()) list.sort((a, b) => b.id - a.id);
  }

  async count(): Promise<number> {
    return this.#byId.size;
  }

  async byOrg(orgId: string, limit: number): Promise<number[]> {
    return (this.#orgIndex.get(orgId) ?? []).slice(0, Math.max(0, limit)).map((a) => a.id);
  }

  async byTerm(term: string, limit: number): Promise<number[]> {
    return (this.#termIndex.get(term) ?? []).slice(0, Math.max(0, limit)).map((a) => a.id);
  }

  async get(ids: readonly number[]): Promise<IndexedArticle[]> {
    const found: IndexedArticle[] = [];
    for (const id of ids) {
      const article = this.#byId.get(id);
      if (article) found.push(article);
    }
    return found;
  }

  async orgFrequency(orgIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return new Map(orgIds.map((id) => [id, this.#orgIndex.get(id)?.length ?? 0]));
  }

  async termFrequency(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return new Map(terms.map((term) => [term, this.#termCounts.get(term) ?? 0]));
  }
}
