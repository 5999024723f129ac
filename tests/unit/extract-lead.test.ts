// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { leadParagraph, MAX_LEAD } from '../../lib/extract/lead.ts';

const LEAD =
  'OpenAI has completed the restructuring it spent more than a year negotiating, and Microsoft comes out of it with a smaller share of a much bigger company.';

describe('leadParagraph from text', () => {
  it('skips datelines, dates, "Advertisement", captions, bylines and short lines', () => {
    const text = [
      'SAN FRANCISCO (Meridian Wire) —',
      'November 4, 2025',
      'By Jane Doe and John Roe',
      'Advertisement',
      'Satya Nadella at a developer conference in Seattle. (Photo by Jane Roe/Getty Images)',
      'The deal, explained',
      LEAD,
      'Second paragraph that should not be chosen because the first one qualifies already.',
    ].join('\n');
    expect(leadParagraph(text)).toBe(LEAD);
  });

  it('keeps a paragraph that starts with a dateline', () => {
    const text = `\n\nSAN FRANCISCO, Nov 4 (Meridian Wire) - Nvidia said on Tuesday it would resume sales of its H200 chips to approved customers in China.\n`;
    expect(leadParagraph(text)).toBe(
      'SAN FRANCISCO, Nov 4 (Meridian Wire) - Nvidia said on Tuesday it would resume sales of its H200 chips to approved customers in China.',
    );
  });

  it('skips newsletter promos and lines that do not end like a sentence', () => {
    const text = [
      'Sign up for our AI newsletter to get the week’s most important stories in your inbox.',
      'Read more: Why the neocloud boom is now a debt story and what it means for you',
      LEAD,
    ].join('\n');
    expect(leadParagraph(text)).toBe(LEAD);
  });

  it('caps a long paragraph at a sentence end, else at a word with an ellipsis', () => {
    const sentences = Array.from(
      { length: 20 },
      (_, i) => `Sentence number ${i} says something about chips.`,
    ).join(' ');
    const lead = leadParagraph(sentences) ?? '';
    expect(lead.length).toBeLessThanOrEqual(MAX_LEAD);
    expect(lead.endsWith('chips.')).toBe(true);
    const oneSentence = `${'word '.repeat(300).trim()}.`;
    const cut = leadParagraph(oneSentence) ?? '';
    expect(cut.length).toBeLessThanOrEqual(MAX_LEAD);
    expect(cut.endsWith('word…')).toBe(true);
  });

  it('returns null when nothing qualifies, and copes with huge input', () => {
    expect(leadParagraph('Advertisement\nShort line.\n')).toBeNull();
    expect(leadParagraph('')).toBeNull();
    expect(leadParagraph(null)).toBeNull();
    const huge = leadParagraph(`${'x'.repeat(1_000_000)}\n${LEAD}`);
    expect(huge).toBe(LEAD);
  });
});

describe('leadParagraph from an element', () => {
  it('reads <p> elements, skipping captions, asides and bylines', () => {
    const doc = new DOMParser().parseFromString(
      `<article>
        <p class="byline">By Jane Doe, Senior Correspondent, with reporting from the Seattle bureau and elsewhere.</p>
        <figure><img alt=""><figcaption><p>Satya Nadella speaks at a conference in Seattle on a sunny Tuesday afternoon.</p></figcaption></figure>
        <aside><p>Related: how Microsoft and OpenAI renegotiated their partnership over two long years.</p></aside>
        <p>${LEAD}</p>
      </article>`,
      'text/html',
    );
    expect(leadParagraph(doc.querySelector('article'))).toBe(LEAD);
  });

  it('falls back to the text when the article has no usable <p>', () => {
    const doc = new DOMParser().parseFromString(
      `<div class="body">\n<div>Advertisement</div>\n<div>${LEAD}</div>\n</div>`,
      'text/html',
    );
    expect(leadParagraph(doc.querySelector('.body'))).toBe(LEAD);
  });
});
