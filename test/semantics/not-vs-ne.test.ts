import { describe, expect, it } from 'vitest';
import { BACKENDS, kept } from '../support/filter-backends.js';

/**
 * spl-semantics.md §3.2 ("Difference between != and NOT"): `f!=v` keeps only rows
 * that have f; `NOT f=v` and `NOT f IN (…)` also keep rows without f. In SQL a
 * plain NOT over NULL would drop those rows, which is the bug these guard against.
 */
const flows = {
  smb: { app: 'smb', src_ip: '10.0.0.1' },
  http: { app: 'http', src_ip: '192.0.2.1' },
  dns: { app: 'dns', src_ip: 'host.example' },
  noApp: { src_ip: '10.0.0.2' },
  noIp: { app: 'smb' },
};

describe.each(BACKENDS)('§3.2 NOT vs != in $name', (backend) => {
  it('f!=v never keeps a row without f', async () => {
    expect(await kept(backend, 'app!=smb', flows)).toEqual(['dns', 'http']);
  });

  it('NOT f=v keeps rows without f', async () => {
    expect(await kept(backend, 'NOT app=smb', flows)).toEqual(['dns', 'http', 'noApp']);
  });

  it('NOT f IN (…) keeps rows without f', async () => {
    expect(await kept(backend, 'NOT app IN (smb, http)', flows)).toEqual(['dns', 'noApp']);
  });

  it('f!=v with a wildcard value still needs f', async () => {
    expect(await kept(backend, 'app!=s*', flows)).toEqual(['dns', 'http']);
  });

  it('NOT f=<cidr> keeps rows without f and rows whose f is not an IP', async () => {
    expect(await kept(backend, 'NOT src_ip=10.0.0.0/8', flows)).toEqual(['dns', 'http', 'noIp']);
  });

  it('f!=<cidr> keeps non-IP values (they are outside every subnet) but not rows without f', async () => {
    expect(await kept(backend, 'src_ip!=10.0.0.0/8', flows)).toEqual(['dns', 'http']);
  });

  it('NOT inside a larger expression keeps its missing-field rows', async () => {
    // (NOT app=smb) OR src_ip=192.0.2.1 — noApp must survive the OR.
    expect(await kept(backend, 'NOT app=smb OR src_ip=192.0.2.1', flows)).toEqual(['dns', 'http', 'noApp']);
  });

  it('double negation NOT NOT f=v is f=v: rows without f are dropped again', async () => {
    expect(await kept(backend, 'NOT (NOT app=smb)', flows)).toEqual(['noIp', 'smb']);
  });
});
