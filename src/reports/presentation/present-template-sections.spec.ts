import { blocksShownIn } from '../document/report-document';
import { InlSection, NarrativeItem } from '../donor-accountability/donor-accountability-report';
import { labelsFor } from '../labels/labels-for';
import { inlSections } from './present-template-sections';
import { PresentationWords } from './presentation-words';

const item = (i: number): NarrativeItem => ({
  recommendationId: `r${i}`,
  text: `Recommendation ${i}`,
  organisation: 'NGO A',
  date: '2025-02-01',
  detail: null,
});
const inl = (accomplishments: number): InlSection => ({
  indicators: [],
  accomplishments: Array.from({ length: accomplishments }, (_, i) => item(i + 1)),
  goalsNotMet: { indicators: [], setbacks: [] },
  nextSteps: [item(1)],
});

describe('the INL narrative lists in HTML and PDF', () => {
  const words = new PresentationWords(labelsFor('en'));
  const accomplishments = (count: number, written?: string) => inlSections(inl(count), words, written ? { accomplishments: written } : {})[1];

  it('lists the first 50 of 73 accomplishments after a note of the 23 more, and keeps all 73 for CSV and XLSX', () => {
    const section = accomplishments(73, 'We did a lot.');
    const reading = blocksShownIn(section, 'reading').flatMap((b) => (b.kind === 'paragraphs' ? b.items : []));
    expect(reading[0]).toBe('We did a lot.');
    expect(reading[1]).toBe('The first 50 of 73 are listed; 23 more are not listed here. The CSV, XLSX and JSON formats of this report list all of them.');
    expect(reading.slice(2).map((text) => text.match(/“(.*)”/)?.[1])).toEqual(Array.from({ length: 50 }, (_, i) => `Recommendation ${i + 1}`));
    const data = blocksShownIn(section, 'data').flatMap((b) => (b.kind === 'paragraphs' ? b.items : []));
    expect(data).toHaveLength(1 + 73);
    expect(data.some((text) => text.includes('not listed'))).toBe(false);
  });

  it('prints 50 accomplishments as before: one list, no note', () => {
    const section = accomplishments(50);
    expect(section.blocks).toHaveLength(1);
    expect(section.blocks[0]).toEqual({
      kind: 'paragraphs',
      items: inl(50).accomplishments.map((i) => labelsFor('en').sentences.accomplished(i.text, 'NGO A', '2025-02-01', null)),
    });
  });
});
