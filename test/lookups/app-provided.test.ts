import { describe, expect, it } from 'vitest';
import { NO_LOOKUPS } from '../../src/lookups/store.js';
import { cli } from '../support/cli.js';
import { definition, lookupDir, storeOf } from './helpers.js';

describe('lookups that Splunk apps ship (Enterprise Security, CIM)', () => {
  it('are empty stand-ins with their documented fields when no directory defines them', () => {
    const ports = NO_LOOKUPS.get('interesting_ports_lookup');
    expect(ports?.rows).toEqual([]);
    expect(ports?.fields).toEqual(['app', 'dest', 'dest_port', 'transport', 'is_required', 'is_prohibited', 'is_secure', 'note']);
    expect(ports?.definition.providedBy).toBe('Splunk Enterprise Security');
    expect(NO_LOOKUPS.unusable('interesting_ports_lookup')).toBeUndefined();
    expect(NO_LOOKUPS.get('not_an_app_lookup')).toBeUndefined();
  });

  it('give way to a definition of the same name in the lookups directory', async () => {
    const store = await storeOf({ 'ports.yml': definition('interesting_ports_lookup', 'ports.csv'), 'ports.csv': 'dest_port,is_prohibited\n23,true\n' });
    expect(store.get('interesting_ports_lookup')?.rows).toHaveLength(1);
    expect(store.get('interesting_ports_lookup')?.definition.providedBy).toBeUndefined();
  });

  it('do not hide a definition of the same name that cannot be used', async () => {
    const store = await storeOf({ 'ports.yml': definition('interesting_ports_lookup', 'missing.csv') });
    expect(store.get('interesting_ports_lookup')).toBeUndefined();
    expect(store.unusable('interesting_ports_lookup')).toMatch(/missing\.csv, is not in/);
  });

  it('run as an empty lookup, with a warning at the lookup that says so', async () => {
    const spl = '| inputlookup flows.csv | lookup interesting_ports_lookup dest_port OUTPUT is_prohibited | table dest_port is_prohibited';
    const { dir, cleanup } = lookupDir({ 'flows.csv': 'dest_port\n23\n' });
    try {
      const r = await cli(['run', spl, '--lookups', dir, '--format', 'csv']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('dest_port,is_prohibited\n23,\n');
      expect(r.stderr.split('\n')[0]).toBe(
        '<search>:1:34: warning[app-lookup]: lookup "interesting_ports_lookup" ships with Splunk Enterprise Security, not with the detections; splice reads it as empty, as on an install where it has no rows',
      );
    } finally {
      cleanup();
    }
  });
});
