import { describe, expect, it } from 'vitest';
import { deterministicInputs, keepTest } from '../../src/ingest/calc-shortcuts.js';
import { parseEvalExpression } from '../../src/parser/search-expression.js';

const keep = (field: string, expression: string): ((v: string) => boolean) | undefined => keepTest(field, parseEvalExpression(expression));

describe('keep tests: when a calculation would store the text already there', () => {
  it('CIM default: if(isnull(x) OR x="","unknown",x) keeps any non-empty text', () => {
    const test = keep('action', 'if(isnull(action) OR action="","unknown",action)');
    expect(['allowed', 'unknown', '0', ' '].map((v) => test?.(v))).toEqual([true, true, true, true]);
    expect(test?.('')).toBe(false);
  });

  it('a literal other than "" is compared as the interpreter compares (numbers numerically)', () => {
    const test = keep('dest_port', 'if(isnull(dest_port) OR dest_port="0",-1,dest_port)');
    expect(['80', '0', '0.0', '00', 'x'].map((v) => test?.(v))).toEqual([true, false, false, false, true]);
  });

  it('if(isnum(x),x,0) and case(isnum(x),x,…) keep exactly the texts isnum accepts', () => {
    for (const expression of ['if(isnum(src_port),src_port,0)', 'case(isnum(src_port),src_port,1=1,null())']) {
      const test = keep('src_port', expression);
      expect(['443', '1.5', '-3', '1e5', 'nan', 'abc', ' 5', '0x10', ''].map((v) => test?.(v))).toEqual([true, true, true, true, true, false, false, false, false]);
    }
  });

  it('case(isnotnull(x) AND x!="",x,…) keeps non-empty text', () => {
    const test = keep('signature', 'case(isnotnull(signature) AND signature!="",signature,1=1,"unknown")');
    expect([test?.('x'), test?.('')]).toEqual([true, false]);
  });

  it('no test when the kept branch transforms the value or the condition reads another field', () => {
    expect(keep('transport', 'if(isnull(transport) OR transport="","unknown",lower(transport))')).toBeUndefined();
    expect(keep('app', 'if(isnull(dest) OR dest="","unknown",app)')).toBeUndefined();
    expect(keep('user', 'if(isnotnull(user) AND user!="",user,owner)')).toBeDefined();
    expect(keep('worker', 'if(isnotnull(worker) AND worker!="","unknown",worker)')?.('w')).toBe(false);
  });
});

describe('deterministic inputs', () => {
  it('lists the fields read when every function depends only on its arguments and the load context', () => {
    expect([...(deterministicInputs(parseEvalExpression('case(isnum(bytes),bytes,isnum(bytes_in),bytes_in+1,1=1,now())')) ?? [])].sort()).toEqual(['bytes', 'bytes_in']);
  });

  it('gives up on functions outside the list (their results may depend on more than their arguments)', () => {
    expect(deterministicInputs(parseEvalExpression('if(isnull(x),md5(y),x)'))).toBeUndefined();
  });
});
