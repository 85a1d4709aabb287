import type { ExportLabels, ExportLanguage } from './export-labels';
import { english } from './export-labels.en';
import { russian } from './export-labels.ru';
import { tajik } from './export-labels.tg';

const BY_LANGUAGE: Record<ExportLanguage, ExportLabels> = { en: english, ru: russian, tg: tajik };

export const exportLabelsFor = (language: ExportLanguage): ExportLabels => BY_LANGUAGE[language];
