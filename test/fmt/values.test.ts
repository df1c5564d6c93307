import { describe, expect, it } from 'vitest';
import { splLexer } from '../../grammar/tokens.js';
import { unquote } from '../../grammar/values.js';
import { isBareWord, option, pair, quote, spaced, value, word } from '../../src/fmt/values.js';
import { opt, q, v, w } from './builders.js';

describe('word', () => {
  it('prints a name that is one Word token bare', () => {
    expect(word(w('Processes.process_name'))).toBe('Processes.process_name');
    expect(word(w('*'))).toBe('*');
    expect(word(w('user.groups{}'))).toBe('user.groups{}');
    expect(word(w('a!b'))).toBe('a!b');
    expect(word(w('AND_more'))).toBe('AND_more');
    expect(word(w('and'))).toBe('and');
  });

  it('quotes names with spaces, separators, quotes, or that are exactly an operator', () => {
    expect(word(w('my field'))).toBe('"my field"');
    expect(word(w('a=b'))).toBe('"a=b"');
    expect(word(w('a!=b'))).toBe('"a!=b"');
    expect(word(w('f(x)'))).toBe('"f(x)"');
    expect(word(w('a,b'))).toBe('"a,b"');
    expect(word(w('say "hi"'))).toBe('"say \\"hi\\""');
    expect(word(w('AND'))).toBe('"AND"');
    expect(word(w('IN'))).toBe('"IN"');
    expect(word(w(''))).toBe('""');
  });

  it('agrees with the lexer: a bare word is exactly one Word token', () => {
    for (const text of ['a', 'a.b', '*x*', 'x!', '!x', "it's", 'C:\\Windows\\*', '10.0.0.0/8', 'AND', 'ANDROID', 'a b', 'a|b', 'a[0]', 'x<y', 'NOT']) {
      const tokens = splLexer.tokenize(`x ${text}`).tokens.slice(1);
      const oneWord = tokens.length === 1 && tokens[0]?.tokenType.name === 'Word' && tokens[0].image === text;
      expect(isBareWord(text), text).toBe(oneWord);
    }
  });
});

describe('value and quote', () => {
  it('keeps a search value quoted exactly when it was', () => {
    expect(value(v('*.exe'))).toBe('*.exe');
    expect(value(q('*.exe'))).toBe('"*.exe"');
    expect(value(q(''))).toBe('""');
  });

  it('escapes quotes, and backslashes only where unquoting would read them as escapes', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('C:\\Windows\\System32')).toBe('"C:\\Windows\\System32"');
    expect(quote('(?<port>\\d+)')).toBe('"(?<port>\\d+)"');
    expect(quote('a\\\\b')).toBe('"a\\\\\\b"');
    expect(quote('a\\|b')).toBe('"a\\\\|b"');
    expect(quote('a\\"b')).toBe('"a\\\\\\"b"');
    expect(quote('ends\\')).toBe('"ends\\\\"');
    expect(quote('a|b')).toBe('"a|b"');
  });

  it('is undone by the parser: unquote(quote(t)) is t, and the lexer reads one quoted string', () => {
    const texts = ['', 'plain', 'a"b', '\\', '\\\\', '\\"', '"\\', 'x\\|y', 'x\\ny', '[^\\\\]+\\\\', 'a\\', '\\d\\s+\\"', 'line\nbreak', '|'];
    for (const text of texts) {
      const quoted = quote(text);
      expect(unquote(quoted), JSON.stringify(text)).toBe(text);
      const tokens = splLexer.tokenize(quoted).tokens;
      expect(tokens.map((t) => t.tokenType.name), quoted).toEqual(['QuotedString']);
    }
  });
});

describe('option, pair and spaced', () => {
  it('prints name=value, quoting the value only when it was quoted', () => {
    expect(option(opt('summariesonly', 'true'))).toBe('summariesonly=true');
    expect(option(opt('delim', q(' ')))).toBe('delim=" "');
  });

  it('keeps a space after a left side ending in ! so it does not lex as !=', () => {
    expect(pair('a!', '=', 'b')).toBe('a! =b');
    expect(pair('a!', '!=', 'b')).toBe('a!!=b');
    expect(pair('a', '!=', 'b')).toBe('a!=b');
  });

  it('drops missing parts', () => {
    expect(spaced('a', undefined, '', false, 'b')).toBe('a b');
  });
});
