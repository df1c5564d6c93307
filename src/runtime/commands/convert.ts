import type { ConvertStage } from '../../plan/plan.js';
import { isNumericText } from '../../values/match.js';
import type { FieldValue, Row, Scalar, Table } from '../../values/value.js';
import { formatSplunkTime, isFormattableEpoch } from '../time/strftime.js';
import type { TimeZone } from '../time/zone.js';

/**
 * convert ctime(): epoch seconds → text in `timeformat`, in the search's time zone.
 * Without `as` the field is replaced; with `as` a new field is added. A missing
 * field creates nothing; a value that is not a number is left as it is; each
 * value of a multivalue field is converted (spl-semantics.md §4.3).
 */
export function applyConvert(table: Table, stage: ConvertStage, zone: TimeZone): Table {
  const fields = [...table.fields];
  for (const c of stage.conversions) {
    const target = c.as ?? c.field;
    if (!fields.includes(target) && table.rows.some((r) => r.has(c.field))) fields.push(target);
  }
  const rows = table.rows.map((row) => {
    const out: Row = new Map(row);
    for (const c of stage.conversions) {
      const value = row.get(c.field);
      if (value !== undefined) out.set(c.as ?? c.field, convertValue(value, stage.timeformat, zone));
    }
    return out;
  });
  return { fields, rows };
}

function convertValue(value: FieldValue, format: string, zone: TimeZone): FieldValue {
  if (Array.isArray(value)) return (value as readonly Scalar[]).map((v) => ctime(v, format, zone));
  return ctime(value as Scalar, format, zone);
}

function ctime(value: Scalar, format: string, zone: TimeZone): Scalar {
  const text = String(value);
  if (!isNumericText(text) || !isFormattableEpoch(Number(text))) return value;
  return formatSplunkTime(Number(text), format, zone);
}
