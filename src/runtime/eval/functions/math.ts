import { errorAt } from '../../../diagnostics/diagnostic.js';
import type { Scalar } from '../../../values/value.js';
import { compareScalars } from '../operators.js';
import { isMultivalue, scalarOf, toNumber, valuesOfEval, type Compiled, type EvalValue } from '../types.js';
import { arg, spec, type FunctionSpec } from './spec.js';

/*
 * Mathematical functions: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/MathematicalFunctions
 * Statistical eval functions: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/StatisticalEvalFunctions
 * Results that are not numbers stay as JavaScript computes them (NaN, ±Infinity): "If the
 * calculation results in the floating-point special value NaN (Not a Number), it is
 * represented as "nan" ... "inf" and "-inf"" (eval, Numeric calculations).
 */

function numeric(arity: number, f: (...n: number[]) => number | null): FunctionSpec {
  return spec(arity, arity, (args) => (row, ctx) => {
    const values: number[] = [];
    for (const a of args) {
      const value = a(row, ctx);
      const n = isMultivalue(value) ? null : toNumber(value);
      if (n === null) return null;
      values.push(n);
    }
    return f(...values);
  });
}

/**
 * round(<num>,<precision>): "round(3.5)" is 4 and "round(2.555, 2)" is 2.56, so rounding is
 * half away from zero on the number's shortest decimal form, not on its binary value
 * (2.555 is 2.55499… in binary). "You cannot specify a negative number for the decimal places": null.
 */
export function round(n: number, places: number): number | null {
  const p = Math.trunc(places);
  if (p < 0) return null;
  if (!Number.isFinite(n)) return n;
  const abs = Math.abs(n);
  const text = String(abs);
  if (abs >= 1e15 || p > 15) return n;
  const rounded = text.includes('e') ? Math.round(abs * 10 ** p) / 10 ** p : Number(`${Math.round(Number(`${text}e${p}`))}e-${p}`);
  return n < 0 ? -rounded : rounded;
}

/**
 * log(<num>,<base>). ln(n)/ln(base) is off by an ulp for exact powers (ln(1000)/ln(10) is
 * 2.9999999999999996), so base 10 and 2 use their own functions and an exact power of another
 * base gives its integer exponent [INF: the docs give only the base-10 default].
 */
function logarithm(n: number, base: number): number {
  if (base === 10) return Math.log10(n);
  if (base === 2) return Math.log2(n);
  const ratio = Math.log(n) / Math.log(base);
  const whole = Math.round(ratio);
  return Number.isFinite(ratio) && base ** whole === n ? whole : ratio;
}

/** max()/min(): "Strings are greater than numbers"; numbers compare numerically, strings by text. */
function extreme(sign: 1 | -1): FunctionSpec {
  return spec(1, Infinity, (args) => (row, ctx) => {
    let best: Scalar | null = null;
    for (const value of args.flatMap((a) => valuesOfEval(a(row, ctx)))) {
      if (best === null || sign * order(value, best) > 0) best = value;
    }
    return best;
  });
}

function order(a: Scalar, b: Scalar): number {
  const aNumber = toNumber(a) !== null;
  const bNumber = toNumber(b) !== null;
  if (aNumber !== bNumber) return aNumber ? -1 : 1;
  return compareScalars(a, b);
}

/**
 * sum()/avg(): "The eval command ignores arguments that don't exist in an event or can't be
 * converted to a number", but a literal string argument "returns an error".
 */
function aggregate(f: (values: readonly number[]) => number): FunctionSpec {
  return spec(1, Infinity, (args: readonly Compiled[], call) => {
    const literal = call.args.find((a) => a.kind === 'string');
    if (literal !== undefined) throw errorAt('invalid-argument', `${call.fn.text}() takes numbers; wrap a quoted number in tonumber()`, literal.span);
    return (row, ctx) => {
      const values = args.flatMap((a) => valuesOfEval(a(row, ctx))).map(toNumber).filter((n): n is number => n !== null);
      return values.length === 0 ? null : f(values);
    };
  });
}

function refused(name: string, why: string): FunctionSpec {
  return spec(0, Infinity, (_args, call) => {
    throw errorAt('unsupported', `unsupported: eval function ${name}() (${why})`, call.span);
  });
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export const MATH_FUNCTIONS: ReadonlyArray<readonly [string, FunctionSpec]> = [
  ['abs', numeric(1, Math.abs)],
  // "You can use the abbreviation ceil instead of the full name of the function."
  ['ceiling', numeric(1, Math.ceil)],
  ['ceil', numeric(1, Math.ceil)],
  ['floor', numeric(1, Math.floor)],
  ['sqrt', numeric(1, Math.sqrt)],
  ['exp', numeric(1, Math.exp)],
  ['ln', numeric(1, Math.log)],
  ['pow', numeric(2, (a, b) => (a ?? 0) ** (b ?? 0))],
  // "If the second argument <base> is omitted, this function evaluates the logarithm of number with base 10."
  ['log', spec(1, 2, (args) => (row, ctx) => {
    const n = toNumber(scalarOf(arg(args, 0)(row, ctx)));
    const base = args.length > 1 ? toNumber(scalarOf(arg(args, 1)(row, ctx))) : 10;
    return n === null || base === null ? null : logarithm(n, base);
  })],
  ['round', spec(1, 2, (args) => (row, ctx) => {
    const n = toNumber(scalarOf(arg(args, 0)(row, ctx)));
    const places = args.length > 1 ? toNumber(scalarOf(arg(args, 1)(row, ctx))) : 0;
    return n === null || places === null ? null : round(n, places);
  })],
  // "returns the constant pi to 11 digits of precision".
  ['pi', spec(0, 0, () => () => 3.14159265359)],
  // exact() changes only how Splunk renders precision, which splice does not track.
  ['exact', spec(1, 1, (args) => (row, ctx): EvalValue => arg(args, 0)(row, ctx))],
  ['max', extreme(1)],
  ['min', extreme(-1)],
  ['sum', aggregate(sum)],
  ['avg', aggregate((values) => sum(values) / values.length)],
  ['sigfig', refused('sigfig', 'it depends on the precision Splunk tracks for each literal, which splice does not')],
  ['random', refused('random', 'its results would differ between runs')],
];
