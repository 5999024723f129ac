import { describe, expect, it } from 'vitest';
import { highlightsToMarkdown, highlightsToWebAnnotations } from '../../lib/highlights/export.ts';
import type { HighlightDraft } from '../../lib/highlights/messages.ts';
import { dispatch } from '../../lib/messaging/dispatch.ts';
import { createHandlers } from '../../lib/messaging/handlers.ts';
import {
  type RequestOf,
  type RequestType,
  type ResponseOf,
  responseSchemas,
} from '../../lib/messaging/protocol.ts';
import type { SenderInfo } from '../../lib/messaging/sender.ts';
import { freshDb } from '../support/fresh-db.ts';
import { analyzeHtml, DEMO_ORIGIN, demoHtml } from '../support/demo-pages.ts';

const own = { id: 'backstory-id', origin: 'chrome-extension://backstory-id/' };
const contentSender: SenderInfo = {
  id: own.id,
  url: 'https://x.example/a',
  tab: { id: 3 },
  frameId: 0,
};
const pageSender: SenderInfo = {
  id: 'other-extension',
  url: 'https://x.example/a',
  tab: { id: 3 },
  frameId: 0,
};

function setup() {
  const db = freshDb();
  let clock = 1_000_000;
  const handlers = createHandlers({
    db,
    tabs: { set: async () => undefined, get: async () => undefined },
    now: () => (clock += 1_000),
    analyze: analyzeHtml,
    badge: async () => undefined,
  });
  const ask = async <T extends RequestType>(
    type: T,
    body: Omit<RequestOf<T>, 'type'>,
  ): Promise<ResponseOf<T>> => {
    const result = await dispatch({ type, ...body }, contentSender, own, handlers);
    if (!result.ok) throw new Error(result.error);
    return responseSchemas[type].parse(result.value) as ResponseOf<T>;
  };
  return { db, handlers, ask };
}

const CIRCUIT = `${DEMO_ORIGIN}/circuit-ledger/amazon-backs-odyssey-world-models.html`;
const draft = (overrides: Partial<HighlightDraft> = {}): HighlightDraft => ({
  id: crypto.randomUUID(),
  url: CIRCUIT,
  urlVariants: [`${CIRCUIT}?utm_source=feed`],
  title: 'Amazon backs a world-model startup',
  siteName: 'The Circuit Ledger',
  quote: {
    exact: 'Amazon is putting money into Odyssey, a startup developing world models',
    prefix: '',
    suffix: ', AI systems that learn',
  },
  position: { start: 100, end: 172 },
  color: 'fact',
  tags: ['world-models'],
  note: 'The infrastructure-over-models thesis again: Anthropic and OpenAI stay ahead.',
  state: 'anchored',
  ...overrides,
});

describe('highlight storage', () => {
  it('saves with URL keys and the organisations named, lists by any URL variant', async () => {
    const { ask } = setup();
    const { highlight } = await ask('content/highlight-save', { highlight: draft() });
    expect(highlight.urlKeys.length).toBeGreaterThanOrEqual(1);
    expect(highlight.orgIds).toEqual(expect.arrayContaining(['amazon', 'anthropic', 'openai']));
    const { highlights } = await ask('content/highlights-for-page', {
      url: `${CIRCUIT}#section`,
      urlVariants: [],
    });
    expect(highlights.map((h) => h.id)).toEqual([highlight.id]);
  });

  it('refuses bad drafts with a message and stores nothing', async () => {
    const { db, handlers } = setup();
    const empty = await dispatch(
      {
        type: 'content/highlight-save',
        highlight: { ...draft(), quote: { exact: '', prefix: '', suffix: '' } },
      },
      contentSender,
      own,
      handlers,
    );
    expect(empty.ok).toBe(false);
    const huge = await dispatch(
      {
        type: 'content/highlight-save',
        highlight: draft({ quote: { exact: 'x'.repeat(100_000), prefix: '', suffix: '' } }),
      },
      contentSender,
      own,
      handlers,
    );
    expect(huge.ok).toBe(false);
    const forged = await dispatch(
      { type: 'content/highlight-save', highlight: draft() },
      pageSender,
      own,
      handlers,
    );
    expect(forged.ok).toBe(false);
    expect(await db.highlights.count()).toBe(0);
  });

  it('keeps orphans, updates notes and undoes a delete by saving again', async () => {
    const { db, ask } = setup();
    const { highlight } = await ask('content/highlight-save', { highlight: draft() });
    await ask('content/highlights-checked', {
      results: [{ id: highlight.id, state: 'orphan', position: null }],
    });
    const orphan = await db.highlights.get(highlight.id);
    expect(orphan?.state).toBe('orphan');
    expect(orphan?.position).toEqual(highlight.position);
    const updated = await ask('content/highlight-update', {
      id: highlight.id,
      note: 'Only Amazon matters here.',
    });
    expect(updated.highlight.orgIds).toContain('amazon');
    const { deleted } = await ask('content/highlight-delete', { id: highlight.id });
    if (!deleted) throw new Error('nothing deleted');
    expect(await db.highlights.count()).toBe(0);
    const {
      urlKeys: _k,
      articleId: _a,
      orgIds: _o,
      updatedAt: _u,
      checkedAt: _c,
      ...rest
    } = deleted;
    await ask('content/highlight-save', { highlight: { ...rest, urlVariants: [] } });
    const restored = await db.highlights.get(highlight.id);
    expect(restored?.createdAt).toBe(highlight.createdAt);
    expect(restored?.note).toBe('Only Amazon matters here.');
  });

  it('shows notes as earlier takes on a related article that shares organisations', async () => {
    const { ask } = setup();
    await ask('content/highlight-save', { highlight: draft() });
    const path = 'northwind-wire/amazon-odyssey-investment.html';
    const { backstory } = await ask('content/analyze-page', {
      url: `${DEMO_ORIGIN}/${path}`,
      html: demoHtml(path),
    });
    const note = backstory?.related.takes.find((t) => t.note);
    expect(note?.note?.quote).toContain('Amazon is putting money into Odyssey');
    expect(note?.url).toBe(CIRCUIT);
    expect(note?.reason).toMatch(/Your note · names .*Amazon/);
    // Not on its own page.
    const self = await ask('content/analyze-page', {
      url: CIRCUIT,
      html: demoHtml('circuit-ledger/amazon-backs-odyssey-world-models.html'),
    });
    expect(self.backstory?.related.takes.some((t) => t.note)).toBe(false);
  });

  it('exports Markdown and W3C Web Annotations', async () => {
    const { ask } = setup();
    const { highlight } = await ask('content/highlight-save', { highlight: draft() });
    const md = await ask('content/highlights-export', {
      url: CIRCUIT,
      urlVariants: [],
      format: 'markdown',
    });
    expect(md.filename).toMatch(/\.md$/);
    expect(md.text).toContain('## [Amazon backs a world-model startup](<');
    expect(md.text).toContain('> Amazon is putting money into Odyssey');
    expect(md.text).toMatch(/#Amazon/);
    expect(md.text).toContain('The infrastructure-over-models thesis again');
    const ld = await ask('content/highlights-export', {
      url: CIRCUIT,
      urlVariants: [],
      format: 'web-annotation',
    });
    const doc = JSON.parse(ld.text);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.first.items[0].target.selector[0]).toMatchObject({
      type: 'TextQuoteSelector',
      exact: highlight.quote.exact,
    });
    expect(doc.first.items[0].motivation).toBe('commenting');
  });

  it('keeps Markdown from breaking out of a quote', () => {
    const md = highlightsToMarkdown([
      {
        ...draft({
          quote: {
            exact: 'line one\n# not a heading [x](javascript:alert(1))',
            prefix: '',
            suffix: '',
          },
        }),
        urlKeys: ['k'],
        articleId: null,
        orgIds: [],
        createdAt: 0,
        updatedAt: 0,
        checkedAt: 0,
      },
    ]);
    expect(md).toContain('> \\# not a heading \\[x\\](javascript:alert(1))');
    expect(highlightsToWebAnnotations([]).total).toBe(0);
  });
});
