import { describe, expect, it } from 'vitest';
import type { SearchExpr } from '../../src/ast/nodes.js';
import { parsed, searchExpr, show, withoutSpans } from './helpers.js';

const expr = (spl: string): string => show(searchExpr(spl));

describe('search-language precedence (spl-semantics.md §3.1)', () => {
  it('OR binds tighter than the implied AND', () => {
    expect(expr('a=1 b=2 OR b=3')).toBe('and[a=1, or[b=2, b=3]]');
    expect(expr('a=1 OR b=1 c=1')).toBe('and[or[a=1, b=1], c=1]');
  });

  it('NOT binds tighter than OR', () => {
    expect(expr('NOT a=1 OR b=1')).toBe('or[not(a=1), b=1]');
    expect(expr('NOT NOT a=1')).toBe('not(not(a=1))');
  });

  it('NOT applies to a parenthesised group as a whole', () => {
    expect(expr('NOT (a=1 OR b=1) c=1')).toBe('and[not(or[a=1, b=1]), c=1]');
  });

  it('explicit AND is the same as implied AND, apart from spans', () => {
    const explicit: SearchExpr = searchExpr('a=1 AND b=2');
    const implied: SearchExpr = searchExpr('a=1 b=2');
    expect(show(explicit)).toBe('and[a=1, b=2]');
    expect(withoutSpans(explicit)).toEqual(withoutSpans(implied));
    expect(explicit.span).not.toEqual(implied.span);
  });

  it('lower-case and/or/not are plain search terms', () => {
    expect(expr('a=1 and b=2')).toBe('and[a=1, term(and), b=2]');
    expect(expr('a=1 or b=2')).toBe('and[a=1, term(or), b=2]');
    expect(expr('not a=1')).toBe('and[term(not), a=1]');
  });

  it('keywords inside longer words stay words', () => {
    expect(expr('INDEX=main ORDER=1 NOTE=x')).toBe('and[INDEX=main, ORDER=1, NOTE=x]');
  });

  it('reads every comparison operator', () => {
    expect(expr('a=1 b!=2 c<3 d<=4 e>5 f>=6')).toBe('and[a=1, b!=2, c<3, d<=4, e>5, f>=6]');
  });

  it('reads bare terms, wildcards and CIDR values', () => {
    expect(expr('error *host* dest_ip=10.0.0.0/8')).toBe('and[term(error), term(*host*), dest_ip=10.0.0.0/8]');
  });

  it('reads Splunk source names full of punctuation as one value', () => {
    expect(expr('source=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational')).toBe(
      'source=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
    );
  });
});

describe('IN lists (spl-semantics.md §3.3)', () => {
  it('accepts values with and without commas, quoted and bare', () => {
    expect(expr('x IN (a b "c d")')).toBe('x IN(a, b, "c d")');
    expect(expr('x IN (1,2, "3" ,4)')).toBe('x IN(1, 2, "3", 4)');
    expect(expr('code IN (40*, 500)')).toBe('code IN(40*, 500)');
  });

  it('skips empty entries, as ESCU detections write them', () => {
    expect(expr('x IN (,"a",, "b",)')).toBe('x IN("a", "b")');
  });

  it('accepts an IN list without a space before the parenthesis', () => {
    expect(expr('Processes.process_name IN( "icacls.exe", "cacls.exe")')).toBe('Processes.process_name IN("icacls.exe", "cacls.exe")');
  });

  it('combines with NOT', () => {
    expect(expr('NOT dest_ip IN ("10.0.0.0/8") dest_port=445')).toBe('and[not(dest_ip IN("10.0.0.0/8")), dest_port=445]');
  });

  it('spans the field through the closing parenthesis', () => {
    const spl = 'search x IN (a, "b") y=1';
    const { pipeline, text } = parsed(spl);
    const search = pipeline.commands[0];
    const first = search?.kind === 'search' && search.expr?.kind === 'and' ? search.expr.items[0] : undefined;
    expect(text.slice(first?.span.start, first?.span.end)).toBe('x IN (a, "b")');
  });
});

describe('quoted values (spl-semantics.md §3.8)', () => {
  it('unescape \\" \\\\ and \\| and keep other backslashes', () => {
    const e = searchExpr('search x="a\\"b\\\\c\\|d\\s"');
    expect(e.kind === 'compare' ? [e.value.text, e.value.quoted] : []).toEqual(['a"b\\c|d\\s', true]);
  });

  it('keep spaces, pipes and keywords inside the quotes', () => {
    expect(expr('search msg="a | b OR c" state="OR"')).toBe('and[msg="a | b OR c", state="OR"]');
  });

  it('mark bare and quoted values apart, with the same text', () => {
    const e = searchExpr('app="smb" app=smb');
    expect(e.kind === 'and' ? e.items.map((i) => (i.kind === 'compare' ? [i.value.text, i.value.quoted] : [])) : []).toEqual([
      ['smb', true],
      ['smb', false],
    ]);
  });

  it('may name a field in quotes', () => {
    expect(expr('"DNS.query"="*.arpa"')).toBe('DNS.query="*.arpa"');
  });
});
