import type { IToken, TokenType } from 'chevrotain';
import type { CompareOp, SearchExpr, SearchValue } from '../../src/ast/nodes.js';
import { cover } from '../../src/diagnostics/span.js';
import * as T from '../tokens.js';
import { tokenEnd, tokenSpan } from '../values.js';
import { isWord, valueOf, type Grammar } from './context.js';

const COMPARE_OPS: ReadonlyMap<TokenType, CompareOp> = new Map([
  [T.Equals, '='], [T.NotEquals, '!='], [T.Less, '<'], [T.LessEquals, '<='], [T.Greater, '>'], [T.GreaterEquals, '>='],
]);

/** Tokens that may appear inside a parenthesised value (anything but brackets, pipes and parentheses). */
const GROUP_TOKENS: readonly TokenType[] = [T.Word, T.QuotedString, T.Comma, T.Equals, T.NotEquals, T.Less, T.LessEquals, T.Greater, T.GreaterEquals, T.And, T.Or, T.Not, T.In];

/** The source text of adjacent tokens, one space where the source had white space. */
function rawText(tokens: readonly IToken[]): string {
  let out = '';
  let end = -1;
  for (const t of tokens) {
    if (end >= 0 && t.startOffset > end) out += ' ';
    out += t.image;
    end = tokenEnd(t);
  }
  return out;
}

function combine(kind: 'and' | 'or', items: SearchExpr[]): SearchExpr {
  if (items.length === 1) return items[0] as SearchExpr;
  return { kind, items, span: cover((items[0] as SearchExpr).span, (items[items.length - 1] as SearchExpr).span) };
}

/**
 * The search language (search, tstats/mstats WHERE, inputlookup WHERE): OR binds
 * tighter than AND, NOT tightest, AND implicit or explicit (Splunk docs,
 * "Boolean expressions"). `stopAtBy` ends the expression at a `by` clause.
 */
export function defineSearchExpression({ b, r }: Grammar): void {
  const startsTerm = (stopAtBy: boolean): boolean => {
    const t = b.peek(1).tokenType;
    if (stopAtBy && isWord(b, 1, 'by')) return false;
    return t === T.Word || t === T.QuotedString || t === T.LParen || t === T.Not || t === T.LBracket;
  };

  r.searchAnd = b.rule('searchAnd', (stopAtBy: boolean): SearchExpr => {
    const items = [b.subruleAt(0, searchOr, { ARGS: [stopAtBy] })];
    b.manyAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => b.peek(1).tokenType === T.And || startsTerm(stopAtBy),
      DEF: () => {
        b.optionAt(0, () => b.consumeAt(0, T.And));
        items.push(b.subruleAt(1, searchOr, { ARGS: [stopAtBy] }));
      },
    });
    return b.act(() => combine('and', items));
  });

  const searchOr = b.rule('searchOr', (stopAtBy: boolean): SearchExpr => {
    const items = [b.subruleAt(0, searchNot, { ARGS: [stopAtBy] })];
    b.manyAt(0, () => {
      b.consumeAt(0, T.Or);
      items.push(b.subruleAt(1, searchNot, { ARGS: [stopAtBy] }));
    });
    return b.act(() => combine('or', items));
  });

  const searchNot = b.rule('searchNot', (stopAtBy: boolean): SearchExpr =>
    b.orAt(0, [
      {
        ALT: () => {
          const not = b.consumeAt(0, T.Not);
          const expr = b.subruleAt(0, searchNot, { ARGS: [stopAtBy] });
          return b.act((): SearchExpr => ({ kind: 'not', expr, span: cover(tokenSpan(not), expr.span) }));
        },
      },
      { ALT: () => b.subruleAt(0, searchPrimary) },
    ]),
  );

  const searchPrimary = b.rule('searchPrimary', (): SearchExpr =>
    b.orAt(0, [
      {
        ALT: () => {
          const open = b.consumeAt(0, T.LParen);
          const inner = b.subruleAt(0, r.searchAnd, { ARGS: [false] });
          const close = b.consumeAt(0, T.RParen);
          return b.act(() => ({ ...inner, span: tokenSpan(open, close) }));
        },
      },
      {
        ALT: () => {
          const subsearch = b.subruleAt(0, r.subsearch);
          return b.act((): SearchExpr => ({ kind: 'subsearch-term', subsearch, span: subsearch.span }));
        },
      },
      { ALT: () => b.subruleAt(0, searchAtom) },
    ]),
  );

  /**
   * A value: a word or quoted string. A word written right against `(` takes
   * the balanced group with it, as in `_time>=relative_time(now(),"-10m@m")`,
   * which Splunk reads as one term.
   */
  const value = b.rule('searchValue', (): SearchValue => {
    const first = b.orAt(0, [{ ALT: () => b.consumeAt(0, T.Word) }, { ALT: () => b.consumeAt(0, T.QuotedString) }]);
    const tail: IToken[] = [];
    b.optionAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => first.tokenType === T.Word && b.peek(1).tokenType === T.LParen && b.peek(1).startOffset === tokenEnd(first),
      DEF: () => {
        const inner = b.subruleAt(0, group);
        b.act(() => tail.push(...inner));
      },
    });
    return b.act(() => (tail.length === 0 ? valueOf(first) : { text: rawText([first, ...tail]), quoted: false, span: tokenSpan(first, tail[tail.length - 1]) }));
  });

  const group = b.rule('searchValueGroup', (): IToken[] => {
    const tokens = [b.consumeAt(0, T.LParen)];
    b.manyAt(0, () =>
      b.orAt(0, [
        { ALT: () => { const inner = b.subruleAt(0, group); b.act(() => tokens.push(...inner)); } },
        ...GROUP_TOKENS.map((t) => ({ ALT: () => { tokens.push(b.consumeAt(1, t)); } })),
      ]),
    );
    tokens.push(b.consumeAt(0, T.RParen));
    return tokens;
  });

  /** `field op value`, `field IN (values)`, or a bare term. */
  const searchAtom = b.rule('searchAtom', (): SearchExpr => {
    const first = b.subruleAt(0, value);
    return b.orAt(0, [
      {
        ALT: () => {
          const op = b.orAt(1, [...COMPARE_OPS.keys()].map((t) => ({ ALT: () => b.consumeAt(0, t) })));
          const v = b.subruleAt(1, value);
          return b.act((): SearchExpr => ({
            kind: 'compare', field: { text: first.text, span: first.span }, op: COMPARE_OPS.get(op.tokenType) ?? '=', value: v, span: { start: first.span.start, end: v.span.end },
          }));
        },
      },
      {
        ALT: () => {
          b.consumeAt(0, T.In);
          b.consumeAt(0, T.LParen);
          const values: SearchValue[] = [];
          // Commas are separators only: ESCU writes empty entries such as IN (,"a",).
          b.manyAt(0, () => b.orAt(2, [{ ALT: () => { values.push(b.subruleAt(2, value)); } }, { ALT: () => { b.consumeAt(0, T.Comma); } }]));
          const close = b.consumeAt(0, T.RParen);
          return b.act((): SearchExpr => ({ kind: 'in', field: { text: first.text, span: first.span }, values, span: { start: first.span.start, end: tokenEnd(close) } }));
        },
      },
      { ALT: () => b.act((): SearchExpr => ({ kind: 'term', value: first, span: first.span })) },
    ]);
  });
}
