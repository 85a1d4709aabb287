/** A table of text cells, as a spreadsheet's first sheet or a CSV file holds it. */
export type Table = string[][];

const BOM = '\uFEFF';

/** Comma or semicolon: whichever occurs more often outside quotes on the first line (the header). */
export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text.startsWith(BOM) ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180 CSV: fields in double quotes may hold the separator, line breaks and doubled quotes; lines end with
 * CRLF or LF; a leading byte order mark is dropped. A last empty line (the file's final line break) is no row.
 */
export function parseCsv(input: string, separator: ',' | ';' = detectSeparator(input)): Table {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: Table = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** The table as CSV, quoting only the fields that need it. */
export function writeCsv(table: Table, separator: ',' | ';' = ','): string {
  const needsQuotes = new RegExp(`["\\r\\n${separator}]`);
  const cell = (value: string) => (needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return table.map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}
