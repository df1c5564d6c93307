import { describe, expect, it } from 'vitest';
import { S, e, fmt, opt, q, roundTrip, s, w } from './builders.js';

describe('search and where', () => {
  it('prints search with or without an expression', () => {
    expect(fmt({ kind: 'search', expr: s.and(s.cmp('a', '=', '1'), s.term('b')) })).toBe('search a=1 b');
    expect(fmt({ kind: 'search' })).toBe('search');
  });

  it('prints where with an eval expression', () => {
    expect(fmt({ kind: 'where', expr: e.bin('AND', e.bin('>', e.field('count'), e.num('5')), e.call('isnotnull', e.field('user'))) })).toBe(
      'where count > 5 AND isnotnull(user)',
    );
  });
});

describe('eval and fieldformat', () => {
  it('prints assignments separated by commas', () => {
    const assignments = [
      { field: w('a'), expr: e.num('1'), span: S },
      { field: w('risk score'), expr: e.bin('.', e.field('a'), e.str('x')), span: S },
      { field: w('<<FIELD>>'), expr: e.tpl('<<FIELD>>'), span: S },
    ];
    expect(fmt({ kind: 'eval', assignments })).toBe(`eval a=1, 'risk score'=a . "x", <<FIELD>>=<<FIELD>>`);
    expect(fmt({ kind: 'fieldformat', assignments: [{ field: w('t'), expr: e.call('strftime', e.field('t'), e.str('%F')), span: S }] })).toBe(
      'fieldformat t=strftime(t, "%F")',
    );
  });
});

describe('rename, table and fields', () => {
  it('prints rename pairs', () => {
    expect(fmt({ kind: 'rename', pairs: [{ from: w('Processes.*'), to: w('*'), span: S }, { from: w('src'), to: w('source ip'), span: S }] })).toBe(
      'rename Processes.* as *, src as "source ip"',
    );
  });

  it('prints table and fields lists with commas, and the fields mode only when written', () => {
    expect(fmt({ kind: 'table', fields: [w('_time'), w('user')] })).toBe('table _time, user');
    expect(fmt({ kind: 'fields', mode: '-', explicitMode: true, fields: [w('a'), w('b')] })).toBe('fields - a, b');
    expect(fmt({ kind: 'fields', mode: '+', explicitMode: true, fields: [w('a')] })).toBe('fields + a');
    expect(fmt({ kind: 'fields', mode: '+', explicitMode: false, fields: [w('a'), w('b')] })).toBe('fields a, b');
  });
});

describe('rex and regex', () => {
  it('prints rex options then the pattern, keeping its backslashes', () => {
    expect(fmt({ kind: 'rex', options: [opt('field', '_raw')], pattern: q('(?<port>\\d+)') })).toBe('rex field=_raw "(?<port>\\d+)"');
    expect(fmt({ kind: 'rex', options: [opt('mode', 'sed'), opt('field', 'x')], pattern: q('s/"//g') })).toBe('rex mode=sed field=x "s/\\"//g"');
  });

  it('prints the three regex forms', () => {
    expect(fmt({ kind: 'regex', field: w('process'), negated: false, pattern: q('(?i)cmd') })).toBe('regex process="(?i)cmd"');
    expect(fmt({ kind: 'regex', field: w('process'), negated: true, pattern: q('a') })).toBe('regex process!="a"');
    expect(fmt({ kind: 'regex', negated: false, pattern: q('a.b') })).toBe('regex "a.b"');
  });
});

describe('convert and iplocation', () => {
  it('prints convert with and without timeformat and as', () => {
    expect(
      fmt({
        kind: 'convert',
        timeformat: q('%Y-%m-%dT%H:%M:%S'),
        conversions: [{ fn: w('ctime'), field: w('firstTime'), span: S }, { fn: w('dur2sec'), field: w('d'), as: w('secs'), span: S }],
      }),
    ).toBe('convert timeformat="%Y-%m-%dT%H:%M:%S" ctime(firstTime) dur2sec(d) as secs');
    expect(fmt({ kind: 'convert', conversions: [{ fn: w('ctime'), field: w('_time'), span: S }] })).toBe('convert ctime(_time)');
  });

  it('prints iplocation options before the field', () => {
    expect(fmt({ kind: 'iplocation', options: [opt('prefix', 'geo_'), opt('allfields', 'true')], field: w('src') })).toBe('iplocation prefix=geo_ allfields=true src');
  });
});

describe('rename, convert and iplocation round-trip through the parser', () => {
  const cases: readonly [string, string][] = [
    ['| rename "Processes".* AS *', '| rename Processes.* as *'],
    ['| rename a as b c as "d e"', '| rename a as b, c as "d e"'],
    ['| rename "All_Traffic.*" as *, src As source_ip', '| rename All_Traffic.* as *, src as source_ip'],
    ['| convert timeformat="%Y-%m-%d %H:%M" ctime(start_time) AS start, ctime(end_time)', '| convert timeformat="%Y-%m-%d %H:%M" ctime(start_time) as start ctime(end_time)'],
    ['| convert ctime(_time)', '| convert ctime(_time)'],
    ['| iplocation prefix=geo_ allfields=true lang=en dest_ip', '| iplocation prefix=geo_ allfields=true lang=en dest_ip'],
    ['| iplocation "src ip"', '| iplocation "src ip"'],
  ];
  for (const [spl, printed] of cases) {
    it(spl, () => {
      expect(roundTrip(spl)).toBe(printed);
    });
  }
});
