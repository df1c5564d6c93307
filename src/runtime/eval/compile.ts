import type { EvalBinary, EvalCall, EvalExpr } from '../../ast/eval.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Row } from '../../values/value.js';
import { lookupFunction } from './functions/index.js';
import { arithmetic, compare, concatenate, inList, like, not, xor } from './operators.js';
import { multivalue, toNumber, type Compiled, type EvalContext, type EvalValue } from './types.js';

/**
 * Compiles an eval expression once into a closure over rows, so per-row work is only the
 * operations themselves. Problems visible in the text (unknown functions, wrong arity, bad
 * literal regexes) throw a SpliceError here, with the span of the offending part.
 */
export function compileEval(expr: EvalExpr): Compiled {
  switch (expr.kind) {
    case 'number': {
      const value = Number(expr.text);
      return () => value;
    }
    case 'string': {
      const value = expr.value;
      return () => value;
    }
    case 'field':
      return fieldReader(expr.name);
    case 'template':
      // foreach substitutes its templates before the expression is compiled.
      throw errorAt('unsupported', `unsupported: ${expr.name} outside foreach`, expr.span);
    case 'group':
      return compileEval(expr.expr);
    case 'unary':
      return compileUnary(expr.op, compileEval(expr.operand));
    case 'binary':
      return compileBinary(expr);
    case 'in': {
      const subject = compileEval(expr.expr);
      const items = expr.values.map(compileEval);
      return (row, ctx) => inList(subject(row, ctx), items.map((item) => item(row, ctx)));
    }
    case 'call':
      return compileCall(expr);
  }
}

/**
 * A field reference: a missing field is null. One-value lists read as that value and empty
 * lists as null, as Splunk shows them.
 */
export function fieldReader(name: string): Compiled {
  return (row: Row): EvalValue => {
    const value = row.get(name);
    if (value === undefined) return null;
    return Array.isArray(value) ? multivalue(value) : value;
  };
}

function compileUnary(op: 'NOT' | '-' | '+', operand: Compiled): Compiled {
  switch (op) {
    case 'NOT':
      return (row, ctx) => not(operand(row, ctx));
    case '-':
      return (row, ctx) => {
        const n = toNumber(operand(row, ctx));
        return n === null ? null : -n;
      };
    case '+':
      return (row, ctx) => toNumber(operand(row, ctx));
  }
}

function compileBinary(expr: EvalBinary): Compiled {
  const left = compileEval(expr.left);
  const right = compileEval(expr.right);
  const op = expr.op;
  switch (op) {
    case 'AND':
      // Short-circuit: false AND anything is false, so the right side need not run.
      return (row, ctx) => {
        const a = left(row, ctx);
        if (a === false) return false;
        const b = right(row, ctx);
        if (b === false) return false;
        return a === true && b === true ? true : null;
      };
    case 'OR':
      return (row, ctx) => {
        const a = left(row, ctx);
        if (a === true) return true;
        const b = right(row, ctx);
        if (b === true) return true;
        return a === false && b === false ? false : null;
      };
    case 'XOR':
      return (row, ctx) => xor(left(row, ctx), right(row, ctx));
    case '=':
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return (row, ctx) => compare(op, left(row, ctx), right(row, ctx));
    case 'LIKE':
      return (row, ctx) => like(left(row, ctx), right(row, ctx));
    case '.':
      return (row, ctx) => concatenate(left(row, ctx), right(row, ctx));
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return (row, ctx) => arithmetic(op, left(row, ctx), right(row, ctx));
  }
}

function compileCall(call: EvalCall): Compiled {
  const name = call.fn.text;
  const spec = lookupFunction(name);
  if (spec === undefined) throw errorAt('unsupported', `unsupported: eval function ${name}()`, call.span);
  const count = call.args.length;
  if (count < spec.min || count > spec.max) {
    throw errorAt('invalid-argument', `${name}() ${arityText(spec.min, spec.max)}, not ${count}`, call.span);
  }
  return spec.build(call.args.map(compileEval), call);
}

function arityText(min: number, max: number): string {
  const plural = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  if (min === max) return `takes ${plural(min)}`;
  if (max === Infinity) return `takes at least ${plural(min)}`;
  return `takes ${min} to ${plural(max)}`;
}

const cache = new WeakMap<EvalExpr, Compiled>();

/** Evaluates `expr` on one row; the compiled closure is cached per expression node. */
export function evaluate(expr: EvalExpr, row: Row, ctx: EvalContext): EvalValue {
  let compiled = cache.get(expr);
  if (compiled === undefined) {
    compiled = compileEval(expr);
    cache.set(expr, compiled);
  }
  return compiled(row, ctx);
}
