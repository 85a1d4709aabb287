/**
 * Text a spreadsheet would take for a formula (CSV/XLSX formula injection): a cell starting with = + - @, a tab
 * or a carriage return. An apostrophe before it keeps it text (the spreadsheet shows the rest).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralised = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
