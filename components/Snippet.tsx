import type { Segment } from '../lib/search/snippet.ts';

/** A search snippet: matched terms in <mark>, every piece a text node (never HTML). */
export function Snippet({ segments }: { readonly segments: readonly Segment[] }) {
  return (
    <p class="bs-snippet" data-testid="search-snippet">
      {segments.map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </p>
  );
}
