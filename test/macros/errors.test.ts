import { describe, expect, it } from 'vitest';
import { expand } from '../../src/api/compile.js';
import { parseMacrosConf } from '../../src/macros/load-conf.js';
import { errorOf } from './helpers.js';

const LOAD_HINT = 'load definitions with --macros PATH (a macros.conf, a macro .yml, or a directory of them)';

/** The span of the first occurrence of `part` in `text`. */
function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + part.length };
}

describe('unknown macros', () => {
  it('point at exactly the backtick call in the original text and name it', () => {
    const spl = '| tstats count ```a `comment` first``` from datamodel=Network_Traffic\n| `no_such_macro` | x';
    const error = errorOf(() => expand(spl));
    expect(error.diagnostic.code).toBe('unknown-macro');
    expect(error.diagnostic.message).toBe('unknown macro `no_such_macro`');
    expect(error.diagnostic.location).toEqual({ kind: 'source', span: spanOf(spl, '`no_such_macro`') });
    expect(error.diagnostic.hints).toEqual([LOAD_HINT]);
  });

  it('suggest close names, with their arity', () => {
    const spl = '| `security_content_ctme(x)`';
    const error = errorOf(() => expand(spl));
    expect(error.diagnostic.message).toBe('unknown macro `security_content_ctme(1)`');
    expect(error.diagnostic.location).toEqual({ kind: 'source', span: { start: 2, end: spl.length } });
    expect(error.diagnostic.hints).toEqual(['did you mean `security_content_ctime(1)`?', LOAD_HINT]);
  });

  it('suggest nothing when no name is close', () => {
    expect(errorOf(() => expand('`zzzzzzzzzzzz`')).diagnostic.hints).toEqual([LOAD_HINT]);
  });

  it('with the wrong number of arguments say which arities exist', () => {
    const macros = parseMacrosConf('[m(1)]\nargs = a\ndefinition = $a$\n[m(3)]\nargs = a,b,c\ndefinition = $a$$b$$c$\n', 'm.conf');
    const none = errorOf(() => expand('`m`', { macros }));
    expect(none.diagnostic.message).toBe('unknown macro `m`');
    expect(none.diagnostic.hints).toEqual(['defined with a different number of arguments: `m(1)`, `m(3)`', LOAD_HINT]);
    const two = errorOf(() => expand('`m(x, y)`', { macros }));
    expect(two.diagnostic.message).toBe('unknown macro `m(2)`');
    expect(two.diagnostic.hints[0]).toBe('defined with a different number of arguments: `m(1)`, `m(3)`');
  });

  it('built-in arities are listed too', () => {
    const error = errorOf(() => expand('| `drop_dm_object_name`'));
    expect(error.diagnostic.hints[0]).toBe('defined with a different number of arguments: `drop_dm_object_name(1)`');
  });

  it('inside another macro point at the outer call in the user text and say where they were found', () => {
    const macros = parseMacrosConf('[outer]\ndefinition = a `inner`\n[inner]\ndefinition = b `missing`\n', 'm.conf');
    const spl = 'x\n  `outer` y';
    const error = errorOf(() => expand(spl, { macros }));
    expect(error.diagnostic.message).toBe('unknown macro `missing` (inside the expansion of `inner`)');
    expect(error.diagnostic.location).toEqual({ kind: 'source', span: spanOf(spl, '`outer`') });
  });
});

describe('macro cycles', () => {
  it('are detected with code macro-cycle and the whole chain', () => {
    const macros = parseMacrosConf('[a]\ndefinition = x `b`\n[b]\ndefinition = y `c`\n[c]\ndefinition = `a`\n', 'm.conf');
    const spl = 'search `a`';
    const error = errorOf(() => expand(spl, { macros }));
    expect(error.diagnostic.code).toBe('macro-cycle');
    expect(error.diagnostic.message).toBe('macro cycle: `a` → `b` → `c` → `a`');
    expect(error.diagnostic.location).toEqual({ kind: 'source', span: spanOf(spl, '`a`') });
  });

  it('include a macro calling itself', () => {
    const macros = parseMacrosConf('[self(1)]\nargs = n\ndefinition = `self($n$)`\n', 'm.conf');
    expect(errorOf(() => expand('`self(1)`', { macros })).diagnostic.message).toBe('macro cycle: `self(1)` → `self(1)`');
  });

  it('do not fire for the same macro used twice side by side or at different depths', () => {
    const macros = parseMacrosConf('[leaf]\ndefinition = L\n[pair]\ndefinition = `leaf` `leaf`\n', 'm.conf');
    expect(expand('`pair` `leaf`', { macros }).text).toBe('L L L');
  });
});
