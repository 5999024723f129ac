import { hrefOf } from '../lib/library/routes.ts';
import { safeHref } from '../lib/url/safe-href.ts';
import { HighlightRow } from './HighlightRow.tsx';
import { RelatedList } from './RelatedList.tsx';
import { useAsk, useLoad } from './use-ask.ts';

/** The library's view of one page: for pages that cannot show the sidebar (PDFs, browser pages). */
export function PageInLibrary({ url }: { readonly url: string }) {
  const ask = useAsk();
  const [page] = useLoad(() => ask({ type: 'library/page', url }), url);
  const href = safeHref(url);
  return (
    <section aria-labelledby="page-heading" data-testid="library-page-view">
      <h2 id="page-heading">Related coverage for this page</h2>
      <p class="bs-muted">
        {href ? <a href={href}>{url}</a> : url || 'A page Backstory cannot read.'}
      </p>
      {page.status === 'error' && (
        <p class="bs-error" role="alert">
          {page.message}
        </p>
      )}
      {page.status === 'ready' && !page.value.article && (
        <p class="bs-muted" data-testid="page-not-archived">
          This page is not in your archive. Search it instead:{' '}
          <a href={hrefOf({ view: 'search', query: '' })}>search everything</a>.
        </p>
      )}
      {page.status === 'ready' && page.value.article && (
        <>
          <p class="bs-title">{page.value.article.title}</p>
          <ul class="bs-chips">
            {page.value.article.orgs.map((o) => (
              <li key={o.id} class="bs-chip">
                <a href={hrefOf({ view: 'company', orgId: o.id })}>{o.id.replace(/^d:/, '')}</a>
              </li>
            ))}
          </ul>
          {page.value.related && page.value.related.stories.length > 0 && (
            <>
              <h3>Related stories</h3>
              <RelatedList
                items={page.value.related.stories}
                now={Date.now()}
                testId="related-item"
              />
            </>
          )}
          {page.value.related && page.value.related.takes.length > 0 && (
            <>
              <h3>Earlier analyst takes</h3>
              <RelatedList items={page.value.related.takes} now={Date.now()} testId="take-item" />
            </>
          )}
        </>
      )}
      {page.status === 'ready' && page.value.highlights.length > 0 && (
        <>
          <h3>Your highlights on this page</h3>
          <ul class="bs-history">
            {page.value.highlights.map((h) => (
              <HighlightRow key={h.id} highlight={h} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
