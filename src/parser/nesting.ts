import type { IToken, TokenType } from 'chevrotain';
import * as T from '../../grammar/tokens.js';

/**
 * How deeply a search may nest: parentheses, subsearch brackets and chains of
 * prefix operators (NOT, unary minus) each make the recursive-descent parser,
 * and every later stage that walks the tree, recurse once more. Far beyond what
 * searches write (the deepest of the 1,711 security_content detections nests 7
 * levels), and well inside the JavaScript stack: an eval parenthesis costs the
 * parser about 1/117 of Node's default stack [INF: measured with Chevrotain 11].
 */
export const MAX_NESTING = 50;

const OPENERS: ReadonlySet<TokenType> = new Set([T.LParen, T.GroupOpen, T.EvalOpen, T.LBracket]);
const CLOSERS: ReadonlySet<TokenType> = new Set([T.RParen, T.GroupClose, T.RBracket, T.EvalRBracket]);
const PREFIXES: ReadonlySet<TokenType> = new Set([T.Not, T.EvalNot, T.Minus, T.Plus]);
/** Tokens an operand ends with: a `-` or `+` after one is binary, not a prefix. */
const OPERAND_ENDS: ReadonlySet<TokenType> = new Set([T.Number, T.QuotedString, T.QuotedField, T.Identifier, T.TemplateVar, T.RParen, T.GroupClose, T.Word]);

export interface Nesting {
  /** The deepest level reached. */
  readonly depth: number;
  /** The token that reached it: the innermost opening bracket or prefix operator. */
  readonly deepest?: IToken;
}

/**
 * The nesting depth of a token stream, without parsing it. A prefix operator
 * nests until its operand ends: right after the next plain token, or after the
 * group it is written before closes; so `a OR NOT b OR NOT c` stays shallow
 * while `NOT NOT NOT a` and `NOT (NOT (…))` go deeper at each operator.
 */
export function measureNesting(tokens: readonly IToken[]): Nesting {
  const frames: number[] = [];
  let base = 0;
  let pending = 0;
  let depth = 0;
  let deepest: IToken | undefined;
  const reach = (level: number, token: IToken): void => {
    if (level > depth) {
      depth = level;
      deepest = token;
    }
  };
  let previous: TokenType | undefined;
  for (const token of tokens) {
    const type = token.tokenType;
    const binary = (type === T.Minus || type === T.Plus) && previous !== undefined && OPERAND_ENDS.has(previous);
    previous = type;
    if (OPENERS.has(type)) {
      const level = base + pending + 1;
      reach(level, token);
      frames.push(base);
      base = level;
      pending = 0;
    } else if (CLOSERS.has(type)) {
      // The group was the operand of the prefix operators before it; unbalanced closers are the parser's to report.
      base = frames.pop() ?? base;
      pending = 0;
    } else if (PREFIXES.has(type) && !binary) {
      pending++;
      reach(base + pending, token);
    } else {
      pending = 0;
    }
  }
  return { depth, ...(deepest === undefined ? {} : { deepest }) };
}
