import { relativeTime } from '../relative-time.js';
import { isMultivalue, multivalue, toNumber, toText, type EvalContext, type EvalValue } from '../types.js';

/** More values than this make mvrange() null rather than exhausting memory [INF: Splunk's cap is undocumented]. */
const LIMIT = 100_000;

/**
 * mvrange(<start>,<end>,<step>): "an ending number (which is excluded from the field), and
 * an optional step increment. If the increment is a timespan such as 7d, the starting and
 * ending numbers are treated as UNIX time" (Multivalue eval functions). A step that never
 * reaches <end> (zero, or the wrong sign) gives null [INF].
 */
export function mvrange(startValue: EvalValue, endValue: EvalValue, stepValue: EvalValue, ctx: EvalContext): EvalValue {
  if (isMultivalue(startValue) || isMultivalue(endValue) || isMultivalue(stepValue)) return null;
  const start = toNumber(startValue);
  const end = toNumber(endValue);
  if (start === null || end === null || !Number.isFinite(start) || !Number.isFinite(end)) return null;
  const step = toNumber(stepValue);
  const next = step !== null ? numericStep(step) : timespanStep(toText(stepValue), ctx);
  if (next === null) return null;
  const values: number[] = [];
  const ascending = next(start) > start;
  for (let v = start; ascending ? v < end : v > end; v = next(v)) {
    if (values.length >= LIMIT) return null;
    values.push(v);
  }
  return multivalue(values);
}

function numericStep(step: number): ((v: number) => number) | null {
  return step === 0 || !Number.isFinite(step) ? null : (v) => v + step;
}

function timespanStep(text: string | null, ctx: EvalContext): ((v: number) => number) | null {
  const m = text === null ? null : /^([+-]?)(\d*)([a-z]+)$/i.exec(text.trim());
  if (m === null) return null;
  const specifier = `${m[1] === '-' ? '-' : '+'}${m[2] ?? ''}${m[3] ?? ''}`;
  if (relativeTime(0, specifier, ctx.timeZone) === null || (m[2] !== '' && Number(m[2]) === 0)) return null;
  return (v) => relativeTime(v, specifier, ctx.timeZone) ?? Number.NaN;
}
