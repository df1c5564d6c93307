import type { Cell } from '../baseline/result-set.js';
import { cellValues } from './cells.js';
import type { Comparison, RowRef } from './comparison.js';

/** Rows listed per kind before "… and N more". */
const LISTED = 20;
/** Longest value, and longest compact row, printed in full. */
const VALUE_CHARS = 120;
const ROW_CHARS = 200;

const RED = '\x1b[31m';
const GREEN = '\x1b[32m';
const RESET = '\x1b[0m';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A value quoted as JSON (so spaces, quotes and newlines show), clipped when very long. */
function quoted(text: string): string {
  return JSON.stringify(clip(text, VALUE_CHARS));
}

/** A cell as the diff shows it: `"x"`, `["a", "b"]`, or (absent). */
function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '(absent)';
  return typeof cell === 'string' ? quoted(cell) : `[${cell.map(quoted).join(', ')}]`;
}

/** A value in `f=v` form: bare when that is unambiguous, else quoted. */
function bare(text: string): string {
  return /^[^\s,="[\]]+$/.test(text) ? text : quoted(text);
}

function fieldText(row: ReadonlyMap<string, Cell>, field: string): string {
  const values = cellValues(row.get(field));
  const text = values.length === 1 ? bare(values[0] ?? '') : `[${values.map(bare).join(', ')}]`;
  return `${field}=${values.length === 0 ? '""' : text}`;
}

function compact(row: ReadonlyMap<string, Cell>, fields: readonly string[]): string {
  const text = fields.filter((f) => cellValues(row.get(f)).length > 0).map((f) => fieldText(row, f)).join(', ');
  return text === '' ? '(every field empty)' : clip(text, ROW_CHARS);
}

/** A row named by its key cells when the BY fields are known, else by its number and its cells. */
function rowName(ref: RowRef, c: Comparison): string {
  if (c.keyFields.length > 0) return `${c.keyFields.map((f) => fieldText(ref.row, f)).join(', ')} (row ${ref.index + 1})`;
  return `row ${ref.index + 1}: ${compact(ref.row, c.fields)}`;
}

function summary(c: Comparison, paint: (text: string, code: string) => string): string {
  const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (c.pass) return `${paint('PASS', GREEN)}: ${plural(c.matched, 'row')} match${c.ordered ? ', in order' : ''}`;
  const counts = `${c.missing.length} missing, ${c.extra.length} extra, ${c.changed.length} changed`;
  return `${paint('FAIL', RED)}: ${c.matched} of ${plural(c.expectedRows, 'expected row')} matched (${plural(c.actualRows, 'actual row')}): ${counts}`;
}

function listed<T>(title: string, items: readonly T[], render: (item: T) => string[]): string[] {
  if (items.length === 0) return [];
  const out = [`${title}: ${items.length}`, ...items.slice(0, LISTED).flatMap(render)];
  if (items.length > LISTED) out.push(`  … and ${items.length - LISTED} more`);
  return out;
}

/** A diff a person can act on: rows missing, rows extra, and per changed row only the cells that differ. */
export function renderComparison(c: Comparison, options: { readonly colour: boolean }): string {
  const paint = (text: string, code: string): string => (options.colour ? `${code}${text}${RESET}` : text);
  const out = [summary(c, paint)];
  const note = 'a missing cell equals an empty one, so this fails nothing by itself';
  if (c.fieldsOnlyInExpected.length > 0) out.push(`note: only the expected header has ${c.fieldsOnlyInExpected.join(', ')} (${note})`);
  if (c.fieldsOnlyInActual.length > 0) out.push(`note: only the actual header has ${c.fieldsOnlyInActual.join(', ')} (${note})`);
  out.push(...listed('missing rows (in expected, not in actual)', c.missing, (r) => [paint(`  - ${rowName(r, c)}`, RED)]));
  out.push(...listed('extra rows (in actual, not in expected)', c.extra, (r) => [paint(`  + ${rowName(r, c)}`, GREEN)]));
  out.push(...listed('changed rows', c.changed, (ch) => {
    const where = `expected row ${ch.expected.index + 1}, actual row ${ch.actual.index + 1}`;
    const name = c.keyFields.length > 0
      ? `${c.keyFields.map((f) => fieldText(ch.expected.row, f)).join(', ')} (${where})`
      : `${where}: ${compact(ch.expected.row, c.fields)}`;
    const cells = ch.cells.map((d) => `      ${d.field}: expected ${paint(cellText(d.expected), RED)} | actual ${paint(cellText(d.actual), GREEN)}`);
    return [`  ~ ${name}`, ...cells];
  }));
  return `${out.join('\n')}\n`;
}
