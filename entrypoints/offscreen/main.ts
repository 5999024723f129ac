import { browser } from 'wxt/browser';
import { answerOffscreen } from './answer.ts';

// Ask the browser to keep the archive when disk space runs low (the service worker cannot ask).
void navigator.storage?.persist?.();

// Chrome's offscreen document: the DOM the service worker lacks. It answers only our background.
const own = { id: browser.runtime.id, backgroundUrl: browser.runtime.getURL('/background.js') };
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const answer = answerOffscreen(message, sender, own, (html) =>
    new DOMParser().parseFromString(html, 'text/html'),
  );
  if (!answer) return false;
  sendResponse(answer);
  return false;
});
