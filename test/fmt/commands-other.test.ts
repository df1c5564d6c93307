import { describe, expect, it } from 'vitest';
import type { ArgItem } from '../../src/ast/args.js';
import { S, e, fmt, opt, q, s, search, subsearch, v, w } from './builders.js';

describe('generating and option-only commands', () => {
  it('prints datamodel, from and makeresults', () => {
    expect(fmt({ kind: 'datamodel', options: [opt('summariesonly', 'true')], args: [w('Endpoint'), w('Processes'), w('search')] })).toBe(
      'datamodel summariesonly=true Endpoint Processes search',
    );
    expect(fmt({ kind: 'from', args: [w('datamodel:Endpoint.Processes')] })).toBe('from datamodel:Endpoint.Processes');
    expect(fmt({ kind: 'from', args: [w('datamodel'), w('Web.Web')] })).toBe('from datamodel Web.Web');
    expect(fmt({ kind: 'makeresults', options: [opt('count', '3')] })).toBe('makeresults count=3');
    expect(fmt({ kind: 'makeresults', options: [] })).toBe('makeresults');
  });

  it('prints addinfo, collect and cyberchef', () => {
    expect(fmt({ kind: 'addinfo' })).toBe('addinfo');
    expect(fmt({ kind: 'collect', options: [opt('index', 'summary')] })).toBe('collect index=summary');
    expect(fmt({ kind: 'cyberchef', options: [opt('infield', q('a')), opt('jsonrecipe', q('[{"op":"x"}]'))], args: [w('rest')] })).toBe(
      'cyberchef infield="a" jsonrecipe="[{\\"op\\":\\"x\\"}]" rest',
    );
  });
});

describe('Machine Learning Toolkit commands', () => {
  it('prints apply and fit', () => {
    expect(fmt({ kind: 'apply', model: w('m1'), as: w('out'), options: [opt('threshold', '0.005')] })).toBe('apply m1 as out threshold=0.005');
    expect(fmt({ kind: 'apply', model: w('m1'), options: [] })).toBe('apply m1');
    expect(fmt({ kind: 'fit', algorithm: w('DensityFunction'), options: [opt('dist', 'norm')], fields: [w('x')], by: [w('a'), w('b')], into: w('m') })).toBe(
      'fit DensityFunction dist=norm x by a b into m',
    );
    expect(fmt({ kind: 'fit', algorithm: w('KMeans'), options: [], fields: [w('x'), w('y')], by: [] })).toBe('fit KMeans x y');
  });

  it('prints anomalydetection and outlier options then fields', () => {
    expect(fmt({ kind: 'anomalydetection', options: [opt('action', 'annotate')], fields: [w('count'), w('user type')] })).toBe(
      'anomalydetection action=annotate count "user type"',
    );
    expect(fmt({ kind: 'outlier', options: [opt('action', 'RM')], fields: [w('count')] })).toBe('outlier action=RM count');
  });
});

describe('field commands', () => {
  it('prints replace pairs and fields', () => {
    expect(fmt({ kind: 'replace', pairs: [{ from: q('::ffff:*'), to: v('*'), span: S }, { from: q('%%8448'), to: q('Success removed'), span: S }], fields: [w('src'), w('Status')] })).toBe(
      'replace "::ffff:*" with *, "%%8448" with "Success removed" in src, Status',
    );
  });

  it('prints fromjson, addtotals, xmlkv, multikv and extract', () => {
    expect(fmt({ kind: 'fromjson', field: w('Data'), options: [opt('prefix', 'd_')] })).toBe('fromjson Data prefix=d_');
    expect(fmt({ kind: 'addtotals', options: [opt('fieldname', 'Score')], fields: [w('a'), w('b')] })).toBe('addtotals fieldname=Score a b');
    expect(fmt({ kind: 'xmlkv', field: w('UserData_Xml'), options: [opt('maxinputs', '5')] })).toBe('xmlkv UserData_Xml maxinputs=5');
    expect(fmt({ kind: 'xmlkv', options: [] })).toBe('xmlkv');
    expect(fmt({ kind: 'multikv', options: [opt('noheader', 't')], args: [w('fields'), w('a'), w('b')] })).toBe('multikv noheader=t fields a b');
    expect(fmt({ kind: 'extract', options: [opt('pairdelim', q(';')), opt('kvdelim', q(':'))], args: [] })).toBe('extract pairdelim=";" kvdelim=":"');
  });
});

describe('generic commands', () => {
  const comma: ArgItem = { kind: 'comma', span: S };
  const value = (text: string): ArgItem => ({ kind: 'value', value: v(text) });

  it('prints every kind of argument, commas attached to what precedes them', () => {
    const args: ArgItem[] = [
      value('a'),
      comma,
      value('b'),
      { kind: 'option', option: opt('n', q('x y')) },
      { kind: 'not-option', option: opt('m', '3') },
      { kind: 'eval-option', name: w('e'), expr: e.bin('+', e.num('1'), e.num('2')), span: S },
      { kind: 'search-option', name: w('s'), expr: s.or(s.term('a'), s.term('b')), span: S },
      { kind: 'call', fn: w('f'), args: [value('x'), comma, value('y')], span: S },
      { kind: 'eval', expr: e.field('x'), span: S },
      { kind: 'subsearch', subsearch: subsearch(search(s.term('q'))) },
      value('AND'),
      { kind: 'value', value: v('<<FIELD>>') },
    ];
    expect(fmt({ kind: 'generic', name: w('mycmd'), args })).toBe('mycmd a, b n="x y" m!=3 e=eval(1 + 2) s=(a OR b) f(x, y) eval(x) [search q] AND <<FIELD>>');
  });

  it('prints a command without arguments, and calls without arguments', () => {
    expect(fmt({ kind: 'generic', name: w('localop'), args: [] })).toBe('localop');
    expect(fmt({ kind: 'generic', name: w('x'), args: [{ kind: 'call', fn: w('f'), args: [], span: S }] })).toBe('x f()');
  });
});
