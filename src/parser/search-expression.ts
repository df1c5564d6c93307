import type { EvalExpr, SearchExpr } from '../ast/nodes.js';
import { parsePipeline } from './parse.js';

/** Parses a bare search-language expression, such as a data model constraint. */
export function parseSearchExpression(text: string): SearchExpr | undefined {
  const pipeline = parsePipeline(`search ${text}`);
  const first = pipeline.commands[0];
  return first?.kind === 'search' ? first.expr : undefined;
}

/** Parses a bare eval expression, such as a data model's calculated field. */
export function parseEvalExpression(text: string): EvalExpr {
  const pipeline = parsePipeline(`| eval _splice_value=${text}`);
  const first = pipeline.commands[0];
  const assignment = first?.kind === 'eval' ? first.assignments[0] : undefined;
  if (!assignment || first?.kind !== 'eval' || first.assignments.length !== 1) throw new RangeError(`not a single eval expression: ${text}`);
  return assignment.expr;
}
