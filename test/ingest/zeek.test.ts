import { afterAll, describe, expect, it } from 'vitest';
import { guessZeekPath, sniffZeekHead, zeekTsvSource } from '../../src/ingest/readers/zeek.js';
import { collect, expectFileError, plain, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const T = '\t';
const header = [
  '#separator \\x09',
  `#set_separator${T},`,
  `#empty_field${T}(empty)`,
  `#unset_field${T}-`,
  `#path${T}conn`,
  `#open${T}2021-04-28-16-25-22`,
  `#fields${T}ts${T}uid${T}id.orig_h${T}service${T}tunnel_parents${T}vec${T}label`,
  `#types${T}time${T}string${T}addr${T}string${T}set[string]${T}vector[count]${T}string`,
];

describe('Zeek TSV reader', () => {
  it('honours the header: unset and empty are absent, sets become lists, extra columns stay', async () => {
    const rows = [
      ['1596790164.509987', 'Cr01', '10.8.0.61', 'dns', '-', '1,2', 'Benign'].join(T),
      ['XXXXXXXXXX.XXXXXX', 'Cr02', '::1', '(empty)', 'a', '(empty)', 'Malicious'].join(T),
      ['1596790165.000000', 'Cr03', '10.0.0.1', 'a,b', 'x,y', '7', '-'].join(T),
    ];
    const file = tmp.write('conn.log', [...header, ...rows, `#close${T}2021-04-28-16-25-22`, ''].join('\n'));
    const source = zeekTsvSource(file, 'conn');
    expect(source.sourcetype).toBe('bro:conn');
    expect(await plain(source)).toEqual([
      { line: 9, values: { ts: '1596790164.509987', uid: 'Cr01', 'id.orig_h': '10.8.0.61', service: 'dns', vec: ['1', '2'], label: 'Benign' } },
      { line: 10, values: { ts: 'XXXXXXXXXX.XXXXXX', uid: 'Cr02', 'id.orig_h': '::1', tunnel_parents: ['a'], label: 'Malicious' } },
      // Commas in a plain string column are not split.
      { line: 11, values: { ts: '1596790165.000000', uid: 'Cr03', 'id.orig_h': '10.0.0.1', service: 'a,b', tunnel_parents: ['x', 'y'], vec: ['7'] } },
    ]);
  });

  it('honours other separators and sentinels', async () => {
    const lines = ['#separator \\x7c', '#set_separator|;', '#empty_field|EMPTY', '#unset_field|NULL', '#fields|a|b|c', '#types|string|set[addr]|count', 'x|1.1.1.1;2.2.2.2|NULL', 'EMPTY|EMPTY|3'];
    const file = tmp.write('pipes.log', lines.join('\n'));
    expect(await plain(zeekTsvSource(file, undefined))).toEqual([
      { line: 7, values: { a: 'x', b: ['1.1.1.1', '2.2.2.2'] } },
      { line: 8, values: { c: '3' } },
    ]);
    expect(zeekTsvSource(file, undefined).sourcetype).toBe('bro');
  });

  it('gives the same records whatever the chunk size', async () => {
    const file = tmp.write('chunks.log', [...header, ['1', 'C', '::1', 'dns', 'a,b', '-', 'é😀'].join(T)].join('\r\n'));
    const whole = await plain(zeekTsvSource(file, 'conn'));
    expect(whole).toHaveLength(1);
    for (const chunkBytes of [1, 3, 8]) expect(await plain(zeekTsvSource(file, 'conn', { chunkBytes }))).toEqual(whole);
  });

  it('rejects a data row before #fields', async () => {
    const file = tmp.write('nofields.log', ['#separator \\x09', '#path\tconn', '1\t2'].join('\n'));
    await expectFileError(collect(zeekTsvSource(file, 'conn')), 'bad-input', file, 3, /before the #fields/);
  });

  it('reads a header-only log as no records, but rejects a file without #fields', async () => {
    const headerOnly = tmp.write('headeronly.log', [...header, `#close${T}x`].join('\n'));
    expect(await collect(zeekTsvSource(headerOnly, 'conn'))).toEqual([]);
    const empty = tmp.write('empty.log', '');
    await expectFileError(collect(zeekTsvSource(empty, 'conn')), 'bad-input', empty, 1, /no #fields/);
  });

  it('rejects a row whose column count differs from #fields', async () => {
    const row = ['1', 'C', '::1', 'dns', '-', '-', 'x'].join(T);
    const file = tmp.write('cols.log', [...header, row, `${row}${T}extra`].join('\n'));
    await expectFileError(collect(zeekTsvSource(file, 'conn')), 'bad-input', file, 10, /8 columns but #fields names 7/);
  });

  it('sniffs #path and #fields from the head', () => {
    expect(sniffZeekHead([...header, '1\t2'].join('\n'))).toEqual({
      path: 'conn',
      fields: ['ts', 'uid', 'id.orig_h', 'service', 'tunnel_parents', 'vec', 'label'],
    });
    expect(sniffZeekHead('#separator \\x09\n#fields\ta\n')).toEqual({ path: undefined, fields: ['a'] });
  });

  it('guesses the log from its columns or its file name', () => {
    expect(guessZeekPath('/x/whatever.json', ['ts', 'conn_state'])).toBe('conn');
    expect(guessZeekPath('/x/stratosphere_002_portscan_conn.json')).toBe('conn');
    expect(guessZeekPath('/x/zeek_dce_rpc_impacket.log')).toBe('dce_rpc');
    expect(guessZeekPath('/x/smb_files.log')).toBe('smb_files');
    expect(guessZeekPath('/x/reconnect.log')).toBeUndefined();
  });
});
