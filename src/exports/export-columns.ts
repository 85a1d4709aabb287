import type { EnumGroup, ExportLabels } from './labels/export-labels';

/** A cell as written: text (already translated where it is an enumerated value), a number, or empty. */
export type Cell = string | number | null;

/**
 * How a column's value is written. `text` and `date` are written as they are (dates are ISO 8601 already); `enum`
 * values are translated; `yesNo` is the language's yes or no; `number` and `rate` (a fraction, 0.5 = 50 %) stay numbers.
 */
export type ColumnKind = { kind: 'text' } | { kind: 'date' } | { kind: 'number' } | { kind: 'rate' } | { kind: 'yesNo' } | { kind: 'enum'; group: EnumGroup };

export type ColumnValue = string | number | boolean | null | string[];

export interface ExportColumn<Row> {
  /** The field of the list's JSON item it comes from: what `columns=` names. */
  key: string;
  /** The header's words when the key is not in the labels (the status counts: the status's own words). */
  header?: (labels: ExportLabels) => string;
  type: ColumnKind;
  value: (row: Row) => ColumnValue;
}

/** A column whose value is the item's field of the same name. */
export const field = <Row>(key: keyof Row & string, type: ColumnKind = { kind: 'text' }): ExportColumn<Row> => ({
  key,
  type,
  value: (row) => row[key] as ColumnValue,
});

export const headerOf = <Row>(column: ExportColumn<Row>, labels: ExportLabels): string => column.header?.(labels) ?? labels.headers[column.key] ?? column.key;

export function cellOf<Row>(column: ExportColumn<Row>, row: Row, labels: ExportLabels): Cell {
  const value = column.value(row);
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join('; ');
  const { type } = column;
  if (type.kind === 'yesNo') return value ? labels.yes : labels.no;
  if (type.kind === 'enum') return labels.values[type.group][String(value)] ?? String(value);
  if (type.kind === 'number' || type.kind === 'rate') return typeof value === 'number' ? value : Number(value);
  return String(value);
}
