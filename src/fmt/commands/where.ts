import type { WhereCommand } from '../../ast/nodes.js';
import { formatEvalExpr } from '../eval-expr.js';

export function formatWhere(c: WhereCommand): string {
  return `where ${formatEvalExpr(c.expr)}`;
}
