import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

/**
 * --timeout runs the search in a child process, which needs splice's built
 * JavaScript: these tests compile the sources into a scratch folder under
 * node_modules/.cache (so node_modules resolves) and run the CLI as a real
 * process, which also shows that it exits when it should.
 */
let build = '';
const work = mkdtempSync(join(tmpdir(), 'splice-timeout-'));

beforeAll(() => {
  mkdirSync('node_modules/.cache', { recursive: true });
  build = resolve(mkdtempSync(join('node_modules', '.cache', 'splice-limits-')));
  // tsc still writes the files when some other part of the tree has a type error; the check below is what matters.
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', build], { stdio: 'ignore' });
  expect(existsSync(join(build, 'src/cli/search-process.js'))).toBe(true);
}, 120_000);

afterAll(() => {
  rmSync(build, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

function splice(args: readonly string[]): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(build, 'src/cli/main.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 })));
}

/** Catastrophic backtracking: `^(a+)+$` against forty a's and a b tries about 2^40 ways. */
const regexFlows = join(work, 'regex.csv');
writeFileSync(regexFlows, `app,src_ip\n${'a'.repeat(40)}b,10.0.0.1\nbbb,10.0.0.2\n`);
const regexSearch = (pattern: string): string => `| tstats count from datamodel=Network_Traffic by All_Traffic.app | where match('All_Traffic.app', "${pattern}")`;

/** The cost of starting splice and its search process, from a search that finishes at once. */
async function startup(data: string[]): Promise<number> {
  const fast = await splice(['run', regexSearch('^b'), ...data, '--timeout', '60', '--format', 'csv']);
  expect(fast.code).toBe(0);
  return fast.seconds;
}

/** A database of 400,000 generated flows, made once. */
let flows: Promise<string> | undefined;
function flowsDb(): Promise<string> {
  flows ??= (async () => {
    const db = join(work, 'flows.db');
    expect((await cli(['init', '--db', db])).code).toBe(0);
    const sqlite = new Database(db);
    sqlite.exec(`INSERT INTO "Network_Traffic.All_Traffic"(_time, src_ip, dest_ip, dest_port, app)
      WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM c WHERE x < 399999)
      SELECT 1700000000 + x, '10.' || (x % 200) || '.0.1', '192.0.' || (x / 250 % 250) || '.' || (x % 250), x % 60000, 'app' || (x % 5000) FROM c`);
    sqlite.close();
    return db;
  })();
  return flows;
}

describe('splice run --timeout', () => {
  it('stops a search stuck in a regex within the timeout and a second', async () => {
    const base = await startup(['--data', regexFlows]);
    const run = await splice(['run', regexSearch('^(a+)+$'), '--data', regexFlows, '--timeout', '1', '--format', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error[timeout]: the search ran longer than 1 s and was stopped\n');
    expect(run.stdout).toBe('');
    expect(run.seconds - base).toBeLessThan(1 + 1);
  }, 60_000);

  it('stops a search inside a long SQLite statement', async () => {
    const db = await flowsDb();
    const base = await startup(['--data', regexFlows]);
    // One row, after SQLite has counted the distinct values of 400,000 rows (some tenths of a second in SQLite alone).
    const spl = '| tstats dc(All_Traffic.dest_ip) dc(All_Traffic.app) dc(All_Traffic.dest_port) values(All_Traffic.src_ip) from datamodel=Network_Traffic';
    const run = await splice(['run', spl, '--db', db, '--timeout', '0.1', '--format', 'jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error[timeout]: the search ran longer than 0.1 s and was stopped\n');
    expect(run.stdout).toBe('');
    expect(run.seconds - base).toBeLessThan(0.1 + 1);
  }, 60_000);

  it('leaves only whole rows printed when it stops a search that was printing', async () => {
    const db = await flowsDb();
    const spl = '| tstats count values(All_Traffic.dest_ip) dc(All_Traffic.dest_port) from datamodel=Network_Traffic by All_Traffic.src_ip All_Traffic.app';
    const run = await splice(['run', spl, '--db', db, '--timeout', '0.3', '--format', 'jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error[timeout]: the search ran longer than 0.3 s and was stopped\n');
    for (const line of run.stdout.split('\n').filter((l) => l !== '')) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(run.stdout === '' || run.stdout.endsWith('\n')).toBe(true);
  }, 60_000);

  it('prints the same rows as without --timeout when the search finishes in time', async () => {
    const args = ['run', '-f', 'examples/detect_outbound_smb_traffic.spl', '--data', 'examples/network_traffic.csv', '--tz', 'UTC', '--format', 'csv'];
    const timed = await splice([...args, '--timeout', '60']);
    expect(timed.code).toBe(0);
    expect(timed.stderr).toBe('');
    expect(timed.stdout).toBe(readFileSync('examples/detect_outbound_smb_traffic.expected.csv', 'utf8'));
  }, 60_000);

  it('passes errors through as the CLI reports them', async () => {
    const run = await splice(['run', '| tstats count from datamodel=Nope', '--data', regexFlows, '--timeout', '60']);
    const direct = await cli(['run', '| tstats count from datamodel=Nope', '--data', regexFlows]);
    expect(run.code).toBe(direct.code);
    expect(run.stderr).toBe(direct.stderr);
  }, 60_000);
});

describe('splice test --timeout', () => {
  it('fails the case that runs too long with error[timeout] and runs the next one', async () => {
    const suite = join(work, 'suite');
    mkdirSync(suite, { recursive: true });
    writeFileSync(join(suite, 'bbb.csv'), 'All_Traffic.app,count\nbbb,1\n');
    const yaml = (name: string, pattern: string): string => `  - name: ${name}\n    search: '${regexSearch(pattern).replace(/'/g, "''")}'\n    baseline: bbb.csv\n`;
    writeFileSync(join(suite, 'limits.suite.yml'), `defaults:\n  data: ${regexFlows}\ncases:\n${yaml('stuck', '^(a+)+$')}${yaml('quick', '^b')}`);
    const run = await splice(['test', suite, '--timeout', '1']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const stuck = /^ERROR stuck \((\d+) ms\)$/.exec(lines[0] ?? '');
    expect(Number(stuck?.[1])).toBeLessThan((1 + 1) * 1000);
    expect(lines[1]).toBe('    error[timeout]: the search ran longer than 1 s and was stopped');
    expect(lines[2]).toMatch(/^PASS quick \(\d+ ms\)$/);
  }, 60_000);
});
