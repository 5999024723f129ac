import Dexie, { type EntityTable } from 'dexie';
import type { ArticleRecord } from './article.ts';
import type { CorrectionRecord } from './correction.ts';
import type { FeedRecord } from './feed.ts';
import type { HighlightRecord } from './highlight.ts';
import type { ArticleText, MetaRecord, OrgRecord } from './org.ts';
import { orgTimesMiddleware } from './org-times.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema.ts';
import type { TermShard } from './term-counts.ts';

export const DB_NAME = 'backstory';

/** The archive database. Opened only in the background: a content script's IndexedDB is the page's. */
export class ArchiveDb extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  articleTexts!: EntityTable<ArticleText, 'id'>;
  orgs!: EntityTable<OrgRecord, 'id'>;
  terms!: EntityTable<TermShard, 'shard'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  highlights!: EntityTable<HighlightRecord, 'id'>;
  feeds!: EntityTable<FeedRecord, 'id'>;
  corrections!: EntityTable<CorrectionRecord, 'id'>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    this.use(orgTimesMiddleware);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
