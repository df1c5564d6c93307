import type { EvalExpr } from '../ast/eval.js';
import { quote, quoteWith } from './values.js';

/** The eval lexer's Identifier token (grammar/tokens.ts). */
const IDENTIFIER = /^[A-Za-z_@$][\w@$]*(?:\.[A-Za-z_@$][\w@$]*)*$/;
/** Eval keywords match in any case, so a field with one of these names must be quoted. */
const KEYWORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'xor', 'like', 'in']);

/**
 * An eval expression. The tree already encodes precedence (the parser builds
 * it by precedence level and keeps written parentheses as `group` nodes), so
 * printing adds no parentheses of its own.
 */
export function formatEvalExpr(expr: EvalExpr): string {
  switch (expr.kind) {
    case 'number':
      return expr.text;
    case 'string':
      return quote(expr.value);
    case 'field':
      // A name written 'quoted' stays quoted: the AST records the quoting, and parse(fmt(ast)) must give it back.
      return expr.quoted ? quoteField(expr.name) : fieldName(expr.name);
    case 'template':
      return expr.name;
    case 'call':
      return `${expr.fn.text}(${list(expr.args)})`;
    case 'unary':
      return expr.op === 'NOT' ? `NOT ${formatEvalExpr(expr.operand)}` : `${expr.op}${formatEvalExpr(expr.operand)}`;
    case 'binary':
      return `${formatEvalExpr(expr.left)} ${expr.op} ${formatEvalExpr(expr.right)}`;
    case 'in':
      return `${formatEvalExpr(expr.expr)} IN (${list(expr.values)})`;
    case 'group':
      return `(${formatEvalExpr(expr.expr)})`;
  }
}

function list(exprs: readonly EvalExpr[]): string {
  return exprs.map(formatEvalExpr).join(', ');
}

/** A field name bare where the eval lexer reads it back as one identifier, else 'single-quoted'. */
function fieldName(name: string): string {
  return IDENTIFIER.test(name) && !KEYWORDS.has(name.toLowerCase()) ? name : quoteField(name);
}

/** 'name' as grammar/rules/eval-expr.ts reads it back: a backslash escapes a quote or a backslash. */
function quoteField(name: string): string {
  return quoteWith(name, "'", '');
}
