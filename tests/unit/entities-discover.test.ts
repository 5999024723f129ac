import { describe, expect, it } from 'vitest';
import { DISCOVERY_THRESHOLD, discoverOrganisations } from '../../lib/entities/discover.ts';
import { recognizeCompanies } from '../../lib/entities/recognize.ts';
import { buildDoc } from '../../lib/entities/text-doc.ts';

const discovered = (text: string, title = '') =>
  recognizeCompanies({ title, lead: '', text }).filter((c) => c.discovered);
const names = (text: string, title = '') => discovered(text, title).map((c) => c.name);

describe('discovery of organisations missing from the registry', () => {
  it.each([
    ['Odyssey, a startup developing world models, showed its first demo.', 'Odyssey'],
    ['Brightline, a San Francisco-based startup, builds evaluation tools.', 'Brightline'],
    ['Kestrel raised $40 million in a Series A round.', 'Kestrel'],
    ['Kestrel, which raised $40 million last year, is hiring.', 'Kestrel'],
    ['The lab is backed by Harbor Ridge Capital.', 'Harbor Ridge Capital'],
    ['Amazon invested in Lumen Loop last year.', 'Lumen Loop'],
    ['The round was led by Northgate Ventures.', 'Northgate Ventures'],
    ['Vireo Inc. filed for an IPO.', 'Vireo'],
    ['Ferrite Technologies pitched its chips to investors.', 'Ferrite Technologies'],
    ["Tessellate's CEO said the chips would ship in March.", 'Tessellate'],
    ['She founded Lumenary in 2021 after leaving Google.', 'Lumenary'],
    ['AI startup Quillon is building agents for lawyers.', 'Quillon'],
    ['Nvidia acquired Runlane for $700 million.', 'Runlane'],
    ['Verdigris, the maker of the Halo chip, opened an office in Austin.', 'Verdigris'],
  ])('finds the company in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('reads several investors from a list', () => {
    const text =
      'The round was led by Northgate Ventures, with participation from Basalt Capital and Wavecrest.';
    expect(names(text)).toEqual(['Northgate Ventures', 'Basalt Capital', 'Wavecrest']);
  });

  it('says how the company was introduced', () => {
    const [odyssey] = discovered('Odyssey, a startup developing world models, showed a demo.');
    expect(odyssey).toMatchObject({ id: 'd:odyssey', discovered: true });
    expect(odyssey?.evidence).toContain("introduced as 'a startup developing world models'");
    expect(odyssey?.confidence).toBeGreaterThanOrEqual(DISCOVERY_THRESHOLD);
    expect(odyssey?.confidence).toBeLessThan(1);
  });

  it('counts later bare mentions of a discovered name', () => {
    const text =
      'Odyssey, a startup developing world models, raised money. Odyssey will hire. ' +
      'Investors like Odyssey. The Odyssey of Homer is older.';
    const [odyssey] = discovered(text);
    expect(odyssey?.mentions).toBe(3);
  });

  it.each([
    'It was an odyssey through the desert. The Odyssey by Homer is an epic poem.',
    'Jane Doe, a startup founder, said the market was hot. Jane Doe said more later.',
    'Maria Lopez told reporters the deal was done. Lopez, a partner at the firm, declined to comment.',
    'San Francisco, a city of startups, is expensive. Paris is calm in August.',
    'The European Commission fined the company. The Commission said it acted under the law.',
    'In March the Department of Commerce restricted exports. On Monday the company said so.',
    'Reuters reported the deal. Bloomberg said the round was led by Sam Altman.',
    'The round was led by Oliver Cameron and backed by Priya Raman.',
    'Generative AI and Agentic AI are buzzwords. Responsible AI matters too.',
    'Trump said the deal was good. Musk said it was bad.',
    'Anthropic, a startup building Claude, raised $13 billion.',
    'Meanwhile, investors raised $2 billion for new funds on Tuesday.',
  ])('finds nothing in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('needs strong evidence for a sentence-initial ordinary word', () => {
    expect(names('Harmony is backed by nothing. Harmony-backed plans failed.')).toEqual([]);
  });

  describe("the site's own name", () => {
    const post =
      'We are happy to announce that Quarrel will work with the Horde on new ratings. Our team built the first Quarrel dataset last year, and we will publish the next one with our partners. We thank everyone who helped us.';
    const publisherNames = (text: string, publisher: string) =>
      recognizeCompanies({ title: '', lead: '', text, publisher })
        .filter((c) => c.discovered)
        .map((c) => c.name);

    it('is an organisation where the page speaks for it as "we"', () => {
      expect(names(post)).toEqual([]);
      expect(publisherNames(post, 'Quarrel')).toEqual(['Quarrel']);
    });

    it('is only the outlet where the page does not speak for it', () => {
      const story =
        'Vireo Inc. filed for an IPO, Margin Weekly has learned. The chip maker plans to list in May, according to a filing seen by Margin Weekly.';
      expect(publisherNames(story, 'Margin Weekly')).toEqual(['Vireo']);
      expect(
        publisherNames(
          'Vireo Inc. filed for an IPO. © Northwind Media Group. Northwind Media Group said nothing.',
          'Northwind Media',
        ),
      ).toEqual(['Vireo']);
    });
  });

  it('respects the threshold', () => {
    const doc = buildDoc('', '', 'Northwind declined to comment.');
    expect(discoverOrganisations(doc, [])).toEqual([]);
    expect(discoverOrganisations(doc, [], undefined, 0.1).map((d) => d.name)).toEqual([
      'Northwind',
    ]);
  });
});
