import type { IToken, TokenType } from 'chevrotain';
import type { BinaryOp, EvalExpr } from '../../src/ast/eval.js';
import { cover } from '../../src/diagnostics/span.js';
import * as T from '../tokens.js';
import { tokenSpan, unquote } from '../values.js';
import { wordOf, type Grammar } from './context.js';

const token = (type: TokenType, op: BinaryOp): readonly [TokenType, BinaryOp] => [type, op];
const COMPARISON = new Map([
  token(T.Equals, '='), token(T.DoubleEquals, '=='), token(T.NotEquals, '!='), token(T.Less, '<'),
  token(T.LessEquals, '<='), token(T.Greater, '>'), token(T.GreaterEquals, '>='), token(T.EvalLike, 'LIKE'),
]);
const ADDITIVE = new Map([token(T.Plus, '+'), token(T.Minus, '-'), token(T.Dot, '.')]);
const MULTIPLICATIVE = new Map([token(T.Star, '*'), token(T.Slash, '/'), token(T.Percent, '%')]);

function binary(op: BinaryOp, left: EvalExpr, right: EvalExpr): EvalExpr {
  return { kind: 'binary', op, left, right, span: cover(left.span, right.span) };
}

/** A single-quoted field name: backslash escapes a quote or a backslash. */
function fieldName(image: string): string {
  return image.slice(1, -1).replace(/\\(['\\])/g, '$1');
}

/**
 * The eval language (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eval):
 * XOR < OR < AND < NOT < comparisons (= == != < <= > >= LIKE, IN) < + - . < * / % < unary minus.
 */
export function defineEvalExpression({ b, r }: Grammar): void {
  /** A left-associative level: operand (op operand)*. */
  const level = (name: string, ops: ReadonlyMap<TokenType, BinaryOp>, next: (occurrence: number) => EvalExpr) =>
    b.rule(name, (): EvalExpr => {
      let left = next(0);
      b.manyAt(0, () => {
        const op = b.orAt(0, [...ops.keys()].map((t) => ({ ALT: () => b.consumeAt(0, t) })));
        const right = next(1);
        left = b.act(() => binary(ops.get(op.tokenType) ?? '+', left, right));
      });
      return left;
    });

  const xor = level('evalXor', new Map([token(T.EvalXor, 'XOR')]), (i) => b.subruleAt(i, or));
  const or = level('evalOr', new Map([token(T.EvalOr, 'OR')]), (i) => b.subruleAt(i, and));
  const and = level('evalAnd', new Map([token(T.EvalAnd, 'AND')]), (i) => b.subruleAt(i, not));
  const not = b.rule('evalNot', (): EvalExpr =>
    b.orAt(0, [
      {
        ALT: () => {
          const op = b.consumeAt(0, T.EvalNot);
          const operand = b.subruleAt(0, not);
          return b.act((): EvalExpr => ({ kind: 'unary', op: 'NOT', operand, span: cover(tokenSpan(op), operand.span) }));
        },
      },
      { ALT: () => b.subruleAt(0, comparison) },
    ]),
  );
  const comparison = b.rule('evalComparison', (): EvalExpr => {
    const left = b.subruleAt(0, additive);
    return b.orAt(0, [
      {
        ALT: () => {
          const op = b.orAt(1, [...COMPARISON.keys()].map((t) => ({ ALT: () => b.consumeAt(0, t) })));
          const right = b.subruleAt(1, additive);
          return b.act(() => binary(COMPARISON.get(op.tokenType) ?? '=', left, right));
        },
      },
      {
        ALT: () => {
          b.consumeAt(0, T.EvalIn);
          const { values, close } = b.subruleAt(0, list);
          return b.act((): EvalExpr => ({ kind: 'in', expr: left, values, span: cover(left.span, tokenSpan(close)) }));
        },
      },
      { ALT: () => left },
    ]);
  });
  const additive = level('evalAdditive', ADDITIVE, (i) => b.subruleAt(i, multiplicative));
  const multiplicative = level('evalMultiplicative', MULTIPLICATIVE, (i) => b.subruleAt(i, unary));
  const unary = b.rule('evalUnary', (): EvalExpr =>
    b.orAt(0, [
      {
        ALT: () => {
          const op = b.orAt(1, [{ ALT: () => b.consumeAt(0, T.Minus) }, { ALT: () => b.consumeAt(0, T.Plus) }]);
          const operand = b.subruleAt(0, unary);
          return b.act((): EvalExpr => ({ kind: 'unary', op: op.tokenType === T.Minus ? '-' : '+', operand, span: cover(tokenSpan(op), operand.span) }));
        },
      },
      { ALT: () => b.subruleAt(0, primary) },
    ]),
  );

  /** `( expr, … )` as IN and function calls take it. */
  const list = b.rule('evalList', (): { values: EvalExpr[]; close: IToken } => {
    b.consumeAt(0, T.LParen);
    const values: EvalExpr[] = [];
    b.optionAt(0, () => {
      values.push(b.subruleAt(0, r.evalExpr));
      b.manyAt(0, () => {
        b.consumeAt(0, T.Comma);
        values.push(b.subruleAt(1, r.evalExpr));
      });
    });
    const close = b.consumeAt(0, T.RParen);
    return { values, close };
  });

  const primary = b.rule('evalPrimary', (): EvalExpr =>
    b.orAt(0, [
      { ALT: () => { const t = b.consumeAt(0, T.Number); return b.act((): EvalExpr => ({ kind: 'number', text: t.image, span: tokenSpan(t) })); } },
      { ALT: () => { const t = b.consumeAt(0, T.QuotedString); return b.act((): EvalExpr => ({ kind: 'string', value: unquote(t.image), span: tokenSpan(t) })); } },
      { ALT: () => { const t = b.consumeAt(0, T.QuotedField); return b.act((): EvalExpr => ({ kind: 'field', name: fieldName(t.image), quoted: true, span: tokenSpan(t) })); } },
      { ALT: () => { const t = b.consumeAt(0, T.TemplateVar); return b.act((): EvalExpr => ({ kind: 'template', name: t.image, span: tokenSpan(t) })); } },
      {
        ALT: () => {
          const open = b.consumeAt(1, T.LParen);
          const expr = b.subruleAt(0, r.evalExpr);
          const close = b.consumeAt(1, T.RParen);
          return b.act((): EvalExpr => ({ kind: 'group', expr, span: tokenSpan(open, close) }));
        },
      },
      {
        // like(…) and in(…) are also functions, named by their keywords.
        ALT: () => {
          const name = b.orAt(2, [{ ALT: () => b.consumeAt(0, T.EvalLike) }, { ALT: () => b.consumeAt(0, T.EvalIn) }]);
          const { values, close } = b.subruleAt(2, list);
          return b.act((): EvalExpr => ({ kind: 'call', fn: wordOf(name), args: values, span: tokenSpan(name, close) }));
        },
      },
      {
        ALT: () => {
          const name = b.consumeAt(0, T.Identifier);
          return b.orAt(1, [
            {
              ALT: () => {
                const { values, close } = b.subruleAt(1, list);
                return b.act((): EvalExpr => ({ kind: 'call', fn: wordOf(name), args: values, span: tokenSpan(name, close) }));
              },
            },
            { ALT: () => b.act((): EvalExpr => ({ kind: 'field', name: name.image, quoted: false, span: tokenSpan(name) })) },
          ]);
        },
      },
    ]),
  );

  r.evalExpr = b.rule('evalExpr', (): EvalExpr => b.subruleAt(0, xor));
}
