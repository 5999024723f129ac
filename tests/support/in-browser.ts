/**
 * Functions that run inside a browser (handed to Playwright's or puppeteer's `evaluate`): each is
 * self-contained, as only its source reaches the browser.
 */

/**
 * Every record of one archive table, read in the extension's IndexedDB without Dexie. Never
 * creates the database (an upgrade is aborted) and closes its connection, so the background's own
 * open and upgrades are never blocked.
 */
export function readTable<T>(name: string): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        return resolve([]);
      }
      const all = db.transaction(name).objectStore(name).getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result as T[]);
      };
      all.onerror = () => {
        db.close();
        reject(all.error);
      };
    };
  });
}

/**
 * Puts records into one table of the archive (without Dexie), for records another feature
 * writes. The archive must exist already (read an article first); never creates or upgrades it.
 */
export function putRows({ name, rows }: { name: string; rows: object[] }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(name, 'readwrite');
      for (const row of rows) tx.objectStore(name).put(row);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

/** Where a mouse drag selects `quote` in the first paragraph that holds it (scrolled into view). */
export function selectionBox(
  quote: string,
): { x1: number; y1: number; x2: number; y2: number } | null {
  for (const p of document.querySelectorAll('p')) {
    const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent?.includes(quote));
    if (!node) continue;
    const start = (node.textContent ?? '').indexOf(quote);
    const rectOf = (from: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + 1);
      return range.getBoundingClientRect();
    };
    p.scrollIntoView({ block: 'center' });
    const first = rectOf(start);
    const last = rectOf(start + quote.length - 1);
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }
  return null;
}

/** The mouse of a Playwright or a Puppeteer page: both drive it the same way. */
interface Mouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<unknown>;
  down(): Promise<unknown>;
  up(): Promise<unknown>;
}

/** Selects text as a reader does: press at the box's start, drag to its end, release. */
export async function dragSelect(
  mouse: Mouse,
  box: ReturnType<typeof selectionBox>,
  quote: string,
): Promise<void> {
  if (!box) throw new Error(`No paragraph holds "${quote}"`);
  await mouse.move(box.x1, box.y1);
  await mouse.down();
  await mouse.move(box.x2, box.y2, { steps: 8 });
  await mouse.up();
}
