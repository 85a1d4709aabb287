import { ReportLabels, ReportLanguage } from './report-labels';
import { english } from './report-labels.en';
import { russian } from './report-labels.ru';
import { tajik } from './report-labels.tg';

const BY_LANGUAGE: Record<ReportLanguage, ReportLabels> = { en: english, ru: russian, tg: tajik };

export function labelsFor(language: ReportLanguage): ReportLabels {
  return BY_LANGUAGE[language];
}
