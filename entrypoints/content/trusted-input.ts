/**
 * Events a page script can fake on our UI: `element.click()`, `dispatchEvent(new KeyboardEvent…)`.
 * Only the reader's own input is trusted by the browser (`isTrusted`), so everything else is
 * stopped at the root of our UI, in the capture phase, before any of our handlers or a link's
 * default action sees it. A page cannot save, forget, pause or follow a link in our name.
 */
const GUARDED = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

export function refuseUntrustedInput(root: EventTarget, signal?: AbortSignal): void {
  const refuse = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED) root.addEventListener(type, refuse, { capture: true, signal });
}
