/** The words of an export in one language: column headers and the enumerated values. User-entered text is never translated. */
export interface ExportLabels {
  headers: Record<string, string>;
  /** By group (status, priority, forumKind, organisationKind, bucket): the value's words, as the web interface shows them. */
  values: Record<EnumGroup, Record<string, string>>;
  yes: string;
  no: string;
  /** The name of each list: the XLSX sheet and the file name's first word. */
  lists: Record<string, string>;
}

export const ENUM_GROUPS = ['status', 'priority', 'forumKind', 'organisationKind', 'bucket'] as const;
export type EnumGroup = (typeof ENUM_GROUPS)[number];

export const EXPORT_LANGUAGES = ['en', 'ru', 'tg'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];
