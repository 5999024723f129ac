/**
 * The reader's highlights on one page: loads them, places and paints them (again whenever the
 * page rewrites itself), offers the toolbar on a selection, answers the keyboard command and the
 * context menu, and shows a highlight's note on click. Everything goes when `signal` aborts.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  type HighlightChoice,
  HighlightToolbar,
  type ToolbarView,
} from '../../../components/HighlightToolbar.tsx';
import type { HighlightsSectionProps } from '../../../components/HighlightsSection.tsx';
import type { HighlightRecord } from '../../../lib/archive/highlight.ts';
import type { Described } from '../../../lib/highlights/selectors.ts';
import { isHighlightSelection } from '../../../lib/highlights/to-tab.ts';
import { request, type Send } from '../../../lib/messaging/client.ts';
import { fromOwnBackground } from '../../../lib/messaging/to-tab.ts';
import { type Placement, placeAll } from './anchoring.ts';
import { downloadText } from './download.ts';
import { watchPageChanges } from './page-watch.ts';
import { createPainter } from './painter.ts';
import { readSelection } from './selection.ts';
import css from './toolbar.css?inline';
import { createUiHost, HOST_ATTRIBUTE } from '../ui-host.ts';

export interface HighlightPage {
  readonly url: string;
  readonly urlVariants: readonly string[];
  readonly title: string;
  readonly siteName: string;
}

export interface HighlighterOptions {
  readonly ctx: ContentScriptContext;
  readonly signal: AbortSignal;
  readonly send: Send;
  readonly page: HighlightPage;
  /** The sidebar's section, each time the highlights change. */
  readonly onChange: (section: HighlightsSectionProps) => void;
}

/** The text position under a point: `caretPositionFromPoint` (standard, Firefox) or Chrome's older API. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Room the toolbar needs at most (with the note editor open). */
const TOOLBAR_SPACE = { width: 360, height: 220 };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function startHighlighter({
  ctx,
  signal,
  send,
  page,
  onChange,
}: HighlighterOptions): Promise<void> {
  const urlVariants = page.urlVariants.filter((u) => u !== page.url).slice(0, 9);
  let records: HighlightRecord[] = [];
  let placements: Placement[] = [];
  let view: ToolbarView = { kind: 'hidden' };
  let pending: Described | null = null;
  let deleted: HighlightRecord | null = null;
  let error: string | null = null;
  let container: HTMLElement | undefined;
  const painter = createPainter();

  const section = (): HighlightsSectionProps => ({
    // Reading order; orphans (no place on the page now) after the rest.
    items: [...placements]
      .sort(
        (a, b) => (a.position?.start ?? Number.MAX_VALUE) - (b.position?.start ?? Number.MAX_VALUE),
      )
      .map(({ record, range }) => ({
        id: record.id,
        quote: record.quote.exact,
        note: record.note,
        color: record.color,
        tags: record.tags,
        orphan: range === null,
      })),
    error,
    onDelete: (id) => void remove(id),
    onExport: (format) => {
      request(send, { type: 'content/highlights-export', url: page.url, urlVariants, format }).then(
        ({ filename, mimeType, text }) => downloadText(filename, mimeType, text),
        (e: unknown) => {
          error = `Backstory could not export: ${message(e)}`;
          onChange(section());
        },
      );
    },
  });
  const showToolbar = (wanted: ToolbarView) => {
    // Kept inside the viewport: a selection made by keyboard or script may be scrolled away.
    const next: ToolbarView =
      wanted.kind === 'hidden'
        ? wanted
        : {
            ...wanted,
            x: Math.max(4, Math.min(wanted.x, window.innerWidth - TOOLBAR_SPACE.width)),
            y: Math.max(4, Math.min(wanted.y, window.innerHeight - TOOLBAR_SPACE.height)),
          };
    view = next;
    if (!container && next.kind !== 'hidden') void mountUi();
    if (container) {
      render(
        <HighlightToolbar
          view={view}
          onHighlight={(choice) => void create(choice)}
          onUpdate={(id, choice) => void update(id, choice)}
          onDelete={(id) => void remove(id)}
          onUndo={() => void undo()}
          onClose={() => showToolbar({ kind: 'hidden' })}
        />,
        container,
      );
    }
  };
  const fail = (what: string, e: unknown) => {
    const at = 'x' in view ? view : { x: 16, y: 16 };
    showToolbar({
      kind: 'message',
      x: at.x,
      y: at.y,
      text: `Backstory could not ${what}: ${message(e)}`,
    });
  };

  const watch = watchPageChanges(() => place(false), signal);
  /** Places and paints every highlight; reports the outcome on the first run and on changes. */
  const place = (report: boolean) => {
    painter.clear();
    const before = new Map(placements.map((p) => [p.record.id, p.range !== null]));
    placements = placeAll(records);
    painter.paint(
      placements.flatMap((p) =>
        p.range ? [{ id: p.record.id, color: p.record.color, range: p.range }] : [],
      ),
    );
    watch.ignorePending();
    const changed = placements.filter(
      (p) => report || before.get(p.record.id) !== (p.range !== null),
    );
    if (changed.length > 0) {
      const results = changed.slice(0, 1_000).map((p) => ({
        id: p.record.id,
        state: p.range ? ('anchored' as const) : ('orphan' as const),
        position: p.position,
      }));
      request(send, { type: 'content/highlights-checked', results }).catch(() => undefined);
    }
    onChange(section());
  };

  const create = async (choice: HighlightChoice) => {
    const selected = pending;
    if (!selected) return;
    try {
      const { highlight } = await request(send, {
        type: 'content/highlight-save',
        highlight: {
          id: crypto.randomUUID(),
          url: page.url,
          urlVariants,
          title: page.title,
          siteName: page.siteName,
          quote: selected.quote,
          position: selected.position,
          ...choice,
          state: 'anchored',
        },
      });
      records = [...records, highlight];
      pending = null;
      document.getSelection()?.removeAllRanges();
      place(false);
      showToolbar({ kind: 'hidden' });
    } catch (e) {
      fail('save this highlight', e);
    }
  };
  const update = async (id: string, choice: HighlightChoice) => {
    try {
      const { highlight } = await request(send, {
        type: 'content/highlight-update',
        id,
        ...choice,
      });
      records = records.map((r) => (r.id === id ? highlight : r));
      place(false);
      showToolbar({ kind: 'hidden' });
    } catch (e) {
      fail('update this highlight', e);
    }
  };
  const remove = async (id: string) => {
    try {
      const answer = await request(send, { type: 'content/highlight-delete', id });
      deleted = answer.deleted;
      records = records.filter((r) => r.id !== id);
      place(false);
      const at = 'x' in view ? view : { x: 16, y: 16 };
      showToolbar({
        kind: 'message',
        x: at.x,
        y: at.y,
        text: 'Highlight deleted.',
        undo: deleted !== null,
      });
    } catch (e) {
      fail('delete this highlight', e);
    }
  };
  const undo = async () => {
    const record = deleted;
    if (!record) return;
    const {
      urlKeys: _k,
      articleId: _a,
      orgIds: _o,
      updatedAt: _u,
      checkedAt: _c,
      ...kept
    } = record;
    try {
      const { highlight } = await request(send, {
        type: 'content/highlight-save',
        highlight: { ...kept, urlVariants },
      });
      deleted = null;
      records = [...records, highlight];
      place(false);
      showToolbar({ kind: 'hidden' });
    } catch (e) {
      fail('restore this highlight', e);
    }
  };

  // The toolbar's shadow host is added the first time it is needed: most visits never select.
  let mounting: Promise<void> | null = null;
  const mountUi = () => {
    mounting ??= createUiHost(ctx, css, (root) => {
      container = root;
    }).then((ui) => {
      if (signal.aborted) return;
      ui.mount();
      signal.addEventListener('abort', () => ui.remove());
      showToolbar(view);
    });
    return mounting;
  };
  signal.addEventListener('abort', () => painter.clear());

  const offerToolbar = (event: Event) => {
    if (
      !event.isTrusted ||
      event.composedPath().some((n) => n instanceof Element && n.hasAttribute(HOST_ATTRIBUTE))
    ) {
      return;
    }
    setTimeout(() => {
      const result = readSelection();
      if (result.ok) {
        pending = result.selected;
        showToolbar({ kind: 'create', x: result.rect.left, y: result.rect.bottom + 8 });
      } else if (result.message && result.rect && result.notable) {
        showToolbar({
          kind: 'message',
          x: result.rect.left,
          y: result.rect.bottom + 8,
          text: result.message,
        });
      } else if (result.message) {
        if (view.kind === 'create') showToolbar({ kind: 'hidden' });
      } else if (view.kind === 'create') {
        showToolbar({ kind: 'hidden' });
      } else {
        showClicked(event);
      }
    }, 0);
  };
  const showClicked = (event: Event) => {
    if (!(event instanceof MouseEvent)) return;
    const mark = (event.target as Element | null)?.closest?.('[data-backstory-mark]');
    let hit = mark
      ? placements.find((p) => p.record.id === mark.getAttribute('data-backstory-mark'))
      : undefined;
    if (!hit) {
      const caret = caretAt(event.clientX, event.clientY);
      if (caret) {
        hit = placements.find((p) => {
          try {
            return p.range?.isPointInRange(caret.node, caret.offset) ?? false;
          } catch {
            return false;
          }
        });
      }
    }
    if (hit) {
      const { id, note, color, tags } = hit.record;
      showToolbar({
        kind: 'view',
        x: event.clientX,
        y: event.clientY + 12,
        highlight: { id, note, color, tags },
      });
    } else if (view.kind === 'view') {
      showToolbar({ kind: 'hidden' });
    }
  };
  document.addEventListener('mouseup', offerToolbar, { signal });
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.shiftKey) offerToolbar(event);
      if (event.key === 'Escape' && event.isTrusted && view.kind !== 'hidden')
        showToolbar({ kind: 'hidden' });
    },
    { signal },
  );
  const onMessage = (msg: unknown, sender: { id?: string; tab?: unknown }) => {
    if (!fromOwnBackground(sender, browser.runtime.id) || !isHighlightSelection(msg)) return;
    const result = readSelection();
    if (!result.ok) {
      const at = result.rect ?? { left: 16, bottom: 16 };
      showToolbar({
        kind: 'message',
        x: at.left,
        y: at.bottom + 8,
        text: result.message ?? 'Select a passage to highlight first.',
      });
      return;
    }
    pending = result.selected;
    showToolbar({ kind: 'create', x: result.rect.left, y: result.rect.bottom + 8, withNote: true });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  try {
    records = (
      await request(send, { type: 'content/highlights-for-page', url: page.url, urlVariants })
    ).highlights;
  } catch (e) {
    error = `Backstory could not read your highlights: ${message(e)}`;
  }
  if (signal.aborted) return;
  place(records.length > 0);
}
