import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { filesIn, runWrites, scratch, text, writeRefusal } from './fixtures/writes.js';

/** https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Collect */
const INPUT = 'user,bytes\nalice,10\nbob,\n';
const ROWS = '| inputlookup in.csv | eval bytes=tonumber(bytes), tags=split("a;b", ";")';

const lines = (dir: string, name: string): unknown[] => text(dir, name).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);

describe('collect without --output-dir', () => {
  it('is refused at the command, naming the flag that allows it (exit 2)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.csv'), INPUT);
    const r = await cli(['run', '| inputlookup in.csv | collect index=summary', '--lookups', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      '<search>:1:24: error[unsupported]: unsupported: collect writes to a summary index; splice writes files only when run with --output-dir DIR',
      '  |',
      '1 | | inputlookup in.csv | collect index=summary',
      '  |                        ^^^^^^^',
    ]);
    expect(filesIn(dir)).toEqual(['in.csv']);
  });
});

describe('collect index=NAME --output-dir DIR', () => {
  it('writes one JSON object a row to DIR/NAME.ndjson: numbers, lists, absent fields left out', async () => {
    const out = scratch();
    const rows = await runWrites(`${ROWS} | collect index=summary`, INPUT, out);
    expect(rows).toEqual([{ user: 'alice', bytes: '10', tags: ['a', 'b'] }, { user: 'bob', tags: ['a', 'b'] }]);
    expect(filesIn(out)).toEqual(['summary.ndjson']);
    expect(lines(out, 'summary.ndjson')).toEqual([{ user: 'alice', bytes: 10, tags: ['a', 'b'] }, { user: 'bob', tags: ['a', 'b'] }]);
  });

  it('appends: a second run adds its rows after the first run\'s', async () => {
    const out = scratch();
    await runWrites('| inputlookup in.csv | where user="alice" | collect index=s', INPUT, out);
    await runWrites('| inputlookup in.csv | where user="bob" | collect index=s', INPUT, out);
    expect(lines(out, 's.ndjson')).toEqual([{ user: 'alice', bytes: '10' }, { user: 'bob' }]);
    expect(filesIn(out)).toEqual(['s.ndjson']);
  });

  it('appends after a last line that has no line break', async () => {
    const out = scratch();
    writeFileSync(join(out, 's.ndjson'), '{"user":"earlier"}');
    await runWrites('| inputlookup in.csv | where user="bob" | collect index=s', INPUT, out);
    expect(lines(out, 's.ndjson')).toEqual([{ user: 'earlier' }, { user: 'bob' }]);
  });

  it('a field named __proto__ is written as a field', async () => {
    const out = scratch();
    await runWrites('| inputlookup in.csv | where user="bob" | rename user AS __proto__ | collect index=s', INPUT, out);
    expect(text(out, 's.ndjson')).toBe('{"__proto__":"bob"}\n');
  });

  it('testmode=true returns the rows and writes nothing', async () => {
    const out = scratch();
    expect(await runWrites('| inputlookup in.csv | collect index=s testmode=true', INPUT, out)).toHaveLength(2);
    expect(filesIn(out)).toEqual([]);
  });
});

describe('collect refuses', () => {
  it('a missing index=, at the command', async () => {
    expect(await writeRefusal('| inputlookup in.csv | collect testmode=true', INPUT, scratch())).toEqual({ code: 'invalid-argument', message: 'collect needs index=NAME', at: 'collect' });
  });

  it('an index name that is not a plain file name, at the name, writing nothing', async () => {
    const out = scratch();
    for (const name of ['"../summary"', '"/tmp/x"', '"a/b"', '"a\\\\b"', 'nul', '".x"', '"x:y"']) {
      const refusal = await writeRefusal(`| inputlookup in.csv | collect index=${name}`, INPUT, out);
      expect(refusal.code, name).toBe('invalid-argument');
      expect(refusal.at, name).toBe(name);
    }
    expect(filesIn(out)).toEqual([]);
  });

  it('options that shape Splunk stash events, since splice writes rows, not events', async () => {
    const out = scratch();
    for (const option of ['marker="a=b"', 'sourcetype=stash', 'addtime=false', 'spool=false', 'file=x.stash', 'output_format=hec']) {
      const refusal = await writeRefusal(`| inputlookup in.csv | collect index=s ${option}`, INPUT, out);
      expect(refusal.code, option).toBe('unsupported');
      expect(refusal.at, option).toBe(option);
    }
    expect(filesIn(out)).toEqual([]);
  });
});
