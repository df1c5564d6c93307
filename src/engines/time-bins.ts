import { parseSpan } from '../runtime/time/bins.js';
import { isUtc, type TimeZone } from '../runtime/time/zone.js';
import { mapExprChildren, type Select, type SqlExpr, type SqlValue } from '../sql/ast.js';
import type { Cell } from './engine.js';

/** A select with its time bins as arithmetic, and the result columns whose NULL stands for a fill value. */
export interface LoweredBins {
  readonly select: Select;
  /** Select columns (by index) that held COALESCE(bin, fill): the engine returns the bin, splice writes `fill` for NULL. */
  readonly fills: ReadonlyMap<number, SqlValue>;
}

/**
 * tstats' time bins (`by _time span=…`) for an engine. In UTC a bin of
 * seconds or days is plain arithmetic, written in the same floating-point
 * steps as splice's own function, so every engine can compute it exactly.
 * Other zones (whose offsets move with daylight saving, or split a span) and
 * spans of months keep splice's function, so the query is split
 * (placement.ts) and splice computes them.
 *
 * Under fillnull_value a bin key is COALESCE(bin, 'null'), a number or text,
 * which typed engines cannot hold in one column. The engine then groups and
 * sorts by the bin alone: its NULL group is the 'null' group (SQL groups
 * NULLs together, and a bin is never text), sorted last as SQLite sorts text
 * after numbers; splice writes the fill value into it (fillCells).
 */
export function lowerTimeBins(select: Select, zone: TimeZone): LoweredBins {
  if (!isUtc(zone)) return { select, fills: new Map() };
  const fills = new Map<number, SqlValue>();
  const columns = select.columns.map((c, i) => {
    const filled = filledBin(c.expr);
    if (filled === undefined) return { ...c, expr: lower(c.expr) };
    fills.set(i, filled.fill);
    return { ...c, expr: filled.bin };
  });
  const key = (e: SqlExpr): SqlExpr => filledBin(e)?.bin ?? lower(e);
  const nullsLast = new Set(select.orderBy.flatMap((e, i) => (filledBin(e) === undefined ? [] : [i])));
  return {
    select: {
      ...select,
      columns,
      ...(select.where === undefined ? {} : { where: lower(select.where) }),
      groupBy: select.groupBy.map(key),
      orderBy: select.orderBy.map(key),
      ...(nullsLast.size > 0 ? { nullsLast } : {}),
    },
    fills,
  };
}

/** The engine's cells with each fill column's NULL replaced by its fill value, as COALESCE would have. */
export function fillCells(rows: Cell[][], fills: ReadonlyMap<number, SqlValue>): Cell[][] {
  if (fills.size === 0) return rows;
  for (const row of rows) for (const [i, fill] of fills) if (row[i] === null) row[i] = fill;
  return rows;
}

/** COALESCE(bin, 'text') whose bin lowers to arithmetic: the bin and the text. */
function filledBin(e: SqlExpr): { bin: SqlExpr; fill: SqlValue } | undefined {
  if (e.kind !== 'call' || e.fn !== 'COALESCE' || e.args.length !== 2) return undefined;
  const [bin, fill] = e.args;
  if (bin === undefined || fill?.kind !== 'param' || typeof fill.value !== 'string') return undefined;
  const lowered = lower(bin);
  return lowered.kind === 'time-floor' ? { bin: lowered, fill: fill.value } : undefined;
}

function lower(e: SqlExpr): SqlExpr {
  // Elsewhere a bin COALESCEd with text stays splice's: typed engines refuse to mix a number with text.
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
