import { describe, expect, it } from 'vitest';
import { expand } from '../../src/api/compile.js';
import { parseMacrosConf } from '../../src/macros/load-conf.js';
import { SourceMap } from '../../src/macros/source-map.js';

const macros = parseMacrosConf('[m]\ndefinition = EXPANDED\n[outer]\ndefinition = <`m`>\n', 'm.conf');
const SPL = 'ab `m` cd `outer` ef';
const expansion = expand(SPL, { macros });
const CALL_M = { start: 3, end: 6 };
const CALL_OUTER = { start: 10, end: 17 };

/** The span of `part` in the expanded text. */
function out(part: string): { start: number; end: number } {
  const start = expansion.text.indexOf(part);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + part.length };
}

describe('the macro SourceMap', () => {
  it('expands as expected for these cases', () => {
    expect(expansion.text).toBe('ab EXPANDED cd <EXPANDED> ef');
    expect(SPL.slice(CALL_M.start, CALL_M.end)).toBe('`m`');
    expect(SPL.slice(CALL_OUTER.start, CALL_OUTER.end)).toBe('`outer`');
  });

  it('maps every verbatim character 1:1', () => {
    for (const part of ['ab', 'b', ' cd ', 'ef', 'f']) {
      const mapped = expansion.map.toOriginal(out(part));
      expect(SPL.slice(mapped.start, mapped.end)).toBe(part);
      expect(mapped.macro).toBeUndefined();
    }
  });

  it('maps any text a macro produced to the whole call, naming the macro', () => {
    expect(expansion.map.toOriginal(out('PAND'))).toEqual({ ...CALL_M, macro: 'm' });
    expect(expansion.map.toOriginal(out('EXPANDED'))).toEqual({ ...CALL_M, macro: 'm' });
  });

  it('maps nested expansions to the outermost call, naming the chain', () => {
    expect(expansion.map.toOriginal(out('<'))).toEqual({ ...CALL_OUTER, macro: 'outer' });
    expect(expansion.map.toOriginal(out('<EXPANDED>'))).toEqual({ ...CALL_OUTER, macro: 'outer' });
    const inner = expansion.text.indexOf('EXPANDED', expansion.text.indexOf('<'));
    expect(expansion.map.toOriginal({ start: inner, end: inner + 3 })).toEqual({ ...CALL_OUTER, macro: 'outer → m' });
  });

  it('stretches a span from verbatim text into a macro over the whole call', () => {
    expect(expansion.map.toOriginal(out('ab EXP'))).toEqual({ start: 0, end: CALL_M.end });
    expect(expansion.map.toOriginal(out('cd <EXPANDED> e'))).toEqual({ start: 7, end: SPL.indexOf('ef') + 1 });
  });

  it('maps a point just past macro output to the call, and a point in verbatim text to itself', () => {
    const afterM = out('EXPANDED').end;
    expect(expansion.map.toOriginal({ start: afterM, end: afterM })).toEqual({ ...CALL_M, macro: 'm' });
    const afterC = out(' cd').end;
    expect(expansion.map.toOriginal({ start: afterC, end: afterC })).toEqual({ start: 9, end: 9 });
    expect(expansion.map.toOriginal({ start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('maps the end of the text to the end of the original', () => {
    const end = expansion.text.length;
    expect(expansion.map.toOriginal({ start: end, end })).toEqual({ start: SPL.length, end: SPL.length });
    expect(expansion.map.toOriginal({ start: end + 5, end: end + 5 })).toEqual({ start: SPL.length, end: SPL.length });
  });

  it('maps a search ending in a macro so that its end belongs to the call', () => {
    const e = expand('x `m`', { macros });
    const end = e.text.length;
    expect(e.map.toOriginal({ start: end, end })).toEqual({ start: 2, end: 5, macro: 'm' });
  });

  it('is the identity for a search without macros', () => {
    const plain = expand('| tstats count');
    expect(plain.map.segments).toEqual([{ outStart: 0, outEnd: 14, origStart: 0, origEnd: 14 }]);
    expect(SourceMap.identity(14).toOriginal({ start: 2, end: 8 })).toEqual({ start: 2, end: 8 });
  });
});
