import { describe, expect, it } from 'vitest';
import { S, fmt, opt, q, s, w } from './builders.js';

describe('bin, fillnull, mvexpand, makemv, spath', () => {
  it('prints options before the field, then as', () => {
    expect(fmt({ kind: 'bin', options: [opt('span', '5m')], field: w('_time') })).toBe('bin span=5m _time');
    expect(fmt({ kind: 'bucket', options: [opt('span', '1h')], field: w('_time'), as: w('t') })).toBe('bucket span=1h _time as t');
  });

  it('prints fillnull fields after its options', () => {
    expect(fmt({ kind: 'fillnull', options: [opt('value', q('NULL'))], fields: [w('a'), w('b')] })).toBe('fillnull value="NULL" a b');
    expect(fmt({ kind: 'fillnull', options: [], fields: [] })).toBe('fillnull');
  });

  it('prints mvexpand field first, makemv and mvcombine field last', () => {
    expect(fmt({ kind: 'mvexpand', options: [opt('limit', '10')], field: w('x') })).toBe('mvexpand x limit=10');
    expect(fmt({ kind: 'makemv', options: [opt('delim', q(' '))], field: w('Scope') })).toBe('makemv delim=" " Scope');
    expect(fmt({ kind: 'mvcombine', options: [], field: w('x') })).toBe('mvcombine x');
  });

  it('prints spath options and an optional path', () => {
    expect(fmt({ kind: 'spath', options: [opt('input', 'a'), opt('path', 'Statement{}')] })).toBe('spath input=a path=Statement{}');
    expect(fmt({ kind: 'spath', options: [], path: q('a.b{}') })).toBe('spath "a.b{}"');
  });
});

describe('dedup, sort, head and tail', () => {
  it('prints dedup count, options, fields and sortby', () => {
    expect(
      fmt({
        kind: 'dedup',
        count: w('2'),
        options: [opt('keepempty', 'true')],
        fields: [w('a'), w('b')],
        sortby: [{ field: w('_time'), order: '-', span: S }, { field: w('x'), order: '+', fn: 'num', span: S }],
      }),
    ).toBe('dedup 2 keepempty=true a b sortby -_time +num(x)');
    expect(fmt({ kind: 'dedup', options: [], fields: [w('user.groups{}')], sortby: [] })).toBe('dedup user.groups{}');
  });

  it('prints sort keys with commas and the trailing d', () => {
    expect(
      fmt({ kind: 'sort', count: w('0'), keys: [{ field: w('count'), order: '-', span: S }, { field: w('ip'), fn: 'ip', span: S }, { field: w('y'), span: S }], descending: true }),
    ).toBe('sort 0 -count, ip(ip), y d');
    expect(fmt({ kind: 'sort', keys: [{ field: w('_time'), order: '-', span: S }], descending: false })).toBe('sort -_time');
  });

  it('prints head and tail with an optional count', () => {
    expect(fmt({ kind: 'head', count: w('5'), options: [] })).toBe('head 5');
    expect(fmt({ kind: 'tail', options: [opt('limit', '3')] })).toBe('tail limit=3');
  });
});

describe('lookup, inputlookup, outputlookup', () => {
  it('prints lookup inputs and outputs with their aliases', () => {
    expect(
      fmt({
        kind: 'lookup',
        options: [opt('update', 'true')],
        table: w('dnslookup'),
        inputs: [{ field: w('clientip'), as: w('ip'), span: S }, { field: w('host'), span: S }],
        output: { mode: 'OUTPUTNEW', fields: [{ field: w('a'), as: w('b'), span: S }, { field: w('c'), span: S }] },
      }),
    ).toBe('lookup update=true dnslookup clientip as ip, host OUTPUTNEW a as b, c');
    expect(fmt({ kind: 'lookup', options: [], table: w('t'), inputs: [{ field: w('a'), span: S }] })).toBe('lookup t a');
    expect(fmt({ kind: 'lookup', options: [], table: w('t'), inputs: [{ field: w('a'), span: S }], output: { mode: 'OUTPUT', fields: [] } })).toBe('lookup t a OUTPUT');
  });

  it('prints inputlookup with an optional where, and outputlookup', () => {
    expect(fmt({ kind: 'inputlookup', options: [opt('append', 't')], table: w('seen'), where: s.or(s.cmp('a', '=', '1'), s.cmp('b', '=', '2')) })).toBe(
      'inputlookup append=t seen where a=1 OR b=2',
    );
    expect(fmt({ kind: 'inputlookup', options: [], table: w('seen.csv') })).toBe('inputlookup seen.csv');
    expect(fmt({ kind: 'outputlookup', options: [opt('append', 'true')], table: w('baseline') })).toBe('outputlookup append=true baseline');
  });
});
