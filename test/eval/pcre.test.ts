import { describe, expect, it } from 'vitest';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { compilePcre, translatePcre } from '../../src/runtime/eval/pcre.js';

const at = { start: 3, end: 9 };
const re = (pattern: string): RegExp => compilePcre(pattern, at);
const refusal = (pattern: string): string => {
  const t = translatePcre(pattern);
  if (t.ok) throw new Error(`translated: ${t.source}`);
  return `${t.kind}: ${t.construct}`;
};

describe('translatePcre', () => {
  it('keeps ordinary syntax, named groups and lookarounds', () => {
    expect(re('^\\d{1,3}(?:\\.\\d{1,3}){3}$').test('10.1.2.3')).toBe(true);
    expect(re('(?<user>\\w+)@(?P<host>[\\w.]+)').exec('bob@example.com')?.groups).toEqual({ user: 'bob', host: 'example.com' });
    expect(re("(?'n'a)\\k<n>").test('aa')).toBe(true);
    expect(re('(?P<n>a)(?P=n)').test('aa')).toBe(true);
    expect(re('(.*\\\\)(?=.*(\\.\\w*)$)').exec('C:\\x\\a.exe')?.[1]).toBe('C:\\x\\');
    expect(re('(?<!a)b').test('cb')).toBe(true);
  });

  it('turns leading options into flags or rewritten syntax', () => {
    expect(translatePcre('(?i)jndi:')).toEqual({ ok: true, source: 'jndi:', flags: 'i' });
    expect(re('(?i)JNDI:(ldap[s]?|rmi)').test('${jndi:LDAP://x}')).toBe(true);
    expect(re('(?s)a.b').test('a\nb')).toBe(true);
    expect(re('a.b').test('a\nb')).toBe(false);
    expect(re('(?m)^b$').test('a\nb\nc')).toBe(true);
    expect(re('^b$').test('a\nb\nc')).toBe(false);
    expect(re('(?x) a b # comment\n c').test('abc')).toBe(true);
    expect(re('(?is)A.B').test('a\nb')).toBe(true);
  });

  it('gives PCRE meanings to ., $ and \\A \\z \\Z', () => {
    expect(re('a.b').test('a\rb')).toBe(true);
    expect(re('abc$').test('abc\n')).toBe(true);
    expect(re('\\Aabc\\z').test('abc\n')).toBe(false);
    expect(re('\\Aabc\\Z').test('abc\n')).toBe(true);
    expect(re('(?m)\\Ab').test('a\nb')).toBe(false);
  });

  it('translates \\h \\v \\R \\Q…\\E \\x{…} \\e and octal escapes', () => {
    expect(re('a\\hb').test('a\tb')).toBe(true);
    expect(re('a\\vb').test('a\nb')).toBe(true);
    expect(re('a\\Rb').test('a\r\nb')).toBe(true);
    expect(re('\\Q1+1=2\\E').test('1+1=2')).toBe(true);
    expect(re('\\x{263A}').test('☺')).toBe(true);
    expect(re('\\x41\\101\\e').test('AA\x1b')).toBe(true);
    expect(re('[\\h]').test('\u3000')).toBe(true);
  });

  it('reads PCRE class quirks: leading ], POSIX classes, escapes', () => {
    expect(re('[]a]+').exec(']a]')?.[0]).toBe(']a]');
    expect(re('[^]a]').test(']')).toBe(false);
    expect(re('[[:alpha:][:digit:]]+').exec('ab12-')?.[0]).toBe('ab12');
    expect(re('[\\-|\\/][Ss]{1}').test('/S')).toBe(true);
    expect(re('\\$\\{ctx\\:loginId\\}').test('${ctx:loginId}')).toBe(true);
  });

  it('keeps literal braces that are not quantifiers', () => {
    expect(re('(%(25){0,}7B|{)').test('{')).toBe(true);
    expect(re('a{,2}').test('a{,2}')).toBe(true);
    expect(re('x}').test('x}')).toBe(true);
  });

  it('keeps back references, as groups so digits after them stay literal', () => {
    expect(re('(a)\\1').test('aa')).toBe(true);
    expect(re('(a)\\g{1}0').test('aa0')).toBe(true);
    expect(re('(?<q>["\'])x\\g{q}').test('"x"')).toBe(true);
  });

  it('refuses what JavaScript cannot run, by name', () => {
    expect(refusal('(?>a+)b')).toBe('unsupported: atomic group (?>…)');
    expect(refusal('a++b')).toBe('unsupported: possessive quantifier ++');
    expect(refusal('a{2}+')).toBe('unsupported: possessive quantifier {2}+');
    expect(refusal('(a|b(?R))')).toBe('unsupported: recursion or subroutine call');
    expect(refusal('(?(1)a|b)')).toBe('unsupported: conditional group (?(…)…)');
    expect(refusal('(?|a)')).toBe('unsupported: branch reset group (?|…)');
    expect(refusal('a(?i)b')).toBe('unsupported: inline options (?i) after the start of the pattern');
    expect(refusal('(?i:a)b')).toBe('unsupported: scoped inline options (?i:…)');
    expect(refusal('\\p{Lu}')).toBe('unsupported: Unicode property \\p');
    expect(refusal('\\Gfoo')).toBe('unsupported: \\G (start-of-match anchor)');
    expect(refusal('foo\\Kbar')).toBe('unsupported: \\K (match start reset)');
    expect(refusal('(*UTF8)a')).toBe('unsupported: start-of-pattern option (*…)');
    expect(refusal('(?U)a*')).toBe('unsupported: option U in (?U)');
  });

  it('reports invalid patterns as invalid', () => {
    expect(refusal('[abc')).toBe('invalid: missing ] for character class');
    expect(refusal('\\y')).toBe('invalid: unrecognized escape \\y');
    expect(refusal('abc\\')).toBe('invalid: \\ at end of pattern');
  });
});

describe('compilePcre errors', () => {
  const error = (pattern: string): { code: string; message: string; span: unknown } => {
    try {
      re(pattern);
    } catch (e) {
      if (e instanceof SpliceError && e.diagnostic.location.kind === 'source') {
        return { code: e.diagnostic.code, message: e.diagnostic.message, span: e.diagnostic.location.span };
      }
      throw e;
    }
    throw new Error('no error');
  };

  it('names the construct in an unsupported error at the given span', () => {
    expect(error('(?>x)')).toEqual({ code: 'unsupported', message: 'unsupported: PCRE atomic group (?>…) in regular expression', span: at });
  });

  it('reports JavaScript syntax errors as invalid-argument', () => {
    expect(error('a)')).toMatchObject({ code: 'invalid-argument', span: at });
    expect(error('*a')).toMatchObject({ code: 'invalid-argument' });
  });
});
