import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SHADOW_MODE } from './shadow-mode.ts';
import { refuseUntrustedInput } from './trusted-input.ts';

/** Marks our UI's host elements (their tag names are random); the page's own code skips them. */
export const HOST_ATTRIBUTE = 'data-backstory-ui';

/**
 * A piece of Backstory's UI in a page (the tab and sidebar, the highlight toolbar): a shadow root,
 * closed in shipped builds, at the end of `<body>`, whose host has a name the page cannot predict
 * (a page that defined our element's name first would otherwise own the host: its constructor
 * runs) and which ignores input a page script makes up. `onMount` gets the container Preact
 * renders into; removing the UI unmounts what was rendered.
 */
export function createUiHost(
  ctx: ContentScriptContext,
  css: string,
  onMount: (container: HTMLElement) => void,
) {
  return createShadowRootUi(ctx, {
    mode: SHADOW_MODE,
    name: `backstory-${crypto.randomUUID().slice(0, 8)}`,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount: (root, _shadow, host) => {
      host.setAttribute(HOST_ATTRIBUTE, '');
      refuseUntrustedInput(root);
      onMount(root);
      return root;
    },
    onRemove: (root) => {
      if (root) render(null, root);
    },
  });
}
