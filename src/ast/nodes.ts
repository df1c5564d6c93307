import type { Span } from '../diagnostics/span.js';

/**
 * The typed AST. Every node has a `span` in the macro-expanded text; the
 * expansion's SourceMap turns it back into a position in what the user wrote.
 * Unions are closed: add a kind here and the compiler lists every switch to extend.
 */
export interface Pipeline {
  readonly kind: 'pipeline';
  readonly commands: readonly Command[];
  readonly span: Span;
}

export type * from './command.js';
import type { Command } from './command.js';

/** A name as written, with its position. Used for field names and option values. */
export interface Word {
  readonly text: string;
  readonly span: Span;
}

/** A value in the search language: quoted or bare text; `*` in bare or quoted text is a wildcard. */
export interface SearchValue {
  readonly text: string;
  readonly quoted: boolean;
  readonly span: Span;
}

export type SearchExpr = SearchAnd | SearchOr | SearchNot | SearchCompare | SearchIn | SearchTerm | SearchSubsearch;

export interface SearchAnd {
  readonly kind: 'and';
  readonly items: readonly SearchExpr[];
  readonly span: Span;
}
export interface SearchOr {
  readonly kind: 'or';
  readonly items: readonly SearchExpr[];
  readonly span: Span;
}
export interface SearchNot {
  readonly kind: 'not';
  readonly expr: SearchExpr;
  readonly span: Span;
}
export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export interface SearchCompare {
  readonly kind: 'compare';
  readonly field: Word;
  readonly op: CompareOp;
  readonly value: SearchValue;
  readonly span: Span;
}
export interface SearchIn {
  readonly kind: 'in';
  readonly field: Word;
  readonly values: readonly SearchValue[];
  readonly span: Span;
}
/** A bare search term (free text, or `*`). */
export interface SearchTerm {
  readonly kind: 'term';
  readonly value: SearchValue;
  readonly span: Span;
}

/** `[ … ]`: a search whose results become part of this one. */
export interface Subsearch {
  readonly kind: 'subsearch';
  readonly pipeline: Pipeline;
  readonly span: Span;
}

/** A subsearch used as a search term (its results become a search expression). */
export interface SearchSubsearch {
  readonly kind: 'subsearch-term';
  readonly subsearch: Subsearch;
  readonly span: Span;
}

/** `name=value` options such as `summariesonly=false`, kept in written order. */
export interface CommandOption {
  readonly name: Word;
  readonly value: SearchValue;
  readonly span: Span;
}

/** An argument of a statistical function: a field, or `eval(…)`. */
export type StatsArgument =
  | { readonly kind: 'field'; readonly field: Word }
  | { readonly kind: 'eval'; readonly expr: EvalExpr; readonly span: Span };

/** `fn(arg, …) [as name]`, or bare `count`: stats, tstats, chart, timechart… */
export interface StatsFunction {
  readonly fn: Word;
  readonly args: readonly StatsArgument[];
  readonly as?: Word;
  readonly span: Span;
}

export type { EvalExpr } from './eval.js';
import type { EvalExpr } from './eval.js';
