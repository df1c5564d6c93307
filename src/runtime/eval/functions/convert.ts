import { errorAt } from '../../../diagnostics/diagnostic.js';
import { printf, unsupportedConversion } from '../printf.js';
import { isMultivalue, numberText, numericText, scalarOf, toNumber, toText, type EvalValue } from '../types.js';
import { arg, optionalScalar, spec, type FunctionSpec } from './spec.js';

/* Conversion functions: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/ConversionFunctions */

const FORMATS = new Set(['hex', 'binary', 'commas', 'duration']);

/** "Only integers in the range of 0 to 2^53-1 are accepted" by the hex and binary formats. */
function radixText(n: number, radix: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) return null;
  return radix === 16 ? `0x${n.toString(16).toUpperCase()}` : n.toString(2);
}

/** "commas": grouped thousands; "If the number includes a decimal, the function rounds the number to nearest two decimal places." */
function commas(n: number): string {
  const text = Number.isInteger(n) ? Math.abs(n).toFixed(0) : Math.abs(n).toFixed(2);
  const [int = '', frac] = text.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * "duration": "Converts the value in seconds to the readable time format HH:MM:SS"
 * (615 → "00:10:15"). A day or more is "D+HH:MM:SS", the form ESCU's
 * replace(tostring(x,"duration"),"(\d*)\+*(\d+):(\d+):(\d+)",…) expects [INF]; fractions of
 * a second are dropped and a negative duration gets a leading "-" [INF].
 */
function duration(n: number): string {
  const total = Math.trunc(Math.abs(n));
  const days = Math.floor(total / 86_400);
  const hms = [Math.floor(total / 3600) % 24, Math.floor(total / 60) % 60, total % 60].map((x) => String(x).padStart(2, '0')).join(':');
  return `${n < 0 && total > 0 ? '-' : ''}${days > 0 ? `${days}+` : ''}${hms}`;
}

/**
 * tostring(<value>,<format>): "If the value is a number, this function reformats it as a
 * string. If the value is a Boolean value, it returns the corresponding string value, "True"
 * or "False"." "The format argument is optional and is only used when the value argument is
 * a number." Null stays null [INF: the eval page says nulls can be converted with tostring()
 * but not to what].
 */
function tostring(value: EvalValue, format: string | undefined): EvalValue {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || isMultivalue(value)) return null;
  const n = toNumber(value);
  if (format === undefined || n === null) return typeof value === 'number' ? numberText(value) : value;
  switch (format) {
    case 'hex': return radixText(n, 16);
    case 'binary': return radixText(n, 2);
    case 'commas': return Number.isFinite(n) ? commas(n) : numberText(n);
    default: return Number.isFinite(n) ? duration(n) : null;
  }
}

/**
 * tonumber(<str>,<base>): "The default base is 10. You can set the base argument to a number
 * between 2 and 36, inclusive." A string that does not parse gives null ("If the tonumber
 * function can't parse a field value to a number ... the function returns NULL"). A base-16
 * string may carry a 0x prefix [INF].
 */
export function tonumber(value: EvalValue, base: number): EvalValue {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !Number.isInteger(base) || base < 2 || base > 36) return null;
  if (base === 10) return numericText(value);
  const m = /^([+-]?)(?:0[xX])?([0-9a-zA-Z]+)$/.exec(value);
  const digits = m?.[2] ?? '';
  const hasPrefix = /^[+-]?0[xX]/.test(value);
  if (m === null || (hasPrefix && base !== 16)) return null;
  let n = 0;
  for (const ch of digits.toLowerCase()) {
    const d = parseInt(ch, 36);
    if (d >= base) return null;
    n = n * base + d;
  }
  return m[1] === '-' ? -n : n;
}

export const CONVERT_FUNCTIONS: ReadonlyArray<readonly [string, FunctionSpec]> = [
  ['tostring', spec(1, 2, (args, call) => {
    const formatNode = call.args[1];
    if (formatNode?.kind === 'string' && !FORMATS.has(formatNode.value)) {
      throw errorAt('invalid-argument', `tostring() format must be "hex", "binary", "commas" or "duration", not "${formatNode.value}"`, formatNode.span);
    }
    return (row, ctx) => {
      const format = optionalScalar(arg(args, 1)(row, ctx), args.length > 1);
      if (format === null) return null;
      const name = format === undefined ? undefined : toText(format) ?? '';
      return name !== undefined && !FORMATS.has(name) ? null : tostring(arg(args, 0)(row, ctx), name);
    };
  })],
  ['tonumber', spec(1, 2, (args) => (row, ctx) => {
    const base = optionalScalar(arg(args, 1)(row, ctx), args.length > 1);
    const radix = base === undefined ? 10 : toNumber(base);
    const value = arg(args, 0)(row, ctx);
    return radix === null || isMultivalue(value) ? null : tonumber(value, radix);
  })],
  ['printf', spec(1, Infinity, (args, call) => {
    const formatNode = call.args[0];
    const bad = formatNode?.kind === 'string' ? unsupportedConversion(formatNode.value) : undefined;
    if (bad !== undefined && formatNode !== undefined) throw errorAt('unsupported', `unsupported: printf() conversion ${bad}`, formatNode.span);
    return (row, ctx) => {
      const format = toText(scalarOf(arg(args, 0)(row, ctx)));
      return format === null ? null : printf(format, args.slice(1).map((a) => a(row, ctx)));
    };
  })],
];
