import { build } from 'esbuild';
import { expect, test } from './fixtures.ts';

/** The painter and the anchoring core as one page script, to test the `<mark>` fallback. */
async function painterBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { createPainter } from './entrypoints/content/highlights/painter.ts';",
        "import { buildTextMap, pointsFor, toRange } from './lib/highlights/text-map.ts';",
        'window.__painter = { createPainter, buildTextMap, pointsFor, toRange };',
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]?.text ?? '';
}

test('without the Custom Highlight API, marks paint the passages and leave the page as it was', async ({
  page,
}) => {
  await page.setContent(
    '<article><p>Amazon is putting <em>money</em> into Odyssey, a startup.</p><p>Its round was led by the Alexa Fund.</p></article>',
  );
  await page.addScriptTag({ content: await painterBundle() });
  const outcome = await page.evaluate(() => {
    type Api = {
      createPainter(doc?: Document): {
        usesMarks: boolean;
        paint(items: { id: string; color: 'fact' | 'claim'; range: Range }[]): void;
        clear(): void;
      };
      buildTextMap(root: Node): { text: string };
      pointsFor(map: object, start: number, end: number): object | null;
      toRange(points: object, doc: Document): Range;
    };
    const api = (window as unknown as { __painter: Api }).__painter;
    // A browser without the API (older Firefox): the painter must fall back to marks.
    Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
    const before = document.body.innerHTML;
    const map = api.buildTextMap(document.body);
    const range = (quote: string) => {
      const start = map.text.indexOf(quote);
      const points = api.pointsFor(map, start, start + quote.length);
      if (!points) throw new Error(`no points for ${quote}`);
      return api.toRange(points, document);
    };
    const painter = api.createPainter(document);
    painter.paint([
      { id: 'a', color: 'fact', range: range('putting money into Odyssey') },
      { id: 'b', color: 'claim', range: range('led by the Alexa') },
    ]);
    const marks = [...document.querySelectorAll('mark[data-backstory-mark]')].map(
      (m) => `${m.getAttribute('data-backstory-mark')}:${m.textContent}`,
    );
    const text = document.body.textContent;
    painter.clear();
    return {
      usesMarks: painter.usesMarks,
      marks,
      textUnchanged: text === document.body.textContent,
      restored: document.body.innerHTML === before,
    };
  });
  expect(outcome.usesMarks).toBe(true);
  expect(outcome.marks).toEqual(['a:putting ', 'a:money', 'a: into Odyssey', 'b:led by the Alexa']);
  expect(outcome.textUnchanged).toBe(true);
  expect(outcome.restored).toBe(true);
});
