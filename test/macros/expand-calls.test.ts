import { describe, expect, it } from 'vitest';
import { expand } from '../../src/api/compile.js';
import type { MacroDefinition } from '../../src/macros/definition.js';
import { parseMacrosConf } from '../../src/macros/load-conf.js';
import { errorOf } from './helpers.js';

const macros: MacroDefinition[] = parseMacrosConf(
  [
    '[win]',
    'definition = sourcetype=win',
    '[pair(2)]',
    'args = field, value',
    'definition = $field$=$value$ OR $field$="$value$*"',
    '[label(1)]',
    'args = name',
    'definition = eval label="name is $name$"',
  ].join('\n'),
  'test.conf',
);

describe('backtick macro calls', () => {
  it('expands a call without arguments', () => {
    expect(expand('`win` user=bob', { macros }).text).toBe('sourcetype=win user=bob');
  });

  it('expands a call with arguments, substituting every $arg$', () => {
    expect(expand('x `pair(dest, 10.0.0.1)` y', { macros }).text).toBe('x dest=10.0.0.1 OR dest="10.0.0.1*" y');
  });

  it('substitutes $arg$ inside quotes of the definition too (macros.conf.spec)', () => {
    expect(expand('| `label(bob)`', { macros }).text).toBe('| eval label="name is bob"');
  });

  it('passes quoted arguments through verbatim, quotes and commas included', () => {
    expect(expand('`pair("a,b", c)`', { macros }).text).toBe('"a,b"=c OR "a,b"="c*"');
  });

  it('splits arguments only on top-level commas', () => {
    expect(expand('`pair(f(x, y), z)`', { macros }).text).toBe('f(x, y)=z OR f(x, y)="z*"');
  });

  it('does not expand macros inside quoted strings', () => {
    expect(expand('search x="foo`win`baz" `win`', { macros }).text).toBe('search x="foo`win`baz" sourcetype=win');
  });

  it('keeps an escaped quote from opening a string', () => {
    expect(expand('a=\\" `win` b="\\"`win`"', { macros }).text).toBe('a=\\" sourcetype=win b="\\"`win`"');
  });

  it('lists each expansion, outermost first, with where it came from', () => {
    const expansion = expand('`win` | `security_content_ctime(t)`', { macros });
    expect(expansion.expanded).toEqual([
      { key: 'win', origin: 'test.conf' },
      { key: 'security_content_ctime(1)', origin: 'built-in' },
    ]);
    expect(expansion.original).toBe('`win` | `security_content_ctime(t)`');
  });

  it('leaves text without macros unchanged', () => {
    const expansion = expand('| tstats count from datamodel=Network_Traffic', { macros });
    expect(expansion.text).toBe('| tstats count from datamodel=Network_Traffic');
    expect(expansion.expanded).toEqual([]);
  });
});

describe('```comments```', () => {
  it('are blanked before macros are looked for, keeping every offset', () => {
    const spl = 'a ```no `such_macro` here``` b `win`';
    const expansion = expand(spl, { macros });
    expect(expansion.text).toBe(`a ${' '.repeat('```no `such_macro` here```'.length)} b sourcetype=win`);
    expect(expansion.text.indexOf('b')).toBe(spl.indexOf('b '));
  });

  it('keep newlines so lines still match the original', () => {
    const expansion = expand('a ```one\ntwo```\nb', { macros });
    expect(expansion.text).toBe('a       \n      \nb');
    expect(expansion.text.split('\n')).toHaveLength(3);
  });

  it('report an unterminated comment at its opening', () => {
    const error = errorOf(() => expand('a ```open b', { macros }));
    expect(error.diagnostic.code).toBe('syntax-error');
    expect(error.diagnostic.message).toBe('unterminated ``` comment');
    expect(error.diagnostic.location).toEqual({ kind: 'source', span: { start: 2, end: 5 } });
  });
});

describe('malformed calls', () => {
  it('reports a missing closing backtick over the rest of the text', () => {
    const error = errorOf(() => expand('a `win b', { macros }));
    expect(error.diagnostic.message).toBe('unterminated macro call: missing closing backtick');
    expect(error.diagnostic.location).toEqual({ kind: 'source', span: { start: 2, end: 8 } });
  });

  it('reports a call without its closing parenthesis', () => {
    const error = errorOf(() => expand('a `pair(x, y` b', { macros }));
    expect(error.diagnostic.message).toBe('invalid macro call `pair(x, y`: missing ")"');
    expect(error.diagnostic.location).toEqual({ kind: 'source', span: { start: 2, end: 13 } });
  });

  it('reports a call with no name', () => {
    const error = errorOf(() => expand('a `(x)` b', { macros }));
    expect(error.diagnostic.message).toBe('invalid macro call `(x)`: expected a macro name');
  });
});
