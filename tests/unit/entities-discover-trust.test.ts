import { describe, expect, it } from 'vitest';
import { rejectReason } from '../../lib/entities/discover-filters.ts';
import { shapeReason } from '../../lib/entities/discover-shape.ts';
import { recognizeCompanies } from '../../lib/entities/recognize.ts';

/** Discovered names in a text (registry companies left out). */
const names = (text: string, title = '') =>
  recognizeCompanies({ title, lead: '', text })
    .filter((c) => c.discovered)
    .map((c) => c.name);

const noOne = () => false;

describe('discovery reports proper names of organisations, not phrases', () => {
  it.each([
    'Hospitals keep buying Predictive Analytics dashboards, and Cognitive Computing is back in fashion.',
    'Labs train Neural Networks on clusters, while Quantum Computing remains a research bet.',
    'Clinics report that Healthcare AI saves time, and Vertical AI tools sell well to dentists.',
    'The panel covered Making AI safer, Using AI in schools and Exploring AI for music.',
    'Engineers studied Fluid Dynamics and Recommendation Systems before the product launched.',
  ])('finds no company in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still finds a generic-looking name the text introduces as a company', () => {
    const text =
      'Vertical AI, a startup that builds scheduling agents for dental clinics, raised $4 million.';
    expect(names(text)).toEqual(['Vertical AI']);
  });

  it('finds a company-word name that acts in the prose', () => {
    const text =
      'The new rack design comes from Ferrowind Robotics. Ferrowind Robotics released the plans on Monday, ' +
      'and its arm ships in May.';
    expect(names(text)).toEqual(['Ferrowind Robotics']);
  });

  it('takes no evidence from headings, list items and section titles', () => {
    const text = [
      'Discord Community Dynamics',
      'Exploring Compound AI: members compared notes on routing prompts between small models.',
      'Lumigator Advances Ethical AI: the thread asked how evaluation tools should be judged.',
      'Tallowmere Labs Raises Seed Round',
      'Meanwhile Brackenridge Labs raised $6 million to build test rigs for humanoid hands.',
    ].join('\n');
    expect(names(text)).toEqual(['Brackenridge Labs']);
  });

  it('does not stop at a company word inside a longer product name', () => {
    const text = 'Zoom AI Companion now drafts replies. Zoom AI Companion also files tickets.';
    expect(names(text)).toEqual([]);
  });

  it('gives no evidence to a name word that is a property of every object ("constructor")', () => {
    const found = recognizeCompanies({
      title: '',
      lead: '',
      text: 'The compiler resolves each Type Constructor before it checks the Type Constructor again.',
    }).filter((c) => c.discovered);
    expect(found).toEqual([]);
  });
});

describe('discovery keeps out people, places, currencies, publications and glued text', () => {
  it('needs an introduction for a bare first name', () => {
    expect(names("The team rebuilt the app after Dan's product review last spring.")).toEqual([]);
  });

  it('takes someone moving between employers for a person', () => {
    const text =
      'Friends confirm that Raiza departs Google this month. On Monday, Raiza announced the move, ' +
      'and former colleagues said Raiza told them about a new venture. In a post, Raiza said the ' +
      'team would be small, and later Raiza confirmed two hires. Nobody expects Raiza to slow down.';
    expect(names(text)).toEqual([]);
  });

  it('reads a name holding a title as a person', () => {
    const text =
      'NASA Administrator Jane Roe said in a statement that the lander is ready. Asked about the ' +
      'budget, NASA Administrator Jane Roe declined to comment.';
    expect(names(text)).toEqual([]);
  });

  it('rejects places and currencies', () => {
    const candidate = (name: string) => ({ name, start: 0, end: name.length });
    expect(rejectReason(candidate('Quebec'), noOne, [])).toBe('place');
    expect(rejectReason(candidate('Dollar'), noOne, [])).toBe('currency');
    expect(rejectReason(candidate('Tessaline'), noOne, [])).toBeUndefined();
  });

  it('rejects the shape of a publication', () => {
    expect(shapeReason('Harbour Weekly', noOne, noOne)).toBe('publication');
    expect(shapeReason('Harbour Labs', noOne, noOne)).toBeUndefined();
  });

  it('refuses text of two page blocks joined without a space', () => {
    const known = (word: string) => word === 'Nvidia';
    expect(shapeReason('Associated PressNvidia', noOne, known)).toBe('glued text');
    expect(shapeReason('ThreatConnectAdvertisement', noOne, noOne)).toBe('glued text');
    // Both halves written alone elsewhere: "Venture" and "Partners".
    expect(shapeReason('Norwest VenturePartners', () => true, noOne)).toBe('glued text');
    // A camel-case name whose halves never stand alone is a name.
    expect(shapeReason('BrightMesh', noOne, noOne)).toBeUndefined();
  });

  it('does not discover a glued name in running text', () => {
    const text =
      'ThreatConnectAdvertisement, a security company, said on Tuesday that it had patched the flaw.';
    expect(names(text)).toEqual([]);
    const camel = 'BrightMesh, a startup that builds mesh routers for farms, raised $3 million.';
    expect(names(camel)).toEqual(['BrightMesh']);
  });

  it('does not cut the end off a longer name', () => {
    expect(names('Last month it bought Growth by Design, a recruiting consultancy firm.')).toEqual(
      [],
    );
  });

  it('ignores handles and tags', () => {
    const text =
      'On the forum, @Quillora announced a hackathon. Later @Quillora said entries were due, ' +
      'and @Quillora confirmed the prizes. Then @Quillora said the venue had moved, while ' +
      '@Quillora announced judges and @Quillora confirmed the date.';
    expect(names(text)).toEqual([]);
  });

  it('never takes a function word, a role or a tool for an introduced company', () => {
    expect(
      names('OP, a veteran software developer, posted the patch to the forum on Sunday.'),
    ).toEqual([]);
    expect(
      names('Gridlens, a powerful open-source tool designed to help developers, got an update.'),
    ).toEqual([]);
  });
});
