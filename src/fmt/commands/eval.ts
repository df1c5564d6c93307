import type { EvalCommand } from '../../ast/nodes.js';
import { formatEvalExpr } from '../eval-expr.js';
import { evalTarget } from '../eval-target.js';

/** `eval a=<expr>, b=<expr>`; fieldformat the same. */
export function formatEval(c: EvalCommand): string {
  return `${c.kind} ${c.assignments.map((a) => `${evalTarget(a.field)}=${formatEvalExpr(a.expr)}`).join(', ')}`;
}
