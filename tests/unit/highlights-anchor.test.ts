import { describe as group, expect, it } from 'vitest';
import { MAX_QUOTE } from '../../lib/archive/highlight.ts';
import { anchorQuote } from '../../lib/highlights/anchor.ts';
import { MAX_QUOTE_CHARS } from '../../lib/highlights/limits.ts';
import { describe } from '../../lib/highlights/selectors.ts';
import {
  buildTextMap,
  normalizeText,
  offsetOf,
  pointsFor,
  textOf,
} from '../../lib/highlights/text-map.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

const page = (body: string) =>
  parseHtml(`<!doctype html><html><body>${body}</body></html>`, 'https://example.test/a');

const ARTICLE = `<article><h1>Amazon backs a world-model startup</h1>
<p>Amazon said on Tuesday that it would   invest in Odyssey,
a startup developing world models, as it admits its own model lags.</p>
<p>The company did not say how much it put in. Analysts called it a hedge.</p>
<script>var ignored = "Amazon";</script>
<p>Odyssey was founded in 2023 and trains models on video.</p></article>`;

group('text map', () => {
  it('collapses whitespace, separates blocks and skips scripts', () => {
    const map = buildTextMap(page(ARTICLE).body);
    expect(map.text).toContain('it would invest in Odyssey, a startup developing');
    expect(map.text).toContain('model lags. The company');
    expect(map.text).not.toContain('ignored');
  });

  it('maps offsets to a DOM range with the same text and back', () => {
    const map = buildTextMap(page(ARTICLE).body);
    const start = map.text.indexOf('invest in Odyssey');
    const end = map.text.indexOf('world models') + 'world models'.length;
    const points = pointsFor(map, start, end);
    if (!points) throw new Error('no points');
    expect(points.startNode.data.slice(points.startOffset)).toMatch(/^invest in Odyssey/);
    expect(points.endNode.data.slice(0, points.endOffset)).toMatch(/world models$/);
    expect(offsetOf(map, points.startNode, points.startOffset)).toBe(start);
    expect(offsetOf(map, points.endNode, points.endOffset)).toBe(end);
    expect(textOf(map, points)).toBe('invest in Odyssey, a startup developing world models');
  });

  it('leaves out our own UI', () => {
    const map = buildTextMap(
      page(`<p>Real text.</p><div data-backstory-ui>Save highlight</div>`).body,
    );
    expect(map.text).toBe('Real text.');
  });
});

group('selectors', () => {
  it('trims the quote and keeps context on both sides', () => {
    const text = 'Alpha beta gamma delta epsilon.';
    const d = describe(text, 5, 17);
    expect(d?.quote).toEqual({ exact: 'beta gamma', prefix: 'Alpha ', suffix: ' delta epsilon.' });
    expect(d?.position).toEqual({ start: 6, end: 16 });
  });

  it('caps selections at the length the record accepts', () => {
    expect(MAX_QUOTE_CHARS).toBe(MAX_QUOTE);
  });

  it('refuses a selection of only whitespace', () => {
    expect(describe('a    b', 1, 2)).toBeNull();
  });
});

group('anchoring', () => {
  const text = normalizeText(buildTextMap(page(ARTICLE).body).text);
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    const d = describe(text, start, start + quote.length);
    if (!d) throw new Error('no selector');
    return d;
  };

  it('uses the stored position when the quote is still there', () => {
    const d = at('Analysts called it a hedge.');
    expect(anchorQuote(text, d.quote, d.position)).toMatchObject({
      how: 'position',
      start: d.position.start,
    });
  });

  it('finds the quote again after text was inserted before it', () => {
    const d = at('Analysts called it a hedge.');
    const edited = `A new paragraph about something else entirely. ${text}`;
    const found = anchorQuote(edited, d.quote, d.position);
    expect(found?.how).toBe('exact');
    expect(edited.slice(found?.start, found?.end)).toBe('Analysts called it a hedge.');
  });

  it('finds the quote after a typo inside it was fixed', () => {
    const typo = text.replace('did not say how', 'did not sya how');
    const d = (() => {
      const start = typo.indexOf('The company did not sya how much');
      return describe(typo, start, start + 'The company did not sya how much it put in.'.length);
    })();
    if (!d) throw new Error('no selector');
    const found = anchorQuote(text, d.quote, d.position);
    expect(found?.how).toBe('fuzzy');
    expect(text.slice(found?.start, found?.end)).toBe(
      'The company did not say how much it put in.',
    );
  });

  it('picks the occurrence whose context matches', () => {
    const twice = 'First, the deal closed. Later, the deal closed. Finally done.';
    const second = twice.lastIndexOf('the deal closed');
    const d = describe(twice, second, second + 'the deal closed'.length);
    if (!d) throw new Error('no selector');
    const found = anchorQuote(twice, d.quote, null);
    expect(found?.start).toBe(second);
  });

  it('orphans a short quote whose paragraph is gone even if the words appear elsewhere', () => {
    const original =
      'Intro text here. The board met on Friday to approve it. Other news: the board met on Monday.';
    const start = original.indexOf('The board met');
    const d = describe(original, start, start + 'The board met'.length);
    if (!d) throw new Error('no selector');
    const edited =
      'Intro changed entirely now. Other stories: nothing to see; the board met on Monday.';
    expect(anchorQuote(edited, d.quote, d.position)).toBeNull();
  });

  it('orphans a quote whose text was removed', () => {
    const d = at('Odyssey was founded in 2023 and trains models on video.');
    const edited = text.replace('Odyssey was founded in 2023 and trains models on video.', '');
    expect(anchorQuote(edited, d.quote, d.position)).toBeNull();
  });

  it('anchors a selector made on the live page in the Readability text', () => {
    const d = at('invest in Odyssey, a startup developing world models');
    const readabilityText =
      'Amazon said on Tuesday that it would invest in Odyssey,\n  a startup developing world models, as it admits its own model lags.';
    const found = anchorQuote(normalizeText(readabilityText), d.quote, d.position);
    expect(found).not.toBeNull();
  });
});
