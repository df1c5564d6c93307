import { describe, expect, it } from 'vitest';
import { S, e, fmt, fn, opt, q, roundTrip, s, w } from './builders.js';

describe('tstats and mstats', () => {
  it('prints options, functions, from, where and by in that order', () => {
    expect(
      fmt({
        kind: 'tstats',
        options: [opt('summariesonly', 'true'), opt('allow_old_summaries', 'true')],
        functions: [fn('count'), fn('min', ['_time'], 'firstTime'), fn('values', ['Processes.process'], 'process')],
        from: { datamodel: w('Endpoint'), dataset: w('Processes'), span: S },
        where: s.and(s.cmp('Processes.process_name', '=', 'cmd.exe'), s.or(s.term('a'), s.term('b'))),
        by: [w('Processes.dest'), w('Processes.user')],
        timeSpan: opt('span', '1h'),
      }),
    ).toBe(
      'tstats summariesonly=true allow_old_summaries=true count min(_time) as firstTime values(Processes.process) as process ' +
        'from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe (a OR b) by Processes.dest Processes.user span=1h',
    );
  });

  it('prints a bare data model, several and eval arguments, and no optional clause it lacks', () => {
    expect(fmt({ kind: 'tstats', options: [], functions: [fn('count')], from: { datamodel: w('Network_Traffic'), span: S }, by: [] })).toBe(
      'tstats count from datamodel=Network_Traffic',
    );
    expect(fmt({ kind: 'tstats', options: [], functions: [fn('dc', ['a', 'b'])], by: [] })).toBe('tstats dc(a, b)');
    expect(fmt({ kind: 'mstats', options: [], functions: [fn('count', [e.bin('>', e.field('x'), e.num('1'))], 'n')], by: [w('host')] })).toBe(
      'mstats count(eval(x > 1)) as n by host',
    );
  });

  it('quotes a data model name that is not one word, and prints span alone after by', () => {
    expect(fmt({ kind: 'tstats', options: [], functions: [fn('count')], from: { datamodel: w('My Model'), dataset: w('DS'), span: S }, by: [], timeSpan: opt('span', q('1h')) })).toBe(
      'tstats count from datamodel="My Model.DS" by span="1h"',
    );
  });
});

describe('stats, eventstats, streamstats', () => {
  it('prints options, functions and by', () => {
    expect(fmt({ kind: 'stats', options: [], functions: [fn('count'), fn('values', ['user'], 'users')], by: [w('src'), w('dest')] })).toBe(
      'stats count values(user) as users by src dest',
    );
    expect(fmt({ kind: 'streamstats', options: [opt('window', '2'), opt('current', '1')], functions: [fn('range', ['_time'], 'TimeDelta')], by: [w('session_id')] })).toBe(
      'streamstats window=2 current=1 range(_time) as TimeDelta by session_id',
    );
    expect(fmt({ kind: 'eventstats', options: [], functions: [fn('avg', ['bytes'], 'avg bytes')], by: [] })).toBe('eventstats avg(bytes) as "avg bytes"');
  });

  it('prints eval arguments', () => {
    expect(fmt({ kind: 'stats', options: [], functions: [fn('count', [e.bin('=', e.field('action'), e.str('failure'))], 'failures')], by: [] })).toBe(
      'stats count(eval(action = "failure")) as failures',
    );
  });
});

describe('chart and timechart', () => {
  it('prints over and by', () => {
    expect(fmt({ kind: 'chart', options: [], functions: [fn('count')], over: w('host'), by: [w('status')] })).toBe('chart count over host by status');
    expect(fmt({ kind: 'timechart', options: [opt('span', '5m'), opt('limit', '0')], functions: [fn('count')], by: [] })).toBe('timechart span=5m limit=0 count');
  });
});

describe('top and rare', () => {
  it('prints options, fields and by', () => {
    expect(fmt({ kind: 'top', options: [opt('limit', '5')], fields: [w('src'), w('dest')], by: [w('user')] })).toBe('top limit=5 src dest by user');
    expect(fmt({ kind: 'rare', options: [], fields: [w('user.username')], by: [] })).toBe('rare user.username');
  });
});

describe('tstats round-trips through the parser', () => {
  const cases: readonly [string, string][] = [
    [
      '| tstats `security_content_summariesonly` count min(_time) as firstTime max(_time) as lastTime from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe by Processes.dest Processes.user',
      // fmt prints the search after macro expansion (the builtin's definition here).
      '| tstats summariesonly=false allow_old_summaries=true fillnull_value=null count min(_time) as firstTime max(_time) as lastTime from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe by Processes.dest Processes.user',
    ],
    ['| tstats summariesonly=false count FROM datamodel="Network_Traffic" BY All_Traffic.src span=1h', '| tstats summariesonly=false count from datamodel=Network_Traffic by All_Traffic.src span=1h'],
    ['| tstats count where index=main (a OR b) NOT c by host, "Processes".dest', '| tstats count where index=main (a OR b) NOT c by host Processes.dest'],
    ['| tstats dc(a) AS n, values("x y") as v', '| tstats dc(a) as n values("x y") as v'],
  ];
  for (const [spl, printed] of cases) {
    it(spl, () => {
      expect(roundTrip(spl)).toBe(printed);
    });
  }
});
