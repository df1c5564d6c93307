import type { EvalCall } from '../../../ast/eval.js';
import type { Scalar } from '../../../values/value.js';
import { isMultivalue, scalarOf, type Compiled, type EvalValue } from '../types.js';

/**
 * One eval function: its arity, and how to build its closure from the compiled arguments.
 * The call node is there for spans and for functions that look at their arguments' shape
 * (mvfilter's field, a literal regex compiled once).
 */
export interface FunctionSpec {
  readonly min: number;
  readonly max: number;
  readonly build: (args: readonly Compiled[], call: EvalCall) => Compiled;
}

export type FunctionTable = ReadonlyMap<string, FunctionSpec>;

export function spec(min: number, max: number, build: FunctionSpec['build']): FunctionSpec {
  return { min, max, build };
}

/** The i-th compiled argument, or a constant null when it was not given. */
export function arg(args: readonly Compiled[], i: number): Compiled {
  return args[i] ?? (() => null);
}

/**
 * A function of one single value. Null stays null, and so does a multivalue: the Text
 * functions pages say "This function is not supported on multivalue fields" for len, trim,
 * replace, substr, urldecode and spath; we apply the same to every single-value function [INF].
 */
export function scalarFunction(apply: (value: Scalar) => EvalValue): FunctionSpec {
  return spec(1, 1, (args) => {
    const a = arg(args, 0);
    return (row, ctx) => {
      const value = scalarOf(a(row, ctx));
      return value === null ? null : apply(value);
    };
  });
}

/** Reads an optional argument that must be a single value; undefined when absent. */
export function optionalScalar(value: EvalValue, given: boolean): Scalar | null | undefined {
  if (!given) return undefined;
  return isMultivalue(value) ? null : scalarOf(value);
}
