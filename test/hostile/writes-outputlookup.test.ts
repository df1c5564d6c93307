import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLookupStore } from '../../src/lookups/store.js';
import { cli } from '../support/cli.js';
import { filesIn, runWrites, scratch, text, writeRefusal } from './fixtures/writes.js';

/** https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Outputlookup */
const INPUT = 'user,group\nalice,admins\nbob,"ops, night"\n';

describe('outputlookup without --output-dir', () => {
  it('is refused at the command, naming the flag that allows it (exit 2)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.csv'), INPUT);
    const spl = '| inputlookup in.csv | outputlookup out.csv';
    const r = await cli(['run', spl, '--lookups', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '<search>:1:24: error[unsupported]: unsupported: outputlookup writes a lookup file; splice writes files only when run with --output-dir DIR\n' +
        '  |\n1 | | inputlookup in.csv | outputlookup out.csv\n  |                        ^^^^^^^^^^^^\n' +
        '  hint: splice run --output-dir DIR … lets outputlookup write into DIR\n',
    );
    expect(filesIn(dir)).toEqual(['in.csv']);
  });

  it('splice test has no --output-dir: a regression run never writes', async () => {
    const r = await cli(['test', '-f', 'x.spl', '--baseline', 'b.csv', '--output-dir', scratch()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: Unknown arguments?: output-dir/m);
  });
});

describe('outputlookup --output-dir DIR', () => {
  it('writes the results as CSV into DIR and returns them unchanged', async () => {
    const out = scratch();
    const rows = await runWrites('| inputlookup in.csv | outputlookup users.csv', INPUT, out);
    expect(rows).toEqual([{ user: 'alice', group: 'admins' }, { user: 'bob', group: 'ops, night' }]);
    expect(text(out, 'users.csv')).toBe('user,group\nalice,admins\nbob,"ops, night"\n');
  });

  it('a lookup table name writes <name>.csv, which inputlookup reads back as written', async () => {
    const out = scratch();
    await runWrites('| inputlookup in.csv | eval note="say \\"hi\\"" | outputlookup staff', INPUT, out);
    expect(filesIn(out)).toEqual(['staff.csv']);
    const back = (await loadLookupStore(out)).get('staff.csv');
    expect(back?.rows.map((r) => Object.fromEntries(r))).toEqual([
      { user: 'alice', group: 'admins', note: 'say "hi"' },
      { user: 'bob', group: 'ops, night', note: 'say "hi"' },
    ]);
  });

  it('merges a multivalue field into one space-delimited value', async () => {
    const out = scratch();
    await runWrites('| inputlookup in.csv | eval tags=split("a;b;c", ";") | table user tags | outputlookup t.csv', INPUT, out);
    expect(text(out, 't.csv')).toBe('user,tags\nalice,a b c\nbob,a b c\n');
  });

  it('replaces an existing file: fields not in the results are not kept', async () => {
    const out = scratch();
    writeFileSync(join(out, 'users.csv'), 'user,D\nzed,old\n');
    await runWrites('| inputlookup in.csv | outputlookup users.csv', INPUT, out);
    expect(text(out, 'users.csv')).toBe('user,group\nalice,admins\nbob,"ops, night"\n');
  });

  it('append=true adds rows with only the fields already in the file (A,D,J + A,C,J → A,D,J)', async () => {
    const out = scratch();
    writeFileSync(join(out, 'f.csv'), 'A,D,J\n1,d1,j1');
    await runWrites('| inputlookup in.csv | eval A=user, C="c", J=group | table A C J | outputlookup append=true f.csv', INPUT, out);
    expect(text(out, 'f.csv')).toBe('A,D,J\n1,d1,j1\nalice,,admins\nbob,,"ops, night"\n');
  });

  it('append=true without a file creates it from the results', async () => {
    const out = scratch();
    await runWrites('| inputlookup in.csv | outputlookup append=true users.csv', INPUT, out);
    expect(text(out, 'users.csv')).toBe('user,group\nalice,admins\nbob,"ops, night"\n');
  });

  it('max=N writes the first N rows and still returns every row', async () => {
    const out = scratch();
    const rows = await runWrites('| inputlookup in.csv | outputlookup max=1 users.csv', INPUT, out);
    expect(rows).toHaveLength(2);
    expect(text(out, 'users.csv')).toBe('user,group\nalice,admins\n');
  });

  it('createinapp and create_context choose nothing: the file is in DIR', async () => {
    const out = scratch();
    await runWrites('| inputlookup in.csv | outputlookup createinapp=false create_context=system users.csv', INPUT, out);
    expect(filesIn(out)).toEqual(['users.csv']);
  });
});

describe('outputlookup with no results', () => {
  const none = '| inputlookup in.csv | where user="nobody" | outputlookup';

  it('deletes the existing file by default (override_if_empty=true, create_empty=false)', async () => {
    const out = scratch();
    writeFileSync(join(out, 'users.csv'), 'user\nold\n');
    await runWrites(`${none} users.csv`, INPUT, out);
    expect(filesIn(out)).toEqual([]);
  });

  it('override_if_empty=false keeps the existing file as it was', async () => {
    const out = scratch();
    writeFileSync(join(out, 'users.csv'), 'user\nold\n');
    await runWrites(`${none} override_if_empty=false users.csv`, INPUT, out);
    expect(text(out, 'users.csv')).toBe('user\nold\n');
  });

  it('create_empty=true leaves a zero-length file', async () => {
    const out = scratch();
    await runWrites(`${none} create_empty=true users.csv`, INPUT, out);
    expect(text(out, 'users.csv')).toBe('');
  });

  it('creates no file by default', async () => {
    const out = scratch();
    await runWrites(`${none} users.csv`, INPUT, out);
    expect(filesIn(out)).toEqual([]);
  });
});

describe('outputlookup refuses', () => {
  it('any name that is not a plain file name, at the name, writing nothing', async () => {
    const out = join(scratch(), 'out');
    const names = ['"../x.csv"', '"/tmp/x.csv"', '"a/b.csv"', '"a\\\\b.csv"', '"C:x.csv"', '"x.csv:s"', 'CON', 'nul.csv', 'COM1.csv', 'lpt9', '.hidden.csv', '".."', '"x.csv "', '"a\u0000b.csv"'];
    for (const name of names) {
      const spl = `| inputlookup in.csv | outputlookup ${name}`;
      const refusal = await writeRefusal(spl, INPUT, out);
      expect(refusal.code, name).toBe('invalid-argument');
      expect(refusal.message, name).toMatch(/^lookup ".*" is not a plain file name: /);
      expect(refusal.at, name).toBe(name);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('KV store options, multivalue output format and compressed files, at the option', async () => {
    const out = scratch();
    const cases: [string, string][] = [
      ['key_field=user users', 'key_field=user'],
      ['allow_updates=true users', 'allow_updates=true'],
      ['output_format=splunk_mv_csv users', 'splunk_mv_csv'],
      ['users.csv.gz', 'users.csv.gz'],
      ['create_context=elsewhere users', 'elsewhere'],
      ['append=maybe users', 'maybe'],
    ];
    for (const [args, at] of cases) {
      const refusal = await writeRefusal(`| inputlookup in.csv | outputlookup ${args}`, INPUT, out);
      expect(refusal.at, args).toBe(at);
    }
    expect(filesIn(out)).toEqual([]);
  });
});

describe('outputlookup writes atomically', () => {
  it('leaves no temporary file behind', async () => {
    const out = scratch();
    await runWrites('| inputlookup in.csv | outputlookup users.csv', INPUT, out);
    await runWrites('| inputlookup in.csv | outputlookup append=true users.csv', INPUT, out);
    expect(filesIn(out)).toEqual(['users.csv']);
  });

  it('a target that is a directory or a link is refused and nothing else changes', async () => {
    const out = scratch();
    const elsewhere = join(scratch(), 'victim.csv');
    writeFileSync(elsewhere, 'precious\n');
    mkdirSync(join(out, 'dir.csv'));
    symlinkSync(elsewhere, join(out, 'link.csv'));
    for (const name of ['dir.csv', 'link.csv']) {
      const refusal = await writeRefusal(`| inputlookup in.csv | outputlookup ${name}`, INPUT, out);
      expect(refusal).toEqual({ code: 'io-error', message: `${join(out, name)} exists and is not a regular file`, at: name });
    }
    expect(filesIn(out)).toEqual(['dir.csv', 'link.csv']);
    expect(readFileSync(elsewhere, 'utf8')).toBe('precious\n');
  });
});

describe('splice run --output-dir', () => {
  it('lets outputlookup write into that directory only, from the command line', async () => {
    const lookups = scratch();
    const out = scratch();
    writeFileSync(join(lookups, 'in.csv'), 'host,owner\na,b\n');
    const spl = '| inputlookup in.csv | outputlookup o.csv';
    expect((await cli(['run', spl, '--lookups', lookups, '--format', 'csv'])).code).toBe(2);
    const r = await cli(['run', spl, '--lookups', lookups, '--output-dir', out, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('host,owner\na,b\n');
    expect(readFileSync(join(out, 'o.csv'), 'utf8')).toBe('host,owner\na,b\n');
  });
});
