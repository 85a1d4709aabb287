import { ReportDocument } from '../../src/reports/document/report-document';
import { PrintedText, brokenWords, documentSteps } from './print-flow';

/** The reader of printed text finds what it is meant to find: checked on texts laid out by hand. */
const document: ReportDocument = {
  language: 'en',
  title: 'Report',
  subtitle: null,
  parameters: [],
  sections: [
    {
      id: 'list',
      title: 'List',
      blocks: [
        {
          kind: 'table',
          columns: [
            { key: 'a', label: 'Recommendation', type: 'text' },
            { key: 'b', label: 'Count', type: 'integer' },
          ],
          rows: [
            ['Train inspectors', 1],
            ['Open a desk', 2],
          ],
        },
      ],
    },
  ],
};
const walk = (text: string) => new PrintedText(text, true).walk(documentSteps(document, 'pdf'));

describe('reading a printed report back', () => {
  it('accepts a table continued under its header row, and breaks after a hyphen or a slash', () => {
    expect(walk('Report\nList\nRecommendation Count\nTrain inspectors 1 1 / 2\fRecommendation Count\nOpen a desk 2 2 / 2\f')).toEqual([]);
    const linked: ReportDocument = { ...document, sections: [], title: 'case-management https://example.org/a' };
    expect(brokenWords(linked, 'case-\nmanagement https://\nexample.org/a')).toEqual([]);
  });

  it('finds a continued page without its header row', () => {
    expect(walk('Report\nList\nRecommendation Count\nTrain inspectors 1 1 / 2\fOpen a desk 2 2 / 2\f')).toEqual([
      expect.stringMatching(/continued on page 2 without its header row: expected "Recommendation"/),
      expect.stringMatching(/continued on page 2 without its header row: expected "Count"/),
    ]);
  });

  it('finds a header row or a heading left alone at the bottom of a page', () => {
    expect(walk('Report\nList\nRecommendation Count 1 / 2\fTrain inspectors 1\nOpen a desk 2 2 / 2\f')).toEqual([
      expect.stringMatching(/header row left alone/),
    ]);
    expect(walk('Report\nList 1 / 2\fRecommendation Count\nTrain inspectors 1\nOpen a desk 2 2 / 2\f')).toEqual([
      expect.stringMatching(/heading "List" left alone/),
    ]);
  });

  it('finds a word broken inside itself', () => {
    expect(brokenWords(document, 'Report List Recommendati\nons Count Train inspectors 1 Open a desk 2')).toEqual(['Recommendation']);
  });
});
