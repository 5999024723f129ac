import { describe, expect, it } from 'vitest';
import { recognizeCompanies } from '../../lib/entities/recognize.ts';

const names = (text: string) =>
  recognizeCompanies({ title: '', lead: '', text })
    .filter((c) => c.discovered)
    .map((c) => c.name);

describe('discovery in German, French and Spanish', () => {
  it.each([
    // German
    ['Odyssey, ein Start-up, das Weltmodelle entwickelt, zeigte am Dienstag eine Demo.', 'Odyssey'],
    ['Das Münchner KI-Start-up Kestrelbau hat eine neue Version vorgestellt.', 'Kestrelbau'],
    ['Brennwerk, ein Berliner Softwareunternehmen, stellt zwanzig Leute ein.', 'Brennwerk'],
    ['Der Fonds investiert in Lindquell, das Kölner Start-up hinter der App.', 'Lindquell'],
    ['Fjordlicht sammelt 20 Millionen Euro ein, wie die Firma mitteilte.', 'Fjordlicht'],
    ['Laut Branchenkreisen sammelt Fjordlicht 20 Millionen Euro ein.', 'Fjordlicht'],
    // French
    ['La start-up française Quillora a présenté mardi son premier modèle.', 'Quillora'],
    ['Quillora, une jeune pousse parisienne, recrute des chercheurs.', 'Quillora'],
    [
      "Selon nos informations, Vernade a levé 15 millions d'euros auprès de fonds européens.",
      'Vernade',
    ],
    ["L'entreprise lyonnaise Sablière prépare une levée de fonds.", 'Sablière'],
    // Spanish
    ['La startup española Brezal lanzó ayer su asistente para abogados.', 'Brezal'],
    ['Brezal, una empresa de Valencia, trabaja con hospitales.', 'Brezal'],
    ['Según fuentes del sector, Olmeda recauda 3 millones de euros.', 'Olmeda'],
    ['La firma de capital riesgo Cardumen lidera la ronda.', 'Cardumen'],
  ])('finds the company in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    // A capitalised German noun after "Start-up" in a subordinate clause is an object, not a name.
    'Die Investoren warten, weil das Start-up Geld braucht und die Kunden zögern.',
    // "der/die/das" also start relative clauses.
    'Das sagt Anna Vogt, die Unternehmen bei der Einführung von KI berät.',
    // People introduced by their role stay people.
    'Jean Morel, le fondateur de la start-up, a déclaré que le produit était prêt.',
    'Lucía Pardo, la cofundadora de la empresa, dijo que la ronda estaba cerrada.',
    // A verb after a Spanish company noun is not an adjective of origin.
    'La empresa compró Servidores nuevos para el centro de datos.',
  ])('finds nothing in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
