import type { SenderContext } from './protocol.ts';

/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: { readonly id?: number; readonly incognito?: boolean };
  readonly frameId?: number;
}

export interface OwnExtension {
  readonly id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly origin: string;
}

/**
 * Classifies a sender: our own extension pages, our content script in a web page's top frame, or
 * nothing we answer (other extensions, web pages, subframes).
 */
export function classifySender(sender: SenderInfo, own: OwnExtension): SenderContext | null {
  if (sender.id !== own.id || !sender.url) return null;
  if (sender.url.startsWith(own.origin)) return 'extension-page';
  const isWebPage = /^https?:\/\//i.test(sender.url);
  if (isWebPage && sender.tab?.id !== undefined && sender.frameId === 0) return 'content-script';
  return null;
}
