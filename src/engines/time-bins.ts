import { parseSpan } from '../runtime/time/bins.js';
import { isUtc, type TimeZone } from '../runtime/time/zone.js';
import { mapExprChildren, type Select, type SqlExpr } from '../sql/ast.js';

/**
 * tstats' time bins (`by _time span=…`) for an engine. In UTC a bin of
 * seconds or days is plain arithmetic, written in the same floating-point
 * steps as splice's own function, so every engine can compute it exactly.
 * Other zones (whose offsets move with daylight saving, or split a span) and
 * spans of months keep splice's function, so the query is split
 * (placement.ts) and splice computes them.
 */
export function lowerTimeBins(select: Select, zone: TimeZone): Select {
  if (!isUtc(zone)) return select;
  return {
    ...select,
    columns: select.columns.map((c) => ({ ...c, expr: lower(c.expr) })),
    ...(select.where === undefined ? {} : { where: lower(select.where) }),
    groupBy: select.groupBy.map(lower),
    orderBy: select.orderBy.map(lower),
  };
}

function lower(e: SqlExpr): SqlExpr {
  // tstats' fillnull_value (COALESCE(bin, 'null')) mixes a number with text, which typed engines refuse: that bin stays splice's.
  if (e.kind === 'call' && e.fn === 'COALESCE' && e.args.some((a) => a.kind === 'param' && typeof a.value !== 'number')) return e;
  const mapped = mapExprChildren(e, lower);
  if (mapped.kind !== 'call' || mapped.fn !== 'splice_time_bin') return mapped;
  const [time, spec] = mapped.args;
  if (time === undefined || spec?.kind !== 'param' || typeof spec.value !== 'string') return mapped;
  // The text was checked when the search was planned; this reads it the way splice_time_bin does (src/exec/udfs.ts).
  const span = parseSpan({ text: spec.value, quoted: false, span: { start: 0, end: 0 } }, true, 'tstats');
  if (span.kind !== 'seconds' && span.kind !== 'days') return mapped;
  return { kind: 'time-floor', expr: time, unit: span.kind, size: span.size };
}
