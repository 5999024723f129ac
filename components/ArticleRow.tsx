import type { ArticleRecord } from '../lib/archive/article.ts';
import { safeHref } from '../lib/url/safe-href.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface ArticleRowProps {
  readonly article: Pick<ArticleRecord, 'url' | 'title' | 'siteName' | 'time' | 'genre' | 'read'>;
}

/** One archived article: its link (http(s) only), outlet, date and genre. */
export function ArticleRow({ article }: ArticleRowProps) {
  const href = safeHref(article.url);
  return (
    <li class="bs-history-item" data-testid="history-item">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {article.title}
        </a>
      ) : (
        <span>{article.title}</span>
      )}
      <span class="bs-muted">
        {article.siteName} · {dateFormat.format(article.time)} · {article.genre}
        {article.read ? '' : ' · unread'}
      </span>
    </li>
  );
}
