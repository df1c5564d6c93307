import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { describe, expect, it } from 'vitest';
import { genCommand } from '../../src/cli/commands/gen.js';
import { CliFailure } from '../../src/cli/failure.js';
import { UsageError } from '../../src/cli/io.js';
import { openSqlite } from '../../src/exec/sqlite.js';

/** Runs `splice gen …` through its yargs module (app.ts registers it separately). */
async function gen(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), env: {}, colour: false };
  await yargs([...args])
    .command(genCommand(io))
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    })
    .parseAsync();
  return { stdout, stderr };
}

function tables(db: string): Record<string, number> {
  const conn = openSqlite(db, 'read');
  try {
    const names = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => (r as { name: string }).name);
    return Object.fromEntries(names.map((n) => [n, (conn.prepare(`SELECT COUNT(*) AS n FROM "${n}"`).get() as { n: number }).n]));
  } finally {
    conn.close();
  }
}

describe('splice gen', () => {
  it('fills the chosen datasets and reports rows per table and in total', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'splice-gen-')), 'cim.db');
    const r = await gen(['gen', '--db', db, '--rows', '50', '--datamodel', 'Network_Traffic', '--datamodel', 'Endpoint.Processes', '--seed', '3']);
    expect(tables(db)).toEqual({ 'Endpoint.Processes': 50, 'Network_Traffic.All_Traffic': 50 });
    expect(r.stdout).toMatch(new RegExp(`^generated 100 rows in 2 tables into ${db.replace(/[.\\]/g, '\\$&')} \\(seed 3, [\\d,]+ rows/s\\)\\n$`));
    expect(r.stderr).toMatch(/^Network_Traffic\.All_Traffic: 50 rows in [\d.]+ s \([\d,]+ rows\/s\)\nEndpoint\.Processes: 50 rows in /);
  });

  it('takes every root dataset of a model named without one, and every model by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'splice-gen-'));
    await gen(['gen', '--db', join(dir, 'updates.db'), '--rows', '5', '--datamodel', 'Updates']);
    expect(tables(join(dir, 'updates.db'))).toEqual({ 'Updates.Update_Errors': 5, 'Updates.Updates': 5 });
    const all = await gen(['gen', '--db', join(dir, 'all.db'), '--rows', '2']);
    expect(Object.keys(tables(join(dir, 'all.db'))).length).toBe(33);
    expect(all.stdout).toContain('generated 66 rows in 33 tables');
  });

  it('places events from --start over --days', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'splice-gen-')), 'web.db');
    await gen(['gen', '--db', db, '--rows', '200', '--datamodel', 'Web', '--start', '2025-03-01', '--days', '1']);
    const conn = openSqlite(db, 'read');
    const span = conn.prepare('SELECT MIN(_time) AS lo, MAX(_time) AS hi FROM "Web.Web"').get() as { lo: number; hi: number };
    conn.close();
    expect(span.lo).toBeGreaterThanOrEqual(Date.UTC(2025, 2, 1) / 1000);
    expect(span.hi).toBeLessThan(Date.UTC(2025, 2, 2) / 1000);
  });

  it('refuses bad numbers, times and data model names', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'splice-gen-')), 'x.db');
    await expect(gen(['gen', '--db', db, '--rows', '0'])).rejects.toThrow(UsageError);
    await expect(gen(['gen', '--db', db, '--rows', '1.5'])).rejects.toThrow(/--rows must be a positive whole number/);
    await expect(gen(['gen', '--db', db, '--rows', '1', '--start', 'yesterday'])).rejects.toThrow(/--start must be an ISO 8601 time such as 2024-10-01T00:00:00Z/);
    await expect(gen(['gen', '--db', db, '--rows', '1', '--days', '0'])).rejects.toThrow(UsageError);
    await expect(gen(['gen', '--db', db, '--rows', '1', '--datamodel', 'Netwrk_Traffic'])).rejects.toThrow(CliFailure);
    await expect(gen(['gen', '--db', db, '--rows', '1', '--datamodel', 'Endpoint.Nope'])).rejects.toThrow(/Endpoint has no root dataset "Nope"/);
  });
});
