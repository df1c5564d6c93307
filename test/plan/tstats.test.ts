import type { SqlSource } from '../../src/plan/plan.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { describeStage } from '../../src/plan/describe.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { printSelect } from '../../src/sql/print.js';

function sqlOf(spl: string): { sql: string; params: readonly unknown[] } {
  return printSelect((compile(spl).plan.source as SqlSource).select, sqliteDialect);
}

describe('tstats planning', () => {
  it('drops rows with a null BY field when fillnull_value is absent', () => {
    const { sql, params } = sqlOf('| tstats count from datamodel=Network_Traffic by All_Traffic.src_ip');
    expect(sql).toBe('SELECT "src_ip" AS "All_Traffic.src_ip",\n       COUNT(*) AS "count"\nFROM "Network_Traffic.All_Traffic"\nWHERE (("src_ip" IS NOT NULL))\nGROUP BY "src_ip"\nORDER BY "src_ip"');
    expect(params).toEqual([]);
  });

  it('fills null BY fields with fillnull_value, as a parameter', () => {
    const { sql, params } = sqlOf('| tstats fillnull_value="n/a" count from datamodel=Network_Traffic by All_Traffic.src_ip');
    expect(sql).toContain('COALESCE("src_ip", ?) AS "All_Traffic.src_ip"');
    expect(sql).not.toContain('IS NOT NULL');
    expect(params).toEqual(['n/a', 'n/a', 'n/a']);
  });

  it('writes min/max of _time (numbers only) as MIN/MAX, and of other fields with Splunk\'s mixed-type min/max', () => {
    const { sql } = sqlOf('| tstats min(_time) as first max(_time) as last min(All_Traffic.bytes) as lo max(All_Traffic.bytes) as hi from datamodel=Network_Traffic');
    expect(sql).toContain('MIN("_time") AS "first"');
    expect(sql).toContain('MAX("_time") AS "last"');
    expect(sql).toContain('splice_min("bytes") AS "lo"');
    expect(sql).toContain('splice_max("bytes") AS "hi"');
  });

  it('turns a CIDR on an IP field into a range on its key column', () => {
    const { sql, params } = sqlOf('| tstats count from datamodel=Network_Traffic where All_Traffic.dest_ip=10.0.0.0/8');
    expect(sql).toContain('WHERE (("dest_ip__ipkey" BETWEEN ? AND ?))');
    expect(params).toEqual([Uint8Array.from([4, 10, 0, 0, 0]), Uint8Array.from([4, 10, 255, 255, 255])]);
  });

  it('tests a CIDR on a non-IP field with the cidrmatch function', () => {
    const { sql, params } = sqlOf('| tstats count from datamodel=Network_Traffic where All_Traffic.dest="2001:db8::/32"');
    expect(sql).toContain('splice_cidrmatch(?, "dest")');
    expect(params).toEqual(['2001:db8::/32']);
  });

  it('prints NOT as IS NOT TRUE, so rows without the field pass', () => {
    const { sql } = sqlOf('| tstats count from datamodel=Network_Traffic where NOT All_Traffic.app=smb');
    expect(sql).toContain('WHERE ((("app" = ? COLLATE NOCASE) IS NOT TRUE))');
  });

  it('prints != as "exists and not equal"', () => {
    const { sql } = sqlOf('| tstats count from datamodel=Network_Traffic where All_Traffic.app!=smb');
    expect(sql).toContain('WHERE ((("app" IS NOT NULL) AND (("app" = ? COLLATE NOCASE) IS NOT TRUE)))');
  });

  it('escapes LIKE metacharacters in wildcard values', () => {
    const { sql, params } = sqlOf('| tstats count from datamodel=Network_Traffic where All_Traffic.app=a_b%c*');
    expect(sql).toContain('("app" LIKE ? ESCAPE ?)');
    expect(params).toEqual(['a\\_b\\%c%', '\\']);
  });

  it('applies child dataset constraints for nodename and for datamodel=DM.Dataset', () => {
    const viaNode = sqlOf('| tstats count from datamodel=Network_Traffic where nodename=All_Traffic.Traffic_By_Action.Allowed_Traffic');
    expect(viaNode.sql).toContain('("action" IS NOT NULL) AND ("action" = ? COLLATE NOCASE)');
    expect(viaNode.params).toEqual(['allowed']);
    const viaDataset = sqlOf('| tstats count from datamodel=Network_Traffic.Allowed_Traffic');
    expect(viaDataset.params).toEqual(['allowed']);
  });

  it('lists the stages that run after SQL, in order', () => {
    const { plan } = compile('| tstats count from datamodel=Network_Traffic by All_Traffic.dest_ip | rename All_Traffic.* as * | iplocation prefix=geo_ dest_ip | convert ctime(count) as c | search *');
    expect(plan.stages.map(describeStage)).toEqual(['rename All_Traffic.* → *', 'iplocation dest_ip prefix=geo_', 'convert ctime (format "%m/%d/%Y %H:%M:%S") count → c']);
  });

  it('refuses what it cannot run exactly', () => {
    expect(() => compile('| tstats prestats=true count from datamodel=Network_Traffic')).toThrow('unsupported: tstats prestats=true without stats, chart or timechart after it');
    expect(() => compile('| tstats prestats=true count from datamodel=Network_Traffic | eval x=1')).toThrow('unsupported: eval after tstats prestats=true');
    expect(() => compile('| tstats count from datamodel=Network_Traffic by All_Traffic.src_ip span=1h')).toThrow('unsupported: tstats span= without _time in the by clause');
    expect(() => compile('| tstats count from datamodel=Network_Traffic by _time span=10ms')).toThrow('unsupported: tstats span=10ms (subsecond spans)');
    expect(() => compile('| tstats max(All_Traffic.tag) from datamodel=Network_Traffic')).toThrow('unsupported: tstats max() of the multivalue field All_Traffic.tag');
    expect(() => compile('| tstats count from datamodel=Network_Traffic where error')).toThrow('unsupported: free-text search term');
    expect(() => compile('| tstats perc95(All_Traffic.bytes) from datamodel=Network_Traffic')).toThrow('unsupported: tstats function perc95()');
    expect(() => compile('index=main | stats count')).toThrow('unsupported: a search must start with');
  });
});
