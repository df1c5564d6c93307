import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const SPL = 'examples/detect_outbound_smb_traffic.spl';
const DATA = 'examples/network_traffic.csv';
const BASELINE = 'examples/regression/baselines/outbound_smb.csv';

function temp(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'splice-test-')), name);
  writeFileSync(path, content);
  return path;
}

/** The reference baseline with `edit` applied to its lines (header first). */
function editedBaseline(edit: (lines: string[]) => string[]): string {
  const text = readFileSync(BASELINE, 'utf8');
  // Multivalue cells hold newlines inside quotes: split records, not lines.
  const records = text.trimEnd().split(/\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  return temp('baseline.csv', `${edit(records).join('\n')}\n`);
}

const single = (baseline: string, ...more: string[]) => cli(['test', '-f', SPL, '--data', DATA, '--tz', 'UTC', '--baseline', baseline, ...more]);

describe('splice test: one case', () => {
  it('passes when the rows match the baseline, in each of Splunk\'s export formats', async () => {
    for (const ext of ['csv', 'json', 'jsonl']) {
      const r = await single(`examples/regression/baselines/outbound_smb.${ext}`);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^PASS examples\/detect_outbound_smb_traffic\.spl \(\d+ ms\)\n1 passed, 0 failed\n$/);
    }
  });

  it('a changed cell fails, naming the row by its BY fields and showing only that cell', async () => {
    const r = await single(editedBaseline((lines) => lines.map((l, i) => (i === 1 ? l.replace(/,2,London,/, ',3,London,') : l))));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('changed rows: 1\n      ~ src_ip=10.1.1.5, dest_ip=81.2.69.142, dest_port=445 (expected row 1, actual row 1)\n          count: expected "3" | actual "2"\n');
    expect(r.stdout).not.toContain('missing rows');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('a row Splunk returned that splice does not is missing; one splice adds is extra', async () => {
    const withExtraExpected = editedBaseline((lines) => [...lines, '10.9.9.9,8.8.8.8,445,,,,,,1,,,,,']);
    const r1 = await single(withExtraExpected);
    expect(r1.code).toBe(1);
    expect(r1.stdout).toContain('missing rows (in expected, not in actual): 1\n      - src_ip=10.9.9.9, dest_ip=8.8.8.8, dest_port=445 (row 9)\n');
    const withoutRow2 = editedBaseline((lines) => lines.filter((_, i) => i !== 2));
    const r2 = await single(withoutRow2);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain('extra rows (in actual, not in expected): 1\n      + src_ip=10.1.1.7, dest_ip=2001:4860:4860::8888, dest_port=445 (row 2)\n');
  });

  it('--ignore drops a field from the comparison', async () => {
    const changed = editedBaseline((lines) => lines.map((l, i) => (i === 1 ? l.replace(/,2,London,/, ',3,London,') : l)));
    expect((await single(changed, '--ignore', 'count')).code).toBe(0);
  });

  it('--update records the current rows as the baseline, which then passes', async () => {
    const path = temp('recorded.csv', 'stale\n1\n');
    const r = await single(path, '--update');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`UPDATED examples/detect_outbound_smb_traffic.spl`);
    expect(r.stdout).toContain('1 updated, 0 passed, 0 failed');
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(BASELINE, 'utf8'));
    expect((await single(path)).code).toBe(0);
  });

  it('writes JUnit XML and a JSON report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'splice-reports-'));
    const changed = editedBaseline((lines) => lines.map((l, i) => (i === 1 ? l.replace(/,2,London,/, ',3,London,') : l)));
    await single(changed, '--junit', join(dir, 'r.xml'), '--json', join(dir, 'r.json'));
    const xml = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(xml).toContain('<testsuites name="splice test" tests="1" failures="1" errors="0"');
    expect(xml).toContain('<failure message="0 missing, 0 extra, 1 changed rows">');
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { passed: number; failed: number; cases: { status: string }[] };
    expect({ passed: json.passed, failed: json.failed, status: json.cases[0]?.status }).toEqual({ passed: 0, failed: 1, status: 'fail' });
  });

  it('a case that cannot run is an error, counted as failed; a usage mistake exits 2', async () => {
    const r = await single('no/such/baseline.csv');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ERROR /);
    expect((await cli(['test', '-f', SPL, '--data', DATA])).code).toBe(2);
    expect((await cli(['test', 'examples/regression', '--tz', 'UTC'])).code).toBe(2);
  });
});

describe('splice test: suites', () => {
  it('runs examples/regression (a suite and a detection .yml with tests) in one process', async () => {
    const r = await cli(['test', 'examples/regression']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('PASS'))).toHaveLength(6);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('6 passed, 0 failed');
  });

  it('rows compare in order when the search ends in sort, as a multiset otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'splice-suite-'));
    const abs = (p: string): string => resolve(p);
    writeFileSync(join(dir, 'top.csv'), 'src_ip,bytes,count,avg_bytes\n192.168.1.20,300,1,300\n10.1.1.5,6316,12,526.33\n172.16.5.9,60,2,30\n');
    writeFileSync(join(dir, 'ports.csv'), 'dest_port,count,sources\n8080,1,1\n80,1,1\n445,17,9\n139,2,2\n0,1,1\n0445,1,1\n1390,1,1\n443,1,1\n');
    writeFileSync(join(dir, 's.suite.yml'), [
      'defaults:', `  data: ${abs(DATA)}`, '  tz: UTC', 'cases:',
      `  - name: sorted`, `    file: ${abs('examples/regression/top_sources.spl')}`, '    baseline: top.csv',
      `  - name: unsorted`, `    file: ${abs('examples/regression/ports.spl')}`, '    baseline: ports.csv',
      `  - name: sorted, order not asked for`, `    file: ${abs('examples/regression/top_sources.spl')}`, '    baseline: top.csv', '    ordered: false',
    ].join('\n'));
    const r = await cli(['test', dir]);
    expect(r.stdout).toMatch(/^FAIL sorted /m);
    expect(r.stdout).toMatch(/^PASS unsorted /m);
    expect(r.stdout).toMatch(/^PASS sorted, order not asked for /m);
    expect(r.code).toBe(1);
  });

  it('refuses a suite setting it does not know, naming the suite file', async () => {
    const suite = temp('bad.suite.yml', '- name: x\n  file: a.spl\n  baselin: b.csv\n');
    const r = await cli(['test', suite]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${suite}: error[bad-input]: case 1: unknown setting "baselin"`);
  });
});
