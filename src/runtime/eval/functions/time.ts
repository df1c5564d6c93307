import { errorAt } from '../../../diagnostics/diagnostic.js';
import { formatSplunkTime, isFormattableEpoch } from '../../time/strftime.js';
import { relativeTime } from '../relative-time.js';
import { strptime } from '../strptime.js';
import { isMultivalue, scalarOf, toNumber, toText, type EvalValue } from '../types.js';
import { arg, spec, type FunctionSpec } from './spec.js';

/* Date and Time functions: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/DateandTimeFunctions */

/** A function of (number, text): null unless the first reads as a number and the second as text. */
function timeAndText(f: (t: number, text: string, args: { zone: Parameters<typeof relativeTime>[2]; now: number }) => EvalValue): FunctionSpec {
  return spec(2, 2, (args) => (row, ctx) => {
    const first = arg(args, 0)(row, ctx);
    const t = isMultivalue(first) ? null : toNumber(first);
    const text = toText(scalarOf(arg(args, 1)(row, ctx)));
    return t === null || text === null ? null : f(t, text, { zone: ctx.timeZone, now: ctx.now });
  });
}

export const TIME_FUNCTIONS: ReadonlyArray<readonly [string, FunctionSpec]> = [
  // "returns the time that the search was started": fixed per search by the caller.
  ['now', spec(0, 0, () => (_row, ctx) => ctx.now)],
  // "returns the UNIX time value of <specifier> applied to <time>".
  ['relative_time', timeAndText((t, specifier, { zone }) => relativeTime(t, specifier, zone))],
  // "renders the time as a string using the format specified"; the UNIX time is in seconds.
  ['strftime', timeAndText((t, format, { zone }) => (isFormattableEpoch(t) ? formatSplunkTime(t, format, zone) : null))],
  ['strptime', spec(2, 2, (args) => (row, ctx) => {
    const text = toText(scalarOf(arg(args, 0)(row, ctx)));
    const format = toText(scalarOf(arg(args, 1)(row, ctx)));
    return text === null || format === null ? null : strptime(text, format, ctx.timeZone, ctx.now);
  })],
  // time() is "the wall-clock time ... different for each event": not reproducible.
  ['time', spec(0, 0, (_args, call) => {
    throw errorAt('unsupported', 'unsupported: eval function time() (it differs on every run; now() is fixed per search)', call.span);
  })],
];
