/** The template's columns: the key the import reads, and the header in each language the template is offered in. */
export interface Column {
  key: ColumnKey;
  en: string;
  ru: string;
  tg: string;
  example: string;
}

export const COLUMN_KEYS = [
  'reference',
  'forumTitle',
  'forumKind',
  'forumStartDate',
  'forumEndDate',
  'forumCountry',
  'forumRegion',
  'forumDistrict',
  'forumOrganisers',
  'forumFunders',
  'forumProgramme',
  'forumParticipants',
  'forumSource',
  'text',
  'themes',
  'targetRegions',
  'sdgTargets',
  'cedawAreas',
  'mechanisms',
  'priority',
  'proposedAt',
  'responsible',
  'supporting',
  'dueDate',
  'assignedAt',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Cells that hold several values separate them with semicolons (names may hold commas) or line breaks. */
export const LIST_SEPARATOR = '; ';

export const COLUMNS: Column[] = [
  { key: 'reference', en: 'Reference', ru: 'Ссылка', tg: 'Истинод', example: 'KH-2024-01' },
  { key: 'forumTitle', en: 'Forum title', ru: 'Название форума', tg: 'Номи форум', example: 'Regional conference on preventing violence in Khatlon' },
  { key: 'forumKind', en: 'Forum kind', ru: 'Вид форума', tg: 'Навъи форум', example: 'conference' },
  { key: 'forumStartDate', en: 'Forum start date', ru: 'Дата начала форума', tg: 'Санаи оғози форум', example: '2024-05-15' },
  { key: 'forumEndDate', en: 'Forum end date', ru: 'Дата окончания форума', tg: 'Санаи анҷоми форум', example: '2024-05-16' },
  { key: 'forumCountry', en: 'Country', ru: 'Страна', tg: 'Кишвар', example: 'TJ' },
  { key: 'forumRegion', en: 'Forum region', ru: 'Регион форума', tg: 'Минтақаи форум', example: 'Khatlon' },
  { key: 'forumDistrict', en: 'Forum district', ru: 'Район форума', tg: 'Ноҳияи форум', example: 'Bokhtar' },
  { key: 'forumOrganisers', en: 'Organisers', ru: 'Организаторы', tg: 'Ташкилкунандагон', example: 'USANT; American Councils' },
  { key: 'forumFunders', en: 'Funders', ru: 'Доноры', tg: 'Маблағгузорон', example: '' },
  { key: 'forumProgramme', en: 'Programme', ru: 'Программа', tg: 'Барнома', example: '' },
  { key: 'forumParticipants', en: 'Participants', ru: 'Число участников', tg: 'Шумораи иштирокчиён', example: '52' },
  { key: 'forumSource', en: 'Source', ru: 'Источник', tg: 'Манбаъ', example: 'Conference report, May 2024' },
  {
    key: 'text',
    en: 'Recommendation',
    ru: 'Рекомендация',
    tg: 'Тавсия',
    example: 'Introduce a course on recognising and referring cases of domestic violence for school psychologists',
  },
  { key: 'themes', en: 'Themes', ru: 'Темы', tg: 'Мавзӯъҳо', example: 'education; prevention' },
  { key: 'targetRegions', en: 'Target regions', ru: 'Целевые регионы', tg: 'Минтақаҳои мақсаднок', example: 'Khatlon' },
  { key: 'sdgTargets', en: 'SDG targets', ru: 'Задачи ЦУР', tg: 'Ҳадафҳои ҲРУ', example: '5.2' },
  { key: 'cedawAreas', en: 'CEDAW articles and GR 35 areas', ru: 'Статьи КЛДЖ и области ОР 35', tg: 'Моддаҳои КБТЗ ва соҳаҳои ТУ 35', example: '' },
  { key: 'mechanisms', en: 'Human-rights mechanisms', ru: 'Правозащитные механизмы', tg: 'Механизмҳои ҳуқуқи инсон', example: '' },
  { key: 'priority', en: 'Priority', ru: 'Приоритет', tg: 'Афзалият', example: 'high' },
  { key: 'proposedAt', en: 'Proposed on', ru: 'Дата предложения', tg: 'Санаи пешниҳод', example: '2024-05-16' },
  { key: 'responsible', en: 'Responsible organisation', ru: 'Ответственная организация', tg: 'Ташкилоти масъул', example: '' },
  { key: 'supporting', en: 'Supporting organisations', ru: 'Поддерживающие организации', tg: 'Ташкилотҳои дастгирикунанда', example: '' },
  { key: 'dueDate', en: 'Due date', ru: 'Срок', tg: 'Мӯҳлат', example: '' },
  { key: 'assignedAt', en: 'Assigned on', ru: 'Дата назначения', tg: 'Санаи таъин', example: '' },
];

const normalisedHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

const BY_HEADER = new Map<string, ColumnKey>(
  COLUMNS.flatMap((column) => [column.key, column.en, column.ru, column.tg].map((header) => [normalisedHeader(header), column.key] as const)),
);

/** The column a header names, in any of the three languages (or the key itself); undefined for a column the import ignores. */
export function columnOfHeader(header: string): ColumnKey | undefined {
  return BY_HEADER.get(normalisedHeader(header));
}
