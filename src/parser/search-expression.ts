import type { SearchExpr } from '../ast/nodes.js';
import { parsePipeline } from './parse.js';

/** Parses a bare search-language expression, such as a data model constraint. */
export function parseSearchExpression(text: string): SearchExpr | undefined {
  const pipeline = parsePipeline(`search ${text}`);
  const first = pipeline.commands[0];
  return first?.kind === 'search' ? first.expr : undefined;
}
