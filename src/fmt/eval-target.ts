import type { TokenType } from 'chevrotain';
import type { Word } from '../ast/nodes.js';
import * as T from '../../grammar/tokens.js';
import { quoteWith } from './values.js';

/** What may start an unquoted assignment target, and what may be glued onto it (grammar/commands/eval.ts). */
const FIRST: readonly TokenType[] = [T.Identifier, T.TemplateVar, T.LBrace];
const GLUE: readonly TokenType[] = [T.Identifier, T.Minus, T.Number, T.Colon, T.Dot, T.LBrace, T.RBrace];

/**
 * An eval assignment's target. Splunk reads an unquoted target up to the `=`,
 * so `cpu:mem`, `<<FIELD>>` and the dynamic `{key}` are written bare, as
 * people write them (quoting `{key}` would hide its meaning from a reader).
 * The eval lexer decides: bare when it reads the text back as one target,
 * else 'single-quoted'.
 */
export function evalTarget(target: Word): string {
  return readsBackBare(target.text) ? target.text : quoteWith(target.text, "'", '');
}

function readsBackBare(text: string): boolean {
  const { tokens, errors } = T.splLexer.tokenize(`|eval ${text}=`);
  const pieces = tokens.slice(2, -1);
  const [first, ...rest] = pieces;
  return (
    errors.length === 0 &&
    first !== undefined &&
    FIRST.includes(first.tokenType) &&
    rest.every((t) => GLUE.includes(t.tokenType)) &&
    pieces.map((t) => t.image).join('') === text &&
    tokens[tokens.length - 1]?.tokenType === T.Equals
  );
}
