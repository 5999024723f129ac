import type { IndexedArticle } from '../related/types.ts';
import type { ArticleRecord } from './article.ts';

/** The engine's view of a stored article. */
export function toIndexed(record: ArticleRecord): IndexedArticle {
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    siteName: record.siteName,
    time: record.time,
    genre: record.genre,
    orgs: record.orgs,
    terms: record.terms,
    storyId: record.storyId,
    read: record.read,
  };
}
