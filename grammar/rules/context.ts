import type { IToken, ParserMethod } from 'chevrotain';
import type { ArgItem } from '../../src/ast/args.js';
import type { Command, CommandOption, EvalExpr, Pipeline, SearchExpr, SearchValue, StatsFunction, Subsearch, Word } from '../../src/ast/nodes.js';
import type { GrammarBuilder } from '../builder.js';
import * as T from '../tokens.js';
import { isQuoted, textOf, tokenSpan } from '../values.js';

/**
 * The rules every rule file may call. Rule bodies run only after all rules are
 * defined (Chevrotain records the grammar in performSelfAnalysis), so files
 * can refer to each other's rules through this record without import cycles.
 */
export interface Rules {
  pipeline: ParserMethod<[boolean], Pipeline>;
  command: ParserMethod<[], Command>;
  subsearch: ParserMethod<[], Subsearch>;
  searchAnd: ParserMethod<[boolean], SearchExpr>;
  evalExpr: ParserMethod<[], EvalExpr>;
  fieldName: ParserMethod<[], Word>;
  optionArg: ParserMethod<[], CommandOption>;
  args: ParserMethod<[boolean], ArgItem[]>;
  statsFunction: ParserMethod<[], StatsFunction>;
}

export interface Grammar {
  readonly b: GrammarBuilder;
  readonly r: Rules;
}

/** Whether the k-th token ahead is a word with one of these texts (any case). */
export function isWord(b: GrammarBuilder, k: number, ...images: readonly string[]): boolean {
  const t = b.peek(k);
  return (t.tokenType === T.Word || t.tokenType === T.In) && images.includes(t.image.toLowerCase());
}

export function wordOf(token: IToken): Word {
  return { text: textOf(token), span: tokenSpan(token) };
}

export function valueOf(token: IToken): SearchValue {
  return { text: textOf(token), quoted: isQuoted(token.image), span: tokenSpan(token) };
}

/** A token that ends a command: a pipe, a closing bracket, or the end. */
export function endsCommand(token: IToken): boolean {
  return T.isPipeOrBracket(token.tokenType) || token.tokenType.name === 'EOF';
}
