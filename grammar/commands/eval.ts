import type { IToken, ParserMethod } from 'chevrotain';
import type { EvalAssignment, EvalCommand, WhereCommand, Word } from '../../src/ast/nodes.js';
import { cover } from '../../src/diagnostics/span.js';
import type { Grammar } from '../rules/context.js';
import * as T from '../tokens.js';
import { textOf, tokenEnd, tokenSpan } from '../values.js';

/** Tokens that continue an unquoted assignment target when written right against it. */
const GLUE = [T.Identifier, T.Minus, T.Number, T.Colon, T.Dot, T.LBrace, T.RBrace];

/**
 * eval, fieldformat and where, whose arguments are eval expressions
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eval).
 */
export function defineEvalCommand({ b, r }: Grammar): ParserMethod<[], EvalCommand | WhereCommand> {
  /**
   * The field an assignment sets. Splunk takes an unquoted target up to the `=`,
   * so `feature_-value`, `cpu:mem` and the dynamic `{key}` are names here.
   */
  const target = b.rule('evalTarget', (): Word => {
    const first: IToken = b.orAt(0, [
      { ALT: () => b.consumeAt(0, T.Identifier) },
      { ALT: () => b.consumeAt(0, T.QuotedField) },
      { ALT: () => b.consumeAt(0, T.QuotedString) },
      { ALT: () => b.consumeAt(0, T.TemplateVar) },
      { ALT: () => b.consumeAt(0, T.LBrace) },
    ]);
    const rest: IToken[] = [];
    b.manyAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => GLUE.includes(b.peek(1).tokenType) && b.peek(1).startOffset === tokenEnd(rest[rest.length - 1] ?? first),
      DEF: () => rest.push(b.orAt(1, GLUE.map((t) => ({ ALT: () => b.consumeAt(1, t) })))),
    });
    return b.act(() => {
      if (first.tokenType === T.QuotedField) return { text: first.image.slice(1, -1).replace(/\\(['\\])/g, '$1'), span: tokenSpan(first) };
      if (rest.length === 0) return { text: textOf(first), span: tokenSpan(first) };
      return { text: [first, ...rest].map((t) => t.image).join(''), span: tokenSpan(first, rest[rest.length - 1]) };
    });
  });

  const assignment = b.rule('evalAssignment', (): EvalAssignment => {
    const field = b.subruleAt(0, target);
    b.consumeAt(0, T.Equals);
    const expr = b.subruleAt(0, r.evalExpr);
    return b.act(() => ({ field, expr, span: cover(field.span, expr.span) }));
  });

  return b.rule('evalCommand', (): EvalCommand | WhereCommand => {
    const head = b.consumeAt(0, T.EvalCommand);
    return b.orAt<EvalCommand | WhereCommand>(0, {
      IGNORE_AMBIGUITIES: true,
      MAX_LOOKAHEAD: 1,
      DEF: [
        {
          GATE: () => head.image.toLowerCase() === 'where',
          ALT: () => {
            const expr = b.subruleAt(0, r.evalExpr);
            return b.act((): WhereCommand => ({ kind: 'where', expr, span: cover(tokenSpan(head), expr.span) }));
          },
        },
        {
          ALT: () => {
            const assignments = [b.subruleAt(0, assignment)];
            b.manyAt(0, () => {
              b.consumeAt(0, T.Comma);
              assignments.push(b.subruleAt(1, assignment));
            });
            return b.act((): EvalCommand => ({
              kind: head.image.toLowerCase() === 'fieldformat' ? 'fieldformat' : 'eval',
              assignments,
              span: cover(tokenSpan(head), (assignments[assignments.length - 1] as EvalAssignment).span),
            }));
          },
        },
      ],
    });
  });
}
