import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { SpliceError, type Location } from '../../src/diagnostics/diagnostic.js';
import type { MacroDefinition } from '../../src/macros/definition.js';
import { checkUntrusted, compileUntrusted } from './support/properties.js';

/** Inputs the fuzzer found crashing (or misplacing an error), each named after the input. */
function locationOf(spl: string): Location {
  try {
    compile(spl);
  } catch (e) {
    if (e instanceof SpliceError) return e.diagnostic.location;
    throw e;
  }
  throw new Error('compiled');
}

describe('an empty search is refused at a point inside the text', () => {
  // The implicit search's span came from the end-of-input token, whose offset is NaN.
  for (const spl of ['| ', '', '|', '   ', '| \n', '[]', '| search ']) {
    it(JSON.stringify(spl), () => {
      const location = locationOf(spl);
      expect(location.kind).toBe('source');
      if (location.kind !== 'source') return;
      expect(location.span.start).toBeGreaterThanOrEqual(0);
      expect(location.span.end).toBeLessThanOrEqual(spl.length);
      expect(location.span.start).toBeLessThanOrEqual(location.span.end);
    });
  }

  it('"| " points just after the pipe', () => {
    expect(locationOf('| ')).toEqual({ kind: 'source', span: { start: 1, end: 1 } });
  });
});

describe('a NUL in a tstats output name is refused, not a RangeError from the SQL printer', () => {
  // SQLite identifiers cannot hold NUL; the printer's quoting refused it with a RangeError.
  const cases: readonly [string, string][] = [
    ['count as "a\\u0000b"', '| tstats count as "a\u0000b" from datamodel=Network_Traffic'],
    ['by "x\\u0000"', '| tstats count from datamodel=Network_Traffic by "x\u0000"'],
    ['dc("\\u0000")', '| tstats dc("\u0000") from datamodel=Network_Traffic'],
    ['prestats=true values("\\u0000")', '| tstats prestats=true values("\u0000") from datamodel=Network_Traffic | stats values("\u0000")'],
  ];
  for (const [name, spl] of cases) {
    it(name, () => {
      const location = locationOf(spl);
      if (location.kind !== 'source') throw new Error('no span');
      expect(spl.slice(location.span.start, location.span.end)).toContain('\u0000');
      expect(() => compile(spl)).toThrow('unsupported: a field name with a NUL character');
    });
  }

  it('while other control characters still name columns', () => {
    expect(checkUntrusted('| tstats count as "a\u0001\u001b\u007f" from datamodel=Network_Traffic', []).kind).toBe('planned');
  });
});

describe('an unknown macro with a very long name is refused within the time limit', () => {
  // "Did you mean" compared the 4,000-character name with every macro name, character by character: seconds.
  const macros: MacroDefinition[] = Array.from({ length: 1500 }, (_, i) => ({
    name: `security_content_macro_number_${i}`, args: [], body: { kind: 'text', definition: 'search *' }, origin: 'test',
  }));

  it('`cloudtrai…(4,000 x)…l` eventName=RunInstances', () => {
    const outcome = compileUntrusted(`\`cloudtrai${'x'.repeat(4000)}l\` eventName=RunInstances`, macros);
    expect(outcome.kind === 'refused' && outcome.error.diagnostic.code).toBe('unknown-macro');
  });

  it('while a near miss still gets its suggestion', () => {
    const outcome = compileUntrusted('`security_content_macro_number_7x`', macros);
    expect(outcome.kind === 'refused' && outcome.error.diagnostic.hints[0]).toBe('did you mean `security_content_macro_number_7`?');
  });
});
