import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../src/parser/parse.js';
import type { AddtotalsCommand } from '../../src/ast/nodes.js';
import { applyAddtotals } from '../../src/runtime/commands/addtotals.js';
import type { Table } from '../../src/values/value.js';

function command(spl: string): AddtotalsCommand {
  const c = parsePipeline(spl).commands[0];
  if (c?.kind !== 'addtotals') throw new Error('not addtotals');
  return c;
}

const table: Table = {
  fields: ['host', 'a', 'b', 'note'],
  rows: [
    new Map<string, string | number | readonly string[]>([['host', 'x'], ['a', '2'], ['b', 3.5], ['note', 'n/a']]),
    new Map<string, string | number | readonly string[]>([['host', 'y'], ['a', ['1', '4']]]),
  ],
};

describe('addtotals', () => {
  it('sums every numeric field of a row into Total, skipping text, counting each value of a multivalue', () => {
    const out = applyAddtotals(table, command('| addtotals'));
    expect(out.fields).toEqual(['host', 'a', 'b', 'note', 'Total']);
    expect(out.rows.map((r) => r.get('Total'))).toEqual([5.5, 5]);
  });

  it('sums only the named fields (wildcards allowed) into fieldname=', () => {
    const out = applyAddtotals(table, command('| addtotals fieldname=Score b*'));
    expect(out.rows.map((r) => r.get('Score'))).toEqual([3.5, 0]);
  });

  it('refuses col=true (a totals row)', () => {
    expect(() => applyAddtotals(table, command('| addtotals col=true'))).toThrow('unsupported: addtotals col=true');
  });
});
