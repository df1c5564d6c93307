import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { BACKENDS, kept } from '../support/filter-backends.js';
import { column, runSpl } from '../support/run-spl.js';

/** spl-semantics.md §3.5 (case) and §3.6 (wildcards). */

describe('§3.5 field names are case-sensitive', () => {
  it.each([
    ['where', '| tstats count from datamodel=Network_Traffic where All_Traffic.Action=allowed', 'All_Traffic.action'],
    ['by', '| tstats count from datamodel=Network_Traffic by All_Traffic.Dest_Port', 'All_Traffic.dest_port'],
    ['aggregate', '| tstats values(All_Traffic.APP) from datamodel=Network_Traffic', 'All_Traffic.app'],
  ])('tstats %s: a wrong-case name has no value, with a warning whose hint names the right one', (_where, spl, right) => {
    const { warnings } = compile(spl);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('absent-field');
    expect(warnings[0]!.message).toContain('only in case');
    expect(warnings[0]!.hints).toEqual([`did you mean ${right}?`]);
  });

  it('a wrong-case name in tstats where matches nothing, as in Splunk', async () => {
    const events = [{ flow_id: 'a', action: 'allowed' }];
    const base = '| tstats count from datamodel=Network_Traffic';
    expect(column(await runSpl(`${base} where All_Traffic.action=allowed by All_Traffic.flow_id`, events), 'All_Traffic.flow_id')).toEqual(['a']);
    expect(column(await runSpl(`${base} where All_Traffic.Action=allowed by All_Traffic.flow_id`, events), 'All_Traffic.flow_id')).toEqual([]);
  });

  it('| search after tstats: Action=allowed matches nothing, action=ALLOWED matches', async () => {
    const events = [
      { flow_id: 'a', action: 'allowed' },
      { flow_id: 'b', action: 'blocked' },
    ];
    const base = '| tstats count from datamodel=Network_Traffic by All_Traffic.flow_id All_Traffic.action | rename All_Traffic.* as *';
    expect(column(await runSpl(`${base} | search Action=allowed`, events), 'flow_id')).toEqual([]);
    expect(column(await runSpl(`${base} | search action=ALLOWED`, events), 'flow_id')).toEqual(['a']);
    // The name-only case: a row has no field "Action", so NOT Action=allowed keeps every row.
    expect(column(await runSpl(`${base} | search NOT Action=allowed`, events), 'flow_id')).toEqual(['a', 'b']);
  });
});

const apps = {
  lower: { app: 'smb' },
  upper: { app: 'SMB' },
  mixed: { app: 'Smb' },
  longer: { app: 'smbx' },
  prefixed: { app: 'xsmb' },
  short: { app: 'sb' },
  other: { app: 'http' },
  none: {},
};

describe.each(BACKENDS)('§3.5/§3.6 values in $name', (backend) => {
  it('values match case-insensitively, whole value only', async () => {
    expect(await kept(backend, 'app=sMb', apps)).toEqual(['lower', 'mixed', 'upper']);
  });

  it('quoted and bare values are the same test (§3.8)', async () => {
    expect(await kept(backend, 'app="SMB"', apps)).toEqual(['lower', 'mixed', 'upper']);
  });

  it('prefix wildcard sm* (case-insensitive, anchored at the start)', async () => {
    expect(await kept(backend, 'app=SM*', apps)).toEqual(['longer', 'lower', 'mixed', 'upper']);
  });

  it('suffix wildcard *b (anchored at the end)', async () => {
    expect(await kept(backend, 'app=*B', apps)).toEqual(['lower', 'mixed', 'prefixed', 'short', 'upper']);
  });

  it('infix wildcard s*b: * also matches nothing', async () => {
    expect(await kept(backend, 'app=s*b', apps)).toEqual(['lower', 'mixed', 'short', 'upper']);
  });

  it('f=* means the field exists', async () => {
    expect(await kept(backend, 'app=*', apps)).toEqual(['longer', 'lower', 'mixed', 'other', 'prefixed', 'short', 'upper']);
    expect(await kept(backend, 'NOT app=*', apps)).toEqual(['none']);
  });

  it('only * is a wildcard: _ % and . in a value are literal', async () => {
    const flows = { underscore: { app: 'a_c' }, percent: { app: 'a%c' }, dot: { app: 'a.c' }, plain: { app: 'abc' } };
    expect(await kept(backend, 'app=a_*', flows)).toEqual(['underscore']);
    expect(await kept(backend, 'app="a%*"', flows)).toEqual(['percent']);
    expect(await kept(backend, 'app=a.c', flows)).toEqual(['dot']);
    expect(await kept(backend, 'app=*.*', flows)).toEqual(['dot']);
  });

  it('non-ASCII letters fold to each other, never onto ASCII letters (both back ends agree)', async () => {
    // SQLite folds ASCII only; U+212A KELVIN SIGN lower-cases to "k" in JavaScript, which must not make it match "k".
    const flows = { umlautLower: { app: 'äpp' }, umlautUpper: { app: 'ÄPP' }, kelvin: { app: '\u212Aerberos' }, ascii: { app: 'Kerberos' } };
    expect(await kept(backend, 'app=Äpp', flows)).toEqual(['umlautLower', 'umlautUpper']);
    expect(await kept(backend, 'app=kerberos', flows)).toEqual(['ascii']);
    expect(await kept(backend, 'app=k*', flows)).toEqual(['ascii']);
  });
});
