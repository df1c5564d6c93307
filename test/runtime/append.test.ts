import { describe, expect, it } from 'vitest';
import { applyAppend } from '../../src/runtime/commands/append.js';
import { command, expectRefused, plain, table } from './helpers.js';

const main = table([{ a: 1, b: 'x' }, { a: 2 }], ['a', 'b']);
const sub = table([{ c: 'new', a: 9 }, { b: 'y' }], ['c', 'a', 'b']);

function append(spl: string, right = sub): ReturnType<typeof plain> {
  const kind = spl.startsWith('appendpipe') ? 'appendpipe' : 'append';
  return plain(applyAppend(main, command(`${spl} [search x]`, kind), right));
}

describe('append and appendpipe', () => {
  it('puts the right rows after the left ones, fields in union order', () => {
    const expected = {
      fields: ['a', 'b', 'c'],
      rows: [{ a: 1, b: 'x' }, { a: 2 }, { c: 'new', a: 9 }, { b: 'y' }],
    };
    expect(append('append')).toEqual(expected);
    expect(append('appendpipe')).toEqual(expected);
  });

  it('maxout=N keeps the first N subsearch rows', () => {
    expect(append('append maxout=1').rows).toEqual([{ a: 1, b: 'x' }, { a: 2 }, { c: 'new', a: 9 }]);
  });

  it('options that only bound time or the preview change nothing', () => {
    const same = append('append').rows;
    expect(append('append maxtime=5 timeout=10 extendtimerange=false').rows).toEqual(same);
    expect(append('appendpipe run_in_preview=false').rows).toEqual(same);
  });

  it('an empty right side adds nothing', () => {
    expect(append('append', table([]))).toEqual({ fields: ['a', 'b'], rows: [{ a: 1, b: 'x' }, { a: 2 }] });
  });

  it('refuses options that could change results', () => {
    expectRefused(() => append('append extendtimerange=true'), 'unsupported: unsupported: append extendtimerange=true');
    expectRefused(() => append('append maxout=0'), 'unsupported: unsupported: append maxout=0');
    expectRefused(() => append('append foo=1'), 'unsupported: unsupported: append option foo=');
    expectRefused(() => append('appendpipe maxout=1'), 'unsupported: unsupported: appendpipe option maxout=');
    expectRefused(() => append('append maxtime=soon'), 'invalid-argument: maxtime expects a whole number, not "soon"');
  });
});
