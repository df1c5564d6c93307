import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { printSelect } from '../../src/sql/print.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';

function sqlOf(where: string): string {
  const { plan } = compile(`| tstats count from datamodel=Network_Traffic where ${where}`);
  if (plan.source.kind !== 'sql') throw new Error('expected SQL');
  return printSelect(plan.source.select, sqliteDialect).sql;
}

describe('IP-key ranges and indexes', () => {
  it('an OR of ranges that includes a broad one (/16 or wider) is written to scan (+column)', () => {
    const sql = sqlOf('All_Traffic.src_ip IN ("10.0.0.0/8", "192.168.1.0/24")');
    expect(sql).toContain('(+"src_ip__ipkey" BETWEEN ? AND ?)');
    expect(sql).not.toMatch(/[^+]"src_ip__ipkey"/);
  });

  it('a lone range, or an OR of narrow ones, is left to the planner (an index pays there)', () => {
    expect(sqlOf('All_Traffic.src_ip="10.0.0.0/8"')).toContain('("src_ip__ipkey" BETWEEN ? AND ?)');
    const narrow = sqlOf('All_Traffic.src_ip IN ("10.1.2.0/24", "10.1.3.0/24")');
    expect(narrow).not.toContain('+"src_ip__ipkey"');
    expect(sqlOf('All_Traffic.src_ip IN ("2001:db8::/48", "2001:db9::/48")')).not.toContain('+"src_ip__ipkey"');
    expect(sqlOf('All_Traffic.src_ip IN ("2001:db8::/32", "2001:db9::/48")')).toContain('+"src_ip__ipkey"');
  });
});
