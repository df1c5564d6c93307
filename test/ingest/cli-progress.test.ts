import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsProgress } from '../../src/cli/output/progress.js';
import { cli } from '../support/cli.js';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('ingest progress line', () => {
  it('redraws in place at most every 250 ms with rows and rows/s, and erases itself at the end', () => {
    let out = '';
    let clock = 1000;
    const line = rowsProgress((t) => void (out += t), () => clock);
    clock += 100;
    line.update(5000); // too soon: nothing drawn
    expect(out).toBe('');
    clock += 150;
    line.update(10000);
    expect(out).toBe('\r\x1b[K10,000 rows loaded (40,000 rows/s)');
    clock += 10;
    line.update(12000);
    clock += 240;
    line.update(20000);
    expect(out.split('\r\x1b[K')).toEqual(['', '10,000 rows loaded (40,000 rows/s)', '20,000 rows loaded (40,000 rows/s)']);
    line.done();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('erases nothing when it never drew', () => {
    let out = '';
    const line = rowsProgress((t) => void (out += t), () => 0);
    line.update(1);
    line.done();
    expect(out).toBe('');
  });

  it('is never drawn when stderr is not a terminal (pipes, tests)', async () => {
    const csv = tmp.write('many.csv', `src_ip\n${'10.0.0.1\n'.repeat(20000)}`);
    const r = await cli(['ingest', '--db', join(tmp.dir, 'p.db'), csv]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${csv}: 20000 rows (csv)\n`);
  });
});
