import { describe, expect, it } from 'vitest';
import type { EvalExpr } from '../../src/ast/eval.js';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { parsePipeline } from '../../src/parser/parse.js';
import { BOOLEAN_ASSIGNMENT, compileAssignment, toFieldValue } from '../../src/runtime/eval/assign.js';
import { compileEval } from '../../src/runtime/eval/compile.js';
import { createEvalPort } from '../../src/runtime/eval/port.js';
import { errorOf, ev, exprOf, rowOf, UTC } from './helpers.js';

describe('unknown functions and arity', () => {
  it('refuses an unknown function with its name and the call span', () => {
    expect(errorOf('if(isnull(a), frobnicate(a, 1), 0)')).toEqual({
      code: 'unsupported',
      message: 'unsupported: eval function frobnicate()',
      at: 'frobnicate(a, 1)',
    });
    expect(errorOf('base64decode(x)')).toMatchObject({ message: 'unsupported: eval function base64decode()' });
  });

  it('reports a wrong argument count at the call', () => {
    expect(errorOf('1 + if(a, b)')).toEqual({ code: 'invalid-argument', message: 'if() takes 3 arguments, not 2', at: 'if(a, b)' });
    expect(errorOf('now(1)')).toMatchObject({ message: 'now() takes 0 arguments, not 1', at: 'now(1)' });
    expect(errorOf('substr("a")')).toMatchObject({ message: 'substr() takes 2 to 3 arguments, not 1' });
    expect(errorOf('coalesce()')).toMatchObject({ message: 'coalesce() takes at least 1 argument, not 0' });
    expect(errorOf('case(a=1, "x", b=2)')).toMatchObject({ code: 'invalid-argument', at: 'case(a=1, "x", b=2)' });
  });

  it('reads function names in any case, as ESCU writes CASE(…) and ISNOTNULL(…)', () => {
    expect(ev('CASE(ISNOTNULL(a), "y", true(), "n")', { a: '1' })).toBe('y');
    expect(ev('Lower("AB")')).toBe('ab');
  });

  it('points at a bad literal regex', () => {
    expect(errorOf('match(p, "(?>a)")')).toEqual({
      code: 'unsupported',
      message: 'unsupported: PCRE atomic group (?>…) in regular expression',
      at: '"(?>a)"',
    });
    expect(errorOf('replace(p, "(a", "b")')).toMatchObject({ code: 'invalid-argument', at: '"(a"' });
  });

  it('refuses foreach templates outside foreach, at the template', () => {
    const text = '| foreach a* [eval x=<<FIELD>>+1]';
    const [command] = parsePipeline(text).commands;
    const expr = findExpr(command);
    try {
      compileEval(expr);
      expect.fail('compiled a template');
    } catch (e) {
      if (!(e instanceof SpliceError) || e.diagnostic.location.kind !== 'source') throw e;
      const { span } = e.diagnostic.location;
      expect([e.diagnostic.code, text.slice(span.start, span.end)]).toEqual(['unsupported', '<<FIELD>>']);
    }
  });
});

/** The first eval assignment's expression anywhere inside a command. */
function findExpr(node: unknown): EvalExpr {
  if (typeof node !== 'object' || node === null) throw new Error('no expression');
  const n = node as { assignments?: { expr: EvalExpr }[] };
  if (Array.isArray(n.assignments) && n.assignments[0] !== undefined) return n.assignments[0].expr;
  for (const value of Object.values(node)) {
    if (typeof value === 'object' && value !== null) {
      try {
        return findExpr(value);
      } catch {
        // keep looking
      }
    }
  }
  throw new Error('no expression');
}

describe('boolean assignments', () => {
  const assign = (text: string): unknown => compileAssignment(exprOf(text))(rowOf({ a: '1' }), UTC);

  it('refuses a boolean result with Splunk’s message, at the expression', () => {
    for (const text of ['a=1', 'isnull(a)', 'NOT a=1', 'a IN ("1")', 'if(a=1, a=2, a=3)', 'coalesce(a>0)', '(a LIKE "1")']) {
      expect(errorOf(text, assign)).toEqual({ code: 'invalid-argument', message: BOOLEAN_ASSIGNMENT, at: text });
    }
  });

  it('allows booleans inside if() and tostring()', () => {
    expect(assign('if(a=1, "y", "n")')).toBe('y');
    expect(assign('tostring(a=1)')).toBe('True');
  });

  it('stores null as no field and lists of one as a value', () => {
    expect(toFieldValue(null)).toBe(undefined);
    expect(toFieldValue(['x'])).toBe('x');
    expect(toFieldValue([])).toBe(undefined);
    expect(toFieldValue([1, Number.NaN])).toEqual([1, 'nan']);
    expect(() => toFieldValue(true)).toThrow(SpliceError);
  });
});

describe('the EvalPort', () => {
  const port = createEvalPort(UTC);

  it('gives field values and where truth', () => {
    expect(port.value(exprOf('a*2'), rowOf({ a: '21' }))).toBe(42);
    expect(port.value(exprOf('missing'), rowOf())).toBe(undefined);
    expect(port.truth(exprOf('a>1'), rowOf({ a: '2' }))).toBe(true);
    expect(port.truth(exprOf('a>1'), rowOf())).toBe(false);
    expect(port.truth(exprOf('"x"'), rowOf())).toBe(false);
  });

  it('compiles each expression once', () => {
    const expr = exprOf('a+1');
    expect([1, 2, 3].map((a) => port.value(expr, rowOf({ a })))).toEqual([2, 3, 4]);
  });
});
