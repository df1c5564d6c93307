import { describe, expect, it } from 'vitest';
import { applyRegex } from '../../src/runtime/commands/regex.js';
import { command, plain, table, type Plain } from './helpers.js';

const rows: Plain[] = [{ _raw: 'GET /a', p: 'cmd.exe /c' }, { _raw: 'POST /b', p: 'CMD.EXE' }, { _raw: 'GET /c' }, { p: ['x', 'powershell.exe'] }, { p: 443 }];

function regex(spl: string): Plain[] {
  return plain(applyRegex(table(rows), command(spl, 'regex'))).rows;
}

describe('regex', () => {
  it('keeps results whose _raw matches when no field is named (unanchored)', () => {
    expect(regex('regex "GET"')).toEqual([rows[0], rows[2]]);
  });

  it('field= keeps matches; a result without the field never matches', () => {
    expect(regex('regex p="\\.exe"')).toEqual([rows[0], rows[3]]);
    expect(regex('regex p="(?i)^cmd\\.exe$"')).toEqual([rows[1]]);
  });

  it('field!= keeps the results that do not match, including those without the field', () => {
    expect(regex('regex p!="\\.exe"')).toEqual([rows[1], rows[2], rows[4]]);
  });

  it('a multivalue field matches when any value does', () => {
    expect(regex('regex p="^power"')).toEqual([rows[3]]);
    expect(regex('regex p!="^power"')).toEqual([rows[0], rows[1], rows[2], rows[4]]);
  });

  it('matches numbers as their text and keeps the field list', () => {
    const out = applyRegex(table(rows), command('regex p="^44"', 'regex'));
    expect(plain(out)).toEqual({ fields: ['_raw', 'p'], rows: [{ p: 443 }] });
  });
});
