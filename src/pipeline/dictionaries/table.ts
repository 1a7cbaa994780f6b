/**
 * The reviewed dictionaries are written as text tables, one entry a line, as
 * OpenCC writes its own (TWPhrases.txt): an object literal repeats every key
 * on every line, a table names them once, in its header comment.
 *
 * Columns are apart by white space; the last column is the rest of the line,
 * so it may hold spaces (a reason). `-` leaves an optional column out. A
 * line starting with `#` is a comment, a blank line is skipped. A line with
 * too few columns, or `-` in a column that must be given, stops the build
 * naming the table and its line.
 */

export type TableRow<Column extends string, Optional extends Column> = Record<Exclude<Column, Optional>, string> & Partial<Record<Optional, string>>;

/** `optional`: the columns that may be `-`. */
export function parseTable<const Column extends string, const Optional extends Column>(
  table: string,
  columns: readonly Column[],
  text: string,
  optional: readonly Optional[],
): TableRow<Column, Optional>[] {
  const rows: TableRow<Column, Optional>[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${table}, line ${index + 1} of the table`;
    const cells: string[] = [];
    let rest = line;
    while (cells.length < columns.length - 1) {
      const cut = rest.search(/\s/);
      if (cut < 0) break;
      cells.push(rest.slice(0, cut));
      rest = rest.slice(cut).trimStart();
    }
    cells.push(rest);
    if (cells.length < columns.length) throw new Error(`${where}: ${cells.length} columns where ${columns.length} are wanted (${columns.join(' ')}): ${line}`);
    const row: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      const cell = cells[i] ?? '-';
      if (cell !== '-') row[column] = cell;
      else if (!(optional as readonly Column[]).includes(column)) throw new Error(`${where}: ${column} must be given: ${line}`);
    });
    rows.push(row as TableRow<Column, Optional>);
  });
  return rows;
}
