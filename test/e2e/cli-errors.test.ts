import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const DATA = 'examples/network_traffic.csv';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'splice-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('CLI errors: position, caret, exit status', () => {
  it('a syntax error exits 2 with file:line:col, the line and a caret', async () => {
    const file = tempFile('bad.spl', '| tstats count from datamodel=Network_Traffic\n  where All_Traffic.src_ip IN ("10.0.0.0/8"\n| search *');
    const r = await cli(['run', '-f', file, '--data', DATA]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${file}:3:1: error[syntax-error]: expected ')' but found '|'\n` +
        '  |\n3 | | search *\n  | ^\n',
    );
  });

  it('an unknown macro exits 2, points at the call and suggests close names', async () => {
    const r = await cli(['translate', '| tstats `security_content_sumariesonly` count from datamodel=Network_Traffic']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<search>:1:10: error[unknown-macro]: unknown macro `security_content_sumariesonly`');
    expect(r.stderr).toContain('  | ' + ' '.repeat(9) + '^'.repeat('`security_content_sumariesonly`'.length) + '\n');
    expect(r.stderr).toContain('did you mean `security_content_summariesonly`?');
  });

  it('an unknown data model exits 2 and lists the known ones', async () => {
    const r = await cli(['translate', '| tstats count from datamodel=Network_Trafic']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<search>:1:31: error[unknown-datamodel]: unknown data model "Network_Trafic"');
    expect(r.stderr).toContain('did you mean Network_Traffic?');
  });

  it('an unsupported command exits 2 and names it', async () => {
    const r = await cli(['translate', '| tstats count from datamodel=Network_Traffic | addinfo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<search>:1:49: error[unsupported]: unsupported command: addinfo');
  });

  it('a bad data file exits 1 with file:line', async () => {
    const file = tempFile('flows.csv', 'src_ip,dest_ip\n10.0.0.1,8.8.8.8\n10.0.0.2,8.8.8.8,extra\n');
    const r = await cli(['run', '| tstats count from datamodel=Network_Traffic', '--data', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: error\\[bad-input\\]`));
  });

  it('a run without data is a usage error (exit 2)', async () => {
    const r = await cli(['run', '| tstats count from datamodel=Network_Traffic']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no data: give --db FILE');
  });

  it('an unknown flag is a usage error (exit 2)', async () => {
    const r = await cli(['run', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown argument');
  });

  it('a missing GeoIP database exits 1 and says how to provide one', async () => {
    const r = await cli(['run', '-f', 'examples/detect_outbound_smb_traffic.spl', '--data', DATA, '--mmdb', '/nonexistent/city.mmdb']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/city.mmdb');
    expect(r.stderr).toContain('error[geoip-unavailable]');
  });

  it('an unknown time zone is a usage error', async () => {
    const r = await cli(['run', '-f', 'examples/detect_outbound_smb_traffic.spl', '--data', DATA, '--tz', 'Mars/Olympus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown time zone "Mars/Olympus"');
  });

  it('an error inside a macro expansion points at the call, even with --macros before the search', async () => {
    const conf = tempFile('macros.conf', '[broken]\ndefinition = action=(\n\n[outer(1)]\nargs = f\ndefinition = `broken` $f$=1\n');
    const r = await cli(['translate', '--macros', conf, '| tstats count from datamodel=Network_Traffic\n  where `outer(All_Traffic.app)` by All_Traffic.src_ip']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      "<search>:2:9: error[syntax-error]: expected a word or a quoted string but found '('",
      '  |',
      '2 |   where `outer(All_Traffic.app)` by All_Traffic.src_ip',
      '  |         ' + '^'.repeat('`outer(All_Traffic.app)`'.length),
    ]);
    expect(r.stderr).toContain('hint: in the expansion of `outer(1) → broken`');
  });

  it('an error in a detection .yml points at the line of the .yml file', async () => {
    const file = tempFile('det.yml', "name: Test\nsearch: '| tstats count from datamodel=Network_Traffic\n  where All_Traffic.dest_port=445\n  by All_Traffic.dest_ip | mapx | `x_filter`'\nhow_to_implement: none\n");
    const r = await cli(['translate', '-f', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      `${file}:4:28: error[unsupported]: unsupported command: mapx`,
      '  |',
      "4 |   by All_Traffic.dest_ip | mapx | `x_filter`'",
      '  |                            ^^^^',
    ]);
  });

  it('--help lists the commands and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['run', 'translate', 'ingest', 'parse']) expect(r.stdout).toContain(`splice ${command}`);
  });
});
