import { useEffect, useState } from 'preact/hooks';
import type { HighlightColor } from '../lib/archive/highlight.ts';

/** The colours offered, with what each means to the reader. */
export const TOOLBAR_COLORS: readonly { color: HighlightColor; label: string }[] = [
  { color: 'fact', label: 'Fact' },
  { color: 'claim', label: 'Claim' },
  { color: 'question', label: 'Question' },
];

export interface ToolbarHighlight {
  readonly id: string;
  readonly note: string;
  readonly color: HighlightColor;
  readonly tags: readonly string[];
}

export interface HighlightChoice {
  readonly color: HighlightColor;
  readonly tags: string[];
  readonly note: string;
}

/** Where the toolbar stands and what it offers. */
export type ToolbarView =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'create'; readonly x: number; readonly y: number; readonly withNote?: boolean }
  | {
      readonly kind: 'view';
      readonly x: number;
      readonly y: number;
      readonly highlight: ToolbarHighlight;
    }
  | {
      readonly kind: 'message';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly undo?: boolean;
    };

export interface HighlightToolbarProps {
  readonly view: ToolbarView;
  readonly onHighlight: (choice: HighlightChoice) => void;
  readonly onUpdate: (id: string, choice: HighlightChoice) => void;
  readonly onDelete: (id: string) => void;
  readonly onUndo: () => void;
  readonly onClose: () => void;
}

const parseTags = (text: string) =>
  [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().slice(0, 60))
        .filter(Boolean),
    ),
  ].slice(0, 20);

/**
 * The small toolbar by a selection (Highlight, Note, colours, tags) and the popover of a painted
 * highlight (its note; edit, delete with undo). Text from the page and the reader is text only.
 */
export function HighlightToolbar({
  view,
  onHighlight,
  onUpdate,
  onDelete,
  onUndo,
  onClose,
}: HighlightToolbarProps) {
  const initial = view.kind === 'view' ? view.highlight : null;
  const [color, setColor] = useState<HighlightColor>(initial?.color ?? 'fact');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const [editing, setEditing] = useState(view.kind === 'create' && view.withNote === true);
  useEffect(() => {
    setColor(initial?.color ?? 'fact');
    setTags(initial?.tags.join(', ') ?? '');
    setNote(initial?.note ?? '');
    setEditing(view.kind === 'create' && view.withNote === true);
  }, [view]);
  if (view.kind === 'hidden') return null;
  const style = { left: `${Math.max(4, view.x)}px`, top: `${Math.max(4, view.y)}px` };
  if (view.kind === 'message') {
    return (
      <div class="bs-hl-bar" style={style} role="status" data-testid="highlight-message">
        <span>{view.text}</span>
        {view.undo && (
          <button type="button" class="bs-hl-button" data-testid="highlight-undo" onClick={onUndo}>
            Undo
          </button>
        )}
        <button type="button" class="bs-hl-close" aria-label="Dismiss" onClick={onClose}>
          ×
        </button>
      </div>
    );
  }
  const choice = (): HighlightChoice => ({ color, tags: parseTags(tags), note: note.trim() });
  const colours = (
    <fieldset class="bs-hl-colors" aria-label="Highlight colour">
      {TOOLBAR_COLORS.map((c) => (
        <button
          key={c.color}
          type="button"
          aria-pressed={color === c.color}
          class={`bs-hl-swatch bs-hl-${c.color}`}
          data-testid={`color-${c.color}`}
          aria-label={c.label}
          title={c.label}
          onClick={() => setColor(c.color)}
        />
      ))}
    </fieldset>
  );
  const editor = (
    <div class="bs-hl-editor">
      <textarea
        class="bs-hl-note"
        data-testid="note-input"
        aria-label="Note"
        placeholder="Your note"
        maxLength={20_000}
        value={note}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
      />
      <input
        class="bs-hl-tags"
        data-testid="tags-input"
        aria-label="Tags, separated by commas"
        placeholder="tags, comma separated"
        value={tags}
        onInput={(e) => setTags((e.target as HTMLInputElement).value)}
      />
    </div>
  );
  if (view.kind === 'create') {
    return (
      <div
        class="bs-hl-bar"
        style={style}
        data-testid="highlight-toolbar"
        role="toolbar"
        aria-label="Highlight"
      >
        {colours}
        {editing && editor}
        <button
          type="button"
          class="bs-hl-button"
          data-testid="highlight-button"
          onClick={() => onHighlight(choice())}
        >
          {editing ? 'Save' : 'Highlight'}
        </button>
        {!editing && (
          <button
            type="button"
            class="bs-hl-button"
            data-testid="note-button"
            onClick={() => setEditing(true)}
          >
            Note
          </button>
        )}
        <button type="button" class="bs-hl-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
    );
  }
  const { highlight } = view;
  return (
    <div
      class="bs-hl-bar bs-hl-popover"
      style={style}
      data-testid="highlight-popover"
      role="dialog"
      aria-label="Highlight"
    >
      {editing ? (
        <>
          {colours}
          {editor}
          <button
            type="button"
            class="bs-hl-button"
            data-testid="note-save"
            onClick={() => onUpdate(highlight.id, choice())}
          >
            Save
          </button>
        </>
      ) : (
        <>
          <p class="bs-hl-note-text" data-testid="highlight-note">
            {highlight.note || 'No note yet.'}
          </p>
          {highlight.tags.length > 0 && (
            <p class="bs-hl-tag-list">{highlight.tags.map((t) => `#${t}`).join(' ')}</p>
          )}
          <button
            type="button"
            class="bs-hl-button"
            data-testid="note-edit"
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
          <button
            type="button"
            class="bs-hl-button"
            data-testid="highlight-delete"
            onClick={() => onDelete(highlight.id)}
          >
            Delete
          </button>
        </>
      )}
      <button type="button" class="bs-hl-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
