import { describe, expect, it } from 'vitest';
import { BACKENDS, kept } from '../support/filter-backends.js';

/**
 * spl-semantics.md §3.1: in the search language (tstats WHERE and `| search`)
 * NOT binds tightest, then OR, then AND; explicit and implicit AND are the same.
 * Each data set has a flow that only the wrong grouping would keep (or drop).
 */
const flows = {
  allowedSmb: { action: 'allowed', app: 'smb' },
  allowedHttp: { action: 'allowed', app: 'http' },
  allowedDns: { action: 'allowed', app: 'dns' },
  blockedSmb: { action: 'blocked', app: 'smb' },
  blockedHttp: { action: 'blocked', app: 'http' },
  blockedDns: { action: 'blocked', app: 'dns' },
};

describe.each(BACKENDS)('§3.1 precedence in $name', (backend) => {
  it('a b OR c is a AND (b OR c): blockedHttp is not kept', async () => {
    // The SQL/eval order, (a AND b) OR c, would also keep blockedHttp.
    expect(await kept(backend, 'action=allowed app=smb OR app=http', flows)).toEqual(['allowedHttp', 'allowedSmb']);
  });

  it('a OR b c is (a OR b) AND c: blockedSmb is not kept', async () => {
    // a OR (b AND c) would keep blockedSmb.
    expect(await kept(backend, 'app=smb OR app=http action=allowed', flows)).toEqual(['allowedHttp', 'allowedSmb']);
  });

  it('explicit AND binds like implicit AND, looser than OR', async () => {
    expect(await kept(backend, 'action=allowed AND app=smb OR app=http', flows)).toEqual(['allowedHttp', 'allowedSmb']);
    expect(await kept(backend, 'app=smb OR app=http AND action=allowed', flows)).toEqual(['allowedHttp', 'allowedSmb']);
  });

  it('NOT a OR b is (NOT a) OR b: allowedSmb is kept', async () => {
    // NOT (a OR b) would drop allowedSmb and keep nothing allowed.
    expect(await kept(backend, 'NOT action=allowed OR app=smb', flows)).toEqual(['allowedSmb', 'blockedDns', 'blockedHttp', 'blockedSmb']);
  });

  it('NOT a b is (NOT a) AND b: NOT applies to one term only', async () => {
    // NOT (a AND b) would keep blockedHttp, allowedHttp, …
    expect(await kept(backend, 'NOT action=allowed app=smb', flows)).toEqual(['blockedSmb']);
  });

  it('parentheses override: (a b) OR c', async () => {
    expect(await kept(backend, '(action=allowed app=smb) OR app=http', flows)).toEqual(['allowedHttp', 'allowedSmb', 'blockedHttp']);
  });

  it('NOT (…) negates the whole group', async () => {
    expect(await kept(backend, 'NOT (app=smb OR app=http)', flows)).toEqual(['allowedDns', 'blockedDns']);
  });

  it('the seed shape: a b OR c OR d AND e IN (…)', async () => {
    // action=allowed AND (app=smb OR app=http OR app=dns) AND app IN (smb, dns)
    expect(await kept(backend, 'action=allowed app=smb OR app=http OR app=dns AND app IN (smb, dns)', flows)).toEqual(['allowedDns', 'allowedSmb']);
  });
});
