import { describe, expect, it } from 'vitest';
import { applyEval } from '../../src/runtime/commands/eval.js';
import { applyWhere } from '../../src/runtime/commands/where.js';
import { command, expectRefused, fakePort, plain, table } from './helpers.js';

const input = table([{ x: 3, y: 'a' }, { x: 10 }, { y: 'b' }], ['x', 'y']);

describe('eval', () => {
  it('runs assignments left to right, each seeing the earlier ones; null removes the field', () => {
    expect(plain(applyEval(input, command('eval a="v", b=a . y, y=z', 'eval'), fakePort))).toEqual({
      fields: ['x', 'y', 'a', 'b'],
      rows: [
        { x: 3, a: 'v', b: 'va' },
        { x: 10, a: 'v' },
        { a: 'v', b: 'vb' },
      ],
    });
  });

  it('overwrites an existing field in place', () => {
    expect(plain(applyEval(input, command('eval x=5', 'eval'), fakePort)).rows.map((r) => r.x)).toEqual([5, 5, 5]);
  });

  it('refuses fieldformat', () => {
    expectRefused(() => applyEval(input, command('fieldformat x="a"', 'fieldformat'), fakePort), 'unsupported: unsupported: fieldformat');
  });
});

describe('where', () => {
  it('keeps results where the expression is true; null (missing field) drops them', () => {
    expect(plain(applyWhere(input, command('where x>5', 'where'), fakePort)).rows).toEqual([{ x: 10 }]);
    expect(plain(applyWhere(input, command('where y="b"', 'where'), fakePort)).rows).toEqual([{ y: 'b' }]);
  });
});
