/**
 * Synthetic RSS documents for the feeds benchmark: items in the shape outlets publish (title,
 * link, GUID, date, an HTML summary and full content), about two thirds of them AI-industry
 * stories naming registry companies, the rest about other things. Deterministic for a seed.
 */
import { random } from './synthetic-archive.ts';

const COMPANIES = [
  'Nvidia',
  'OpenAI',
  'Microsoft',
  'Anthropic',
  'Amazon',
  'Google',
  'AMD',
  'Meta',
  'Mistral AI',
  'Cohere',
];
const AI_SENTENCES = [
  '{a} said demand for its AI accelerators from cloud providers still outstrips supply.',
  '{a} and {b} agreed a multi-year deal for data-centre compute to train larger models.',
  'Investors valued {a} higher after a funding round driven by enterprise demand for AI agents.',
  '{b} is building a new GPU cluster for inference as usage of large language models grows.',
  'Analysts said {a} faces pressure on margins as training costs for frontier models rise.',
  'The model from {a} beat {b} on coding benchmarks, according to the company.',
];
const OTHER_SENTENCES = [
  'The council approved a new timetable for the harbour ferries this winter.',
  'Rain is expected across the region through the weekend, with wind on the coast.',
  'The museum reopens its east wing after two years of restoration work.',
  'Local bakeries report a busy season as visitors return to the old town.',
  'The football club signed a young midfielder on a three-year contract.',
];

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sta',
  'vor',
  'tek',
  'ul',
  'zan',
  'dri',
  'pe',
  'qua',
  'nor',
  'bel',
];

/** A made-up word (place, product or person names vary from story to story, as in real feeds). */
function word(next: () => number): string {
  const n = 2 + Math.floor(next() * 2);
  return Array.from({ length: n }, () => pick(SYLLABLES, next)).join('');
}

/** A sentence with details of its own: figures and names, so no two stories share a text. */
function detail(next: () => number): string {
  return ` The ${word(next)} unit reported ${Math.floor(next() * 900) + 10} ${pick(['million', 'units', 'staff', 'sites'], next)} in ${word(next)}, said ${word(next)} ${word(next)}.`;
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An RSS 2.0 document of `count` items: with their full text (12–24 sentences, about 400 words),
 * or, with `summaryOnly`, only a two-sentence summary as many outlets publish.
 */
export function syntheticRss(
  count: number,
  seed = 1,
  origin = 'https://bench-wire.test',
  summaryOnly = false,
): string {
  const next = random(seed);
  const items: string[] = [];
  const start = Date.parse('2026-12-07T12:00:00Z');
  for (let i = 0; i < count; i += 1) {
    const ai = next() < 0.66;
    const a = pick(COMPANIES, next);
    const b = pick(COMPANIES, next);
    const sentences = Array.from(
      { length: 12 + Math.floor(next() * 12) },
      () =>
        (ai
          ? pick(AI_SENTENCES, next).replace('{a}', a).replace('{b}', b)
          : pick(OTHER_SENTENCES, next)) + detail(next),
    );
    const title = ai
      ? `${a} ${pick(['expands', 'signs', 'raises', 'ships', 'trains'], next)} AI ${pick(['compute', 'deal', 'funding', 'chips', 'model'], next)} (${i})`
      : `Around town: story ${i}`;
    const date = new Date(start - i * 3_600_000).toUTCString();
    const html = sentences.map((s) => `<p>${s}</p>`).join('');
    const summary = escapeXml(`<p>${sentences.slice(0, 2).join(' ')}</p>`);
    const content = summaryOnly ? '' : `<content:encoded><![CDATA[${html}]]></content:encoded>`;
    items.push(
      `<item><title>${escapeXml(title)}</title><link>${origin}/story/${seed}-${i}</link><guid>${seed}-${i}</guid><pubDate>${date}</pubDate><description>${summary}</description>${content}</item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Wire ${seed}</title><link>${origin}/</link>${items.join('')}</channel></rss>`;
}
