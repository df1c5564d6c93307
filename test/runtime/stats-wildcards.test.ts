import { describe, expect, it } from 'vitest';
import type { StatsCommand } from '../../src/ast/nodes.js';
import { parsePipeline } from '../../src/parser/parse.js';
import { applyStats } from '../../src/runtime/commands/stats.js';
import type { EvalPort } from '../../src/runtime/eval-port.js';
import type { Table } from '../../src/values/value.js';

const noEval: EvalPort = { value: () => undefined, truth: () => false };

function stats(spl: string): StatsCommand {
  const c = parsePipeline(spl).commands[0];
  if (c?.kind !== 'stats') throw new Error('not stats');
  return c;
}

const table: Table = {
  fields: ['_time', 'host', 'user', 'bytes_in', 'bytes_out'],
  rows: [
    new Map<string, string | number>([['_time', 1], ['host', 'a'], ['user', 'x'], ['bytes_in', '10'], ['bytes_out', '1']]),
    new Map<string, string | number>([['_time', 2], ['host', 'a'], ['user', 'y'], ['bytes_in', '20'], ['bytes_out', '2']]),
  ],
};

describe('stats with wildcard fields', () => {
  it('latest(*) as * gives one function per non-BY field, named after the field', () => {
    const out = applyStats(table, stats('| stats latest(*) as * by host'), noEval);
    expect(out.fields).toEqual(['host', '_time', 'user', 'bytes_in', 'bytes_out']);
    expect(Object.fromEntries(out.rows[0] ?? [])).toEqual({ host: 'a', _time: 2, user: 'y', bytes_in: '20', bytes_out: '2' });
  });

  it('puts what * matched into the AS pattern, or names fn(field) without AS', () => {
    const named = applyStats(table, stats('| stats sum(bytes_*) as total_*'), noEval);
    expect(named.fields).toEqual(['total_in', 'total_out']);
    expect(Object.fromEntries(named.rows[0] ?? [])).toEqual({ total_in: 30, total_out: 3 });
    expect(applyStats(table, stats('| stats max(bytes_*)'), noEval).fields).toEqual(['max(bytes_in)', 'max(bytes_out)']);
  });
});
