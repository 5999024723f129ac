/** The library page's hash routes: `#/search?q=…`, `#/company/<id>`, `#/page?url=…`… */
export type LibraryRoute =
  | { readonly view: 'history' }
  | { readonly view: 'search'; readonly query: string }
  | { readonly view: 'companies' }
  | { readonly view: 'company'; readonly orgId: string }
  | { readonly view: 'highlights' }
  | { readonly view: 'page'; readonly url: string }
  | { readonly view: 'related'; readonly text: string }
  | { readonly view: 'backup' }
  | { readonly view: 'settings' }
  /** A section another feature adds (feeds…), by its id. */
  | { readonly view: 'section'; readonly id: string };

const SIMPLE = ['history', 'companies', 'highlights', 'backup', 'settings'] as const;

/** Parses a location hash; anything unknown is the reading history. */
export function parseRoute(hash: string): LibraryRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const [head = '', ...rest] = path.split('/');
  const tail = (() => {
    try {
      return decodeURIComponent(rest.join('/'));
    } catch {
      return '';
    }
  })();
  if (head === 'search') return { view: 'search', query: params.get('q') ?? '' };
  if (head === 'company' && tail) return { view: 'company', orgId: tail };
  if (head === 'page') return { view: 'page', url: params.get('url') ?? '' };
  if (head === 'related') return { view: 'related', text: params.get('text') ?? '' };
  if (head === 'section' && tail) return { view: 'section', id: tail };
  const simple = SIMPLE.find((name) => name === head);
  return simple ? { view: simple } : { view: 'history' };
}

/** The hash of a route. */
export function hrefOf(route: LibraryRoute): string {
  switch (route.view) {
    case 'search':
      return `#/search?q=${encodeURIComponent(route.query)}`;
    case 'company':
      return `#/company/${encodeURIComponent(route.orgId)}`;
    case 'page':
      return `#/page?url=${encodeURIComponent(route.url)}`;
    case 'related':
      return `#/related?text=${encodeURIComponent(route.text)}`;
    case 'section':
      return `#/section/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.view}`;
  }
}
