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

export type Command =
  | TstatsCommand
  | SearchCommand
  | RenameCommand
  | ConvertCommand
  | IplocationCommand
  | GenericCommand;

export type CommandKind = Command['kind'];

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

export type SearchExpr = SearchAnd | SearchOr | SearchNot | SearchCompare | SearchIn | SearchTerm;

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

/** `name=value` options such as `summariesonly=false`, kept in written order. */
export interface CommandOption {
  readonly name: Word;
  readonly value: SearchValue;
  readonly span: Span;
}

/** `fn(field) [as name]`, or bare `count`. */
export interface Aggregate {
  readonly fn: Word;
  readonly field?: Word;
  readonly as?: Word;
  readonly span: Span;
}

/** https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Tstats */
export interface TstatsCommand {
  readonly kind: 'tstats';
  readonly options: readonly CommandOption[];
  readonly aggregates: readonly Aggregate[];
  readonly from?: { readonly datamodel: Word; readonly dataset?: Word; readonly span: Span };
  readonly where?: SearchExpr;
  readonly by: readonly Word[];
  readonly timeSpan?: CommandOption;
  readonly span: Span;
}

/** https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Search */
export interface SearchCommand {
  readonly kind: 'search';
  readonly expr?: SearchExpr;
  readonly span: Span;
}

/** https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rename */
export interface RenameCommand {
  readonly kind: 'rename';
  readonly pairs: readonly { readonly from: Word; readonly to: Word; readonly span: Span }[];
  readonly span: Span;
}

/** https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Convert */
export interface ConvertCommand {
  readonly kind: 'convert';
  readonly timeformat?: SearchValue;
  readonly conversions: readonly { readonly fn: Word; readonly field: Word; readonly as?: Word; readonly span: Span }[];
  readonly span: Span;
}

/** https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Iplocation */
export interface IplocationCommand {
  readonly kind: 'iplocation';
  readonly options: readonly CommandOption[];
  readonly field: Word;
  readonly span: Span;
}

/** A command splice does not model yet: kept with its raw arguments so it can be refused precisely. */
export interface GenericCommand {
  readonly kind: 'generic';
  readonly name: Word;
  readonly args: readonly Word[];
  readonly span: Span;
}
