import { REPORT_LANGUAGES } from './report-labels';
import { english } from './report-labels.en';
import { labelsFor } from './labels-for';

describe('report labels', () => {
  it.each(REPORT_LANGUAGES.filter((l) => l !== 'en'))('%s names everything English names', (language) => {
    const labels = labelsFor(language);
    for (const group of ['titles', 'sections', 'fields', 'statuses', 'events', 'indicators', 'pillars', 'roles', 'buckets'] as const) {
      expect(Object.keys(labels[group]).sort()).toEqual(Object.keys(english[group]).sort());
      for (const value of Object.values(labels[group])) expect(value.trim()).not.toBe('');
    }
  });

  it('keeps user text as entered inside sentences', () => {
    expect(labelsFor('ru').sentences.overdue('Открыть кризисный центр', 'Хукумат', '2025-03-01', null)).toContain('«Открыть кризисный центр»');
  });
});
