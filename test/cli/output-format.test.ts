import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatJsonLines, formatTable } from '../../src/output/format.js';
import type { Table } from '../../src/values/value.js';

const table: Table = {
  fields: ['src_ip', 'app', 'count', 'note'],
  rows: [
    new Map<string, string | number | readonly string[]>([['src_ip', '10.0.0.1'], ['app', ['SMB', 'smb']], ['count', 2], ['note', 'a, "quoted" note']]),
    new Map<string, string | number | readonly string[]>([['src_ip', '10.0.0.2'], ['count', 1.5]]),
  ],
};

describe('output formats', () => {
  it('csv: Splunk export shape, multivalue joined by newlines, missing as empty', () => {
    expect(formatCsv(table)).toBe('src_ip,app,count,note\n10.0.0.1,"SMB\nsmb",2,"a, ""quoted"" note"\n10.0.0.2,,1.5,\n');
  });

  it('json: REST shape, strings, arrays for multivalue, absent fields left out', () => {
    const body = JSON.parse(formatJson(table)) as { fields: unknown; results: unknown };
    expect(body.fields).toEqual([{ name: 'src_ip' }, { name: 'app' }, { name: 'count' }, { name: 'note' }]);
    expect(body.results).toEqual([
      { src_ip: '10.0.0.1', app: ['SMB', 'smb'], count: '2', note: 'a, "quoted" note' },
      { src_ip: '10.0.0.2', count: '1.5' },
    ]);
  });

  it('jsonl: one {"result": …} per line', () => {
    const lines = formatJsonLines(table).trimEnd().split('\n').map((l) => JSON.parse(l) as { result: Record<string, unknown> });
    expect(lines.map((l) => l.result.src_ip)).toEqual(['10.0.0.1', '10.0.0.2']);
  });

  it('table: aligned columns, one line per multivalue value, a row count', () => {
    expect(formatTable(table)).toBe(
      [
        'src_ip    app  count  note',
        '--------  ---  -----  ----------------',
        '10.0.0.1  SMB  2      a, "quoted" note',
        '          smb',
        '10.0.0.2       1.5',
        '(2 rows)',
        '',
      ].join('\n'),
    );
  });

  it('json: a field named __proto__ is an ordinary key', () => {
    const odd: Table = { fields: ['__proto__'], rows: [new Map([['__proto__', 'x']])] };
    expect(JSON.parse(formatJson(odd))).toMatchObject({ results: [{ ['__proto__']: 'x' }] });
  });
});
