import type { EvalExpr } from '../../ast/eval.js';
import type { FieldValue, Row } from '../../values/value.js';
import type { EvalPort } from '../eval-port.js';
import { compileAssignment } from './assign.js';
import { compileEval } from './compile.js';
import type { Compiled, EvalContext } from './types.js';

/**
 * The interpreter behind the runtime commands' EvalPort, for one search (one `now`, one zone).
 * Each expression node is compiled on first use and reused for every later row.
 */
export function createEvalPort(ctx: EvalContext): EvalPort {
  const values = new WeakMap<EvalExpr, (row: Row, ctx: EvalContext) => FieldValue | undefined>();
  const truths = new WeakMap<EvalExpr, Compiled>();
  return {
    value(expr, row) {
      let compiled = values.get(expr);
      if (compiled === undefined) {
        compiled = compileAssignment(expr);
        values.set(expr, compiled);
      }
      return compiled(row, ctx);
    },
    // where: "returns only the results for which the eval expression returns true".
    truth(expr, row) {
      let compiled = truths.get(expr);
      if (compiled === undefined) {
        compiled = compileEval(expr);
        truths.set(expr, compiled);
      }
      return compiled(row, ctx) === true;
    },
  };
}
