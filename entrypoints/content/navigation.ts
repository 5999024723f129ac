import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface NavigationLike extends EventTarget {
  readonly currentEntry: { readonly url: string | null } | null;
}

/**
 * Calls `onChange` when the page moves to another URL without a page load (History API or
 * Navigation API). Chrome's Navigation API tells at once; elsewhere WXT's location watcher polls.
 */
export function watchNavigation(ctx: ContentScriptContext, onChange: () => void): void {
  let last = location.href;
  const check = () => {
    const url = location.href.replace(/#.*$/, '');
    if (url === last.replace(/#.*$/, '')) return;
    last = location.href;
    onChange();
  };
  const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'currententrychange', check);
  else ctx.addEventListener(window, 'wxt:locationchange', check);
  ctx.addEventListener(window, 'popstate', check);
}
