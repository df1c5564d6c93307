import { describe, expect, it } from 'vitest';
import { formatPipeline, formatSubsearch } from '../../src/fmt/format.js';
import { cmd, e, pipeline, roundTrip, s, search, subsearch, w } from './builders.js';

const table = cmd({ kind: 'table', fields: [w('user'), w('dest')] });
const evalX = cmd({ kind: 'eval', assignments: [{ field: w('x'), expr: e.num('1'), span: { start: 0, end: 0 } }] });

describe('formatPipeline', () => {
  it('prints a first search as its bare expression, and later commands after "\\n| "', () => {
    expect(formatPipeline(pipeline(search(s.cmp('index', '=', 'main')), table))).toBe('index=main\n| table user, dest');
  });

  it('starts with "| " when the first command is not a search', () => {
    expect(formatPipeline(pipeline(table, search(s.term('x'))))).toBe('| table user, dest\n| search x');
  });

  it('writes search out when the search has no expression', () => {
    expect(formatPipeline(pipeline(search()))).toBe('| search');
    expect(formatPipeline(pipeline(search(), table))).toBe('| search\n| table user, dest');
  });

  it('writes search out when the expression would read as a command', () => {
    expect(formatPipeline(pipeline(search(s.cmp('from', '=', 'bob'))))).toBe('| search from=bob');
    expect(formatPipeline(pipeline(search(s.and(s.term('TSTATS'), s.term('x')))))).toBe('| search TSTATS x');
    expect(formatPipeline(pipeline(search(s.cmp('where', '=', '1'))))).toBe('| search where=1');
    expect(formatPipeline(pipeline(search(s.term('evaluate'))))).toBe('evaluate');
    expect(formatPipeline(pipeline(search(s.cmp('search_name', '=', 'x'))))).toBe('search_name=x');
  });
});

describe('formatSubsearch', () => {
  it('prints [search …] or [| command …], commands on one line', () => {
    expect(formatSubsearch(subsearch(search(s.term('x')), table))).toBe('[search x | table user, dest]');
    expect(formatSubsearch(subsearch(search()))).toBe('[search]');
    expect(formatSubsearch(subsearch(table))).toBe('[| table user, dest]');
    expect(formatSubsearch(subsearch(evalX))).toBe('[| eval x=1]');
  });

  it('opens an eval-mode body bare when asked (foreach)', () => {
    expect(formatSubsearch(subsearch(evalX, table), true)).toBe('[eval x=1 | table user, dest]');
    expect(formatSubsearch(subsearch(table), true)).toBe('[| table user, dest]');
  });

  it('nests', () => {
    const inner = search(s.and(s.term('a'), s.sub(search(s.term('b')))));
    expect(formatPipeline(pipeline(search(s.sub(inner))))).toBe('[search a [search b]]');
  });
});

describe('pipelines round-trip through the parser', () => {
  const cases: readonly [string, string][] = [
    ['index=main | search x | rename a AS b', 'index=main\n| search x\n| rename a as b'],
    ['search index=main', 'index=main'],
    ['| search', '| search'],
    ['search from=bob', '| search from=bob'],
    ['| search | rename a as b', '| search\n| rename a as b'],
    ['   index=main   |   iplocation   src   ', 'index=main\n| iplocation src'],
  ];
  for (const [spl, printed] of cases) {
    it(JSON.stringify(spl), () => {
      expect(roundTrip(spl)).toBe(printed);
    });
  }

  it('keeps search written out before every word the parser would read as a command', () => {
    for (const name of ['search', 'inputlookup', 'tstats', 'mstats', 'makeresults', 'from', 'datamodel', 'multisearch', 'rest', 'eval', 'Where', 'fieldformat']) {
      expect(roundTrip(`search ${name}=1 x`)).toBe(`| search ${name}=1 x`);
    }
  });
});
