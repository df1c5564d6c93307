import type { Span } from '../diagnostics/span.js';
import type { Word } from './nodes.js';

/**
 * The eval language (eval, where, `eval(…)` in aggregates): NOT binds tightest,
 * then AND, then OR, then XOR (Splunk docs, "Boolean expressions"), below the
 * comparisons and arithmetic. Parentheses are kept as `group` nodes so the
 * tree prints back as written.
 */
export type EvalExpr =
  | EvalNumber
  | EvalString
  | EvalField
  | EvalTemplate
  | EvalCall
  | EvalUnary
  | EvalBinary
  | EvalIn
  | EvalGroup;

export interface EvalNumber {
  readonly kind: 'number';
  readonly text: string;
  readonly span: Span;
}

/** A "double-quoted" string literal, escapes resolved. */
export interface EvalString {
  readonly kind: 'string';
  readonly value: string;
  readonly span: Span;
}

/** A field reference: a bare name, or a 'single-quoted' one. */
export interface EvalField {
  readonly kind: 'field';
  readonly name: string;
  readonly quoted: boolean;
  readonly span: Span;
}

/** foreach's <<FIELD>>, <<MATCHSTR>>, … placeholders. */
export interface EvalTemplate {
  readonly kind: 'template';
  readonly name: string;
  readonly span: Span;
}

export interface EvalCall {
  readonly kind: 'call';
  readonly fn: Word;
  readonly args: readonly EvalExpr[];
  readonly span: Span;
}

export type UnaryOp = 'NOT' | '-' | '+';
export interface EvalUnary {
  readonly kind: 'unary';
  readonly op: UnaryOp;
  readonly operand: EvalExpr;
  readonly span: Span;
}

export type BinaryOp = 'XOR' | 'OR' | 'AND' | '=' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | '+' | '-' | '.' | '*' | '/' | '%';
export interface EvalBinary {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: EvalExpr;
  readonly right: EvalExpr;
  readonly span: Span;
}

/** `x IN (a, b)`; `NOT x IN (…)` is a unary NOT around it. */
export interface EvalIn {
  readonly kind: 'in';
  readonly expr: EvalExpr;
  readonly values: readonly EvalExpr[];
  readonly span: Span;
}

export interface EvalGroup {
  readonly kind: 'group';
  readonly expr: EvalExpr;
  readonly span: Span;
}
