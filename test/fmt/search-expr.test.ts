import { describe, expect, it } from 'vitest';
import { formatSearch } from '../../src/fmt/format.js';
import { cmd, q, roundTrip, s, search, v } from './builders.js';

describe('search expressions', () => {
  it('prints comparisons tight, as Splunk writes them', () => {
    expect(formatSearch(s.cmp('index', '=', 'main'))).toBe('index=main');
    expect(formatSearch(s.cmp('count', '>=', '5'))).toBe('count>=5');
    expect(formatSearch(s.cmp('user', '!=', q('SYSTEM')))).toBe('user!="SYSTEM"');
    expect(formatSearch(s.cmp('my field', '<', '3'))).toBe('"my field"<3');
    expect(formatSearch(s.cmp('x!', '=', '1'))).toBe('x! =1');
  });

  it('prints terms with their quoting', () => {
    expect(formatSearch(s.term('*'))).toBe('*');
    expect(formatSearch(s.term(q('failed password')))).toBe('"failed password"');
  });

  it('prints IN lists with commas', () => {
    expect(formatSearch(s.in('process_name', v('cmd.exe'), q('power shell.exe')))).toBe('process_name IN (cmd.exe, "power shell.exe")');
    expect(formatSearch(s.in('x'))).toBe('x IN ()');
  });

  it('joins AND implicitly and OR explicitly', () => {
    expect(formatSearch(s.and(s.term('a'), s.cmp('b', '=', '1')))).toBe('a b=1');
    expect(formatSearch(s.or(s.term('a'), s.term('b'), s.term('c')))).toBe('a OR b OR c');
  });

  it('parenthesises every and/or inside an and/or/not', () => {
    expect(formatSearch(s.and(s.or(s.term('a'), s.term('b')), s.term('c')))).toBe('(a OR b) c');
    expect(formatSearch(s.or(s.and(s.term('a'), s.term('b')), s.term('c')))).toBe('(a b) OR c');
    expect(formatSearch(s.and(s.and(s.term('a'), s.term('b')), s.term('c')))).toBe('(a b) c');
    expect(formatSearch(s.or(s.term('a'), s.or(s.term('b'), s.term('c'))))).toBe('a OR (b OR c)');
    expect(formatSearch(s.not(s.or(s.term('a'), s.term('b'))))).toBe('NOT (a OR b)');
    expect(formatSearch(s.not(s.not(s.cmp('a', '=', '1'))))).toBe('NOT NOT a=1');
    expect(formatSearch(s.and(s.not(s.term('a')), s.term('b')))).toBe('NOT a b');
  });

  it('prints a subsearch term as [search …] or [| command …]', () => {
    expect(formatSearch(s.and(s.cmp('a', '=', '1'), s.sub(search(s.term('x')), cmd({ kind: 'table', fields: [{ text: 'user', span: { start: 0, end: 0 } }] }))))).toBe(
      'a=1 [search x | table user]',
    );
  });
});

describe('search expressions round-trip through the parser', () => {
  const cases: readonly [string, string][] = [
    ['index=main sourcetype=x', 'index=main sourcetype=x'],
    ['a OR b c', '(a OR b) c'],
    ['(a b) OR c', '(a b) OR c'],
    ['(a b) c', '(a b) c'],
    ['a AND b', 'a b'],
    ['NOT (a OR b) NOT c=1', 'NOT (a OR b) NOT c=1'],
    ['x IN (1, "two words" ,3)', 'x IN (1, "two words", 3)'],
    ['"quoted term" "a\\"b" \\d+', '"quoted term" "a\\"b" \\d+'],
    ['user!=SYSTEM count >= 5', 'user!=SYSTEM count>=5'],
    ['"my field"="a b"', '"my field"="a b"'],
    ['source=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational dest=10.0.0.0/8', 'source=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational dest=10.0.0.0/8'],
    // `\\` is printed as `\` where a single backslash reads back the same (before `W` and `*`).
    ['process="C:\\\\Windows\\\\*" cmd="*\\"quoted\\"*"', 'process="C:\\Windows\\*" cmd="*\\"quoted\\"*"'],
    ['a! = b', 'a! =b'],
    ['*', '*'],
  ];
  for (const [spl, printed] of cases) {
    it(spl, () => {
      expect(roundTrip(spl)).toBe(printed);
    });
  }
});
