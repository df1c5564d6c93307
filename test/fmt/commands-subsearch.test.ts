import { describe, expect, it } from 'vitest';
import { S, cmd, e, fmt, fn, opt, q, s, search, subsearch, w } from './builders.js';

const stats = cmd({ kind: 'stats', options: [], functions: [fn('count')], by: [w('user')] });
const evalBody = cmd({ kind: 'eval', assignments: [{ field: w('<<FIELD>>'), expr: e.call('round', e.tpl('<<FIELD>>'), e.num('2')), span: S }] });

describe('join, append, appendpipe, map, multisearch', () => {
  it('prints join options, fields with commas, then the subsearch', () => {
    expect(fmt({ kind: 'join', options: [opt('type', 'outer')], fields: [w('user'), w('host')], subsearch: subsearch(search(s.term('x')), stats) })).toBe(
      'join type=outer user, host [search x | stats count by user]',
    );
    expect(fmt({ kind: 'join', options: [], fields: [], subsearch: subsearch(stats) })).toBe('join [| stats count by user]');
  });

  it('prints append and appendpipe', () => {
    expect(fmt({ kind: 'append', options: [opt('maxout', '10')], subsearch: subsearch(search(s.term('a'))) })).toBe('append maxout=10 [search a]');
    expect(fmt({ kind: 'appendpipe', options: [], subsearch: subsearch(stats) })).toBe('appendpipe [| stats count by user]');
  });

  it('prints map with options and an optional subsearch', () => {
    expect(fmt({ kind: 'map', options: [opt('maxsearches', '70'), opt('search', q('search x=$y$'))] })).toBe('map maxsearches=70 search="search x=$y$"');
    expect(fmt({ kind: 'map', options: [], subsearch: subsearch(search(s.cmp('x', '=', '$y$'))) })).toBe('map [search x=$y$]');
  });

  it('prints multisearch subsearches', () => {
    expect(fmt({ kind: 'multisearch', subsearches: [subsearch(search(s.term('a'))), subsearch(search(s.term('b')), stats)] })).toBe(
      'multisearch [search a] [search b | stats count by user]',
    );
  });
});

describe('foreach', () => {
  it('opens an eval body bare', () => {
    expect(fmt({ kind: 'foreach', options: [opt('mode', 'multifield')], fields: [w('count_*'), w('avg_*')], body: subsearch(evalBody) })).toBe(
      'foreach mode=multifield count_* avg_* [eval <<FIELD>>=round(<<FIELD>>, 2)]',
    );
    expect(fmt({ kind: 'foreach', options: [], fields: [w('*')], body: subsearch(stats) })).toBe('foreach * [| stats count by user]');
  });
});

describe('transaction', () => {
  it('prints fields, then plain, eval and search options', () => {
    expect(
      fmt({
        kind: 'transaction',
        fields: [w('user'), w('host')],
        options: [
          { kind: 'search', name: w('startswith'), expr: s.cmp('operationName', '=', q('Enable account')), span: S },
          { kind: 'eval', name: w('endswith'), expr: e.bin('>', e.field('x'), e.num('1')), span: S },
          { kind: 'option', option: opt('maxspan', '180m') },
        ],
      }),
    ).toBe('transaction user host startswith=(operationName="Enable account") endswith=eval(x > 1) maxspan=180m');
    expect(fmt({ kind: 'transaction', fields: [], options: [{ kind: 'search', name: w('startswith'), expr: s.or(s.term('a'), s.term('b')), span: S }] })).toBe(
      'transaction startswith=(a OR b)',
    );
  });
});

describe('format and return', () => {
  it('prints format options and its strings as quoted', () => {
    expect(fmt({ kind: 'format', options: [opt('maxresults', '5')], strings: ['(', '(', 'AND', ')', 'OR', ')'].map(q) })).toBe(
      'format maxresults=5 "(" "(" "AND" ")" "OR" ")"',
    );
    expect(fmt({ kind: 'format', options: [], strings: [] })).toBe('format');
  });

  it('prints return items as field, alias=field or $field', () => {
    expect(
      fmt({
        kind: 'return',
        count: w('10'),
        items: [
          { field: w('src'), dollar: false, span: S },
          { field: w('src_user'), as: w('user'), dollar: false, span: S },
          { field: w('dest'), dollar: true, span: S },
        ],
      }),
    ).toBe('return 10 src user=src_user $dest');
    expect(fmt({ kind: 'return', items: [{ field: w('x'), dollar: false, span: S }] })).toBe('return x');
  });
});
