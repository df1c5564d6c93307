import { describe, expect, it } from 'vitest';
import { BACKENDS, kept } from '../support/filter-backends.js';

/**
 * spl-semantics.md §3.7: `=` and `!=` compare text, so "1" does not match "1.0";
 * `<` `>` compare numerically when both sides are numbers, else lexicographically.
 * dest_port is a number in the model but keeps the text it arrived with.
 */
const ports = {
  p139: { dest_port: 139 },
  p139text: { dest_port: '139' },
  p1390: { dest_port: 1390 },
  p0139: { dest_port: '0139' },
  p139dot0: { dest_port: '139.0' },
  p13: { dest_port: 13 },
  p445: { dest_port: 445 },
  p80: { dest_port: 80 },
};

describe.each(BACKENDS)('§3.7 text equality in $name', (backend) => {
  it('dest_port=139 matches "139" only: not 1390, 0139, 139.0 nor 13', async () => {
    expect(await kept(backend, 'dest_port=139', ports)).toEqual(['p139', 'p139text']);
  });

  it('dest_port="139" is the same test as dest_port=139', async () => {
    expect(await kept(backend, 'dest_port="139"', ports)).toEqual(['p139', 'p139text']);
  });

  it('dest_port=0139 matches the text "0139" only', async () => {
    expect(await kept(backend, 'dest_port=0139', ports)).toEqual(['p0139']);
  });

  it('IN compares text too', async () => {
    expect(await kept(backend, 'dest_port IN (139.0, 445)', ports)).toEqual(['p139dot0', 'p445']);
  });

  it('a wildcard value is a text pattern: 13* is not 13 ≤ n < 14', async () => {
    expect(await kept(backend, 'dest_port=13*', ports)).toEqual(['p13', 'p139', 'p1390', 'p139dot0', 'p139text']);
  });

  it('dest_port!=139 keeps the look-alikes', async () => {
    expect(await kept(backend, 'dest_port!=139', ports)).toEqual(['p0139', 'p13', 'p1390', 'p139dot0', 'p445', 'p80']);
  });

  it('> compares numbers numerically, so 80 < 139 although "80" > "139"', async () => {
    expect(await kept(backend, 'dest_port>139', ports)).toEqual(['p1390', 'p445']);
    expect(await kept(backend, 'dest_port<=139', ports)).toEqual(['p0139', 'p13', 'p139', 'p139dot0', 'p139text', 'p80']);
  });

  it('> compares other text lexicographically', async () => {
    const apps = { a: { app: 'alpha' }, m: { app: 'mike' }, z: { app: 'zulu' }, none: {} };
    expect(await kept(backend, 'app>l', apps)).toEqual(['m', 'z']);
    expect(await kept(backend, 'app<m', apps)).toEqual(['a']);
  });
});
