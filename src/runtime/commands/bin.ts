import type { BinCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { scalarText, valuesOf, type Row, type Scalar, type Table } from '../../values/value.js';
import { numberOf, tidy } from '../collate.js';
import { checkOptions, findOption } from '../options.js';
import { parseSpan, timeBin } from '../time/bins.js';
import type { TimeZone } from '../time/zone.js';

/**
 * bin (bucket) span=… field [as new]: puts each value in a bin of the given
 * size. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Bin
 * - A plain number span on any field but `_time` gives the bin as "low-high"
 *   text, e.g. span=10 puts 15 in "10-20".
 * - A time span (s, m, h, d, w, mon, q, y; or a plain number on `_time`, in
 *   seconds) gives the bin's start as epoch seconds. Bins are aligned in the
 *   search's time zone: days start at local midnight, months on the 1st
 *   (span=1d gives "day boundaries", Timechart docs "Bin time spans and local
 *   time"); second/minute/hour bins are aligned on local clock time [INF]; an
 *   N-day or week span counts days from 1970-01-01 (so weeks start on a
 *   Thursday) [INF]; N months count from January 1970.
 * - A value that is not a number is left as it is (no new field with AS) [INF].
 * bins=, minspan=, start=, end=, aligntime=, log spans and subsecond spans are refused.
 */
export function applyBin(table: Table, cmd: BinCommand, zone: TimeZone): Table {
  checkOptions(cmd.kind, cmd.options, ['span']);
  const spanOption = findOption(cmd.options, 'span');
  if (spanOption === undefined) throw errorAt('unsupported', `unsupported: ${cmd.kind} without span= (automatic bins)`, cmd.span);
  const span = parseSpan(spanOption.value, cmd.field.text === '_time', cmd.kind);
  const source = cmd.field.text;
  const target = cmd.as?.text ?? source;
  const binOne = (v: Scalar): Scalar | undefined => {
    const n = numberOf(v);
    if (n === undefined) return target === source ? v : undefined;
    return span.kind === 'number' ? rangeLabel(n, span.size) : timeBin(n, span, zone);
  };
  let created = false;
  const rows = table.rows.map((row) => {
    const values = valuesOf(row.get(source)).flatMap((v) => binOne(v) ?? []);
    if (values.length === 0) return row;
    created = true;
    const out: Row = new Map(row);
    return out.set(target, values.length === 1 ? values[0]! : values);
  });
  const fields = created && !table.fields.includes(target) ? [...table.fields, target] : table.fields;
  return { fields, rows };
}

function rangeLabel(n: number, size: number): string {
  const low = tidy(Math.floor(n / size) * size);
  return `${scalarText(low)}-${scalarText(tidy(low + size))}`;
}
