import { describe, expect, it } from 'vitest';
import { formatEvalExpr } from '../../src/fmt/eval-expr.js';
import { evalTarget } from '../../src/fmt/eval-target.js';
import { e, w } from './builders.js';

const f = e.field;

describe('eval expressions', () => {
  it('prints literals: numbers as written, strings double-quoted', () => {
    expect(formatEvalExpr(e.num('1.5e3'))).toBe('1.5e3');
    expect(formatEvalExpr(e.str('a "b" c'))).toBe('"a \\"b\\" c"');
    expect(formatEvalExpr(e.str('\\d+\\\\'))).toBe('"\\d+\\\\\\\\"');
    expect(formatEvalExpr(e.str(''))).toBe('""');
  });

  it('prints identifier-like fields bare and others single-quoted', () => {
    expect(formatEvalExpr(f('Processes.process_name'))).toBe('Processes.process_name');
    expect(formatEvalExpr(f('_time'))).toBe('_time');
    expect(formatEvalExpr(f('@x$'))).toBe('@x$');
    expect(formatEvalExpr(f('my field'))).toBe("'my field'");
    expect(formatEvalExpr(f('user.groups{}'))).toBe("'user.groups{}'");
    expect(formatEvalExpr(f('1st'))).toBe("'1st'");
    expect(formatEvalExpr(f("it's\\"))).toBe("'it\\'s\\\\'");
  });

  it('quotes a field named like a keyword, in any case', () => {
    for (const name of ['and', 'OR', 'Not', 'xor', 'like', 'IN']) expect(formatEvalExpr(f(name))).toBe(`'${name}'`);
    expect(formatEvalExpr(f('android'))).toBe('android');
  });

  it('keeps a field quoted when it was written quoted', () => {
    expect(formatEvalExpr(f('count', true))).toBe("'count'");
    expect(formatEvalExpr(f('avg_<<MATCHSTR>>', true))).toBe("'avg_<<MATCHSTR>>'");
  });

  it('prints templates, calls and IN', () => {
    expect(formatEvalExpr(e.tpl('<<FIELD>>'))).toBe('<<FIELD>>');
    expect(formatEvalExpr(e.call('if', e.call('isnull', f('x')), e.str('none'), f('x')))).toBe('if(isnull(x), "none", x)');
    expect(formatEvalExpr(e.call('now'))).toBe('now()');
    expect(formatEvalExpr(e.in(f('x'), e.num('1'), e.str('a')))).toBe('x IN (1, "a")');
  });

  it('prints operators with spaces, word operators upper case', () => {
    expect(formatEvalExpr(e.bin('AND', f('a'), e.bin('OR', f('b'), f('c'))))).toBe('a AND b OR c');
    expect(formatEvalExpr(e.bin('XOR', f('a'), f('b')))).toBe('a XOR b');
    expect(formatEvalExpr(e.bin('LIKE', f('a'), e.str('%x%')))).toBe('a LIKE "%x%"');
    expect(formatEvalExpr(e.bin('.', f('a'), e.str('-')))).toBe('a . "-"');
    expect(formatEvalExpr(e.bin('==', f('a'), e.num('1')))).toBe('a == 1');
    expect(formatEvalExpr(e.bin('%', e.bin('*', f('a'), e.num('2')), e.num('3')))).toBe('a * 2 % 3');
  });

  it('prints unary operators and written parentheses, adding none of its own', () => {
    expect(formatEvalExpr(e.un('NOT', e.in(f('x'), e.num('1'))))).toBe('NOT x IN (1)');
    expect(formatEvalExpr(e.un('-', e.num('1')))).toBe('-1');
    expect(formatEvalExpr(e.un('-', e.un('-', f('x'))))).toBe('--x');
    expect(formatEvalExpr(e.un('+', f('x')))).toBe('+x');
    expect(formatEvalExpr(e.bin('*', e.group(e.bin('+', f('a'), f('b'))), e.num('2')))).toBe('(a + b) * 2');
    expect(formatEvalExpr(e.un('NOT', e.group(e.bin('AND', f('a'), f('b')))))).toBe('NOT (a AND b)');
  });
});

describe('eval assignment targets', () => {
  it('prints names bare when they can be, templates as-is, else single-quoted', () => {
    expect(evalTarget(w('risk_score'))).toBe('risk_score');
    expect(evalTarget(w('<<FIELD>>'))).toBe('<<FIELD>>');
    expect(evalTarget(w('risk score'))).toBe("'risk score'");
    expect(evalTarget(w('in'))).toBe("'in'");
    expect(evalTarget(w('1st'))).toBe("'1st'");
    expect(evalTarget(w("it's"))).toBe("'it\\'s'");
  });

  it('prints glued targets bare, as Splunk reads a target up to the =', () => {
    expect(evalTarget(w('cpu:mem'))).toBe('cpu:mem');
    expect(evalTarget(w('{key}'))).toBe('{key}');
    expect(evalTarget(w('feature_-value'))).toBe('feature_-value');
    expect(evalTarget(w('a-in'))).toBe("'a-in'");
    expect(evalTarget(w('a|b'))).toBe("'a|b'");
  });
});
