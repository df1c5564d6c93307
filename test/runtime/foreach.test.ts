import { describe, expect, it } from 'vitest';
import { applyForeach } from '../../src/runtime/commands/foreach.js';
import { createEvalPort } from '../../src/runtime/eval/port.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

const port = createEvalPort({ now: 0, timeZone: resolveTimeZone('UTC') });

function foreach(spl: string, rows: readonly Plain[], fields?: readonly string[]): { fields: readonly string[]; rows: Plain[] } {
  return plain(applyForeach(table(rows, fields), command(spl, 'foreach'), port));
}

describe('foreach', () => {
  it('runs the body once per matching field, each run seeing the last (docs: test* totals 6)', () => {
    expect(foreach('foreach test* [eval total=total + <<FIELD>>]', [{ total: 0, test1: 1, test2: 2, test3: 3 }]).rows).toEqual([{ total: 6, test1: 1, test2: 2, test3: 3 }]);
  });

  it('matches a wildcard against the fields each result has (docs: ARCADE totals 800)', () => {
    const rows: Plain[] = [{ categoryId: 'SIMULATION', www1: 3000, www2: 750, total: 0 }, { categoryId: 'ARCADE', www1: 800, total: 0 }];
    expect(foreach('foreach www* [eval total=total + <<FIELD>>]', rows).rows.map((r) => r.total)).toEqual([3750, 800]);
  });

  it('runs a plain field name even where the field is missing, so eval can create it', () => {
    expect(foreach('foreach name price [eval <<FIELD>> = "<<FIELD>>"]', [{ x: 1 }])).toEqual({ fields: ['x', 'name', 'price'], rows: [{ x: 1, name: 'name', price: 'price' }] });
  });

  it('leaves internal _ fields out of * (docs: foreach * over timechart output keeps _time)', () => {
    expect(foreach("foreach * [eval <<FIELD>>='<<FIELD>>'/1024]", [{ _time: 2048, csv: 2048 }]).rows).toEqual([{ _time: 2048, csv: 2 }]);
    expect(foreach("foreach _* [eval <<FIELD>>='<<FIELD>>'/1024]", [{ _time: 2048, csv: 2048 }]).rows).toEqual([{ _time: 2, csv: 2048 }]);
  });

  it('reads a bare <<MATCHSTR>> as the number it stands for (docs: test1=5 becomes 6)', () => {
    expect(foreach('foreach test* [eval <<FIELD>> = <<FIELD>> + <<MATCHSTR>>]', [{ test1: 5, test2: 10 }]).rows).toEqual([{ test1: 6, test2: 12 }]);
  });

  it('replaces custom fieldstr and matchseg strings (docs: test1ab2=5 becomes 8)', () => {
    const spl = 'foreach test*ab* fieldstr=MYFIELD matchseg1=SEG1 matchseg2=SEG2 [eval MYFIELD = MYFIELD + SEG1 + SEG2]';
    expect(foreach(spl, [{ test1ab2: 5, test2ab3: 10 }]).rows).toEqual([{ test1ab2: 8, test2ab3: 15 }]);
  });

  it("replaces templates inside 'quoted' field names and string literals", () => {
    const spl = 'foreach stdev_* [eval anomalies = if(\'<<MATCHSTR>>\' > \'avg_<<MATCHSTR>>\' + 3 * \'stdev_<<MATCHSTR>>\', anomalies + "<<MATCHSTR>> high; ", anomalies)]';
    const row = { anomalies: '', bytes: 100, avg_bytes: 10, stdev_bytes: 1, count: 5, avg_count: 5, stdev_count: 1 };
    expect(foreach(spl, [row]).rows[0]?.anomalies).toBe('bytes high; ');
  });

  it('turns "null" text into no value across every field (as in Splunk detections)', () => {
    expect(foreach('foreach * [ eval <<FIELD>> = if(<<FIELD>>="null",null(),<<FIELD>>)]', [{ a: 'null', b: 'x' }]).rows).toEqual([{ b: 'x' }]);
  });

  it('follows the order of its field list, then of the fields', () => {
    expect(foreach('foreach b a [eval s = s . "<<FIELD>>"]', [{ s: '' }]).rows[0]?.s).toBe('ba');
    expect(foreach('foreach x* [eval s = s . "<<FIELD>>"]', [{ s: '', x2: 1, x1: 1 }]).rows[0]?.s).toBe('x2x1');
  });

  it('runs where in the body, dropping a result', () => {
    expect(foreach('foreach n* [where <<FIELD>> > 1]', [{ n1: 2, n2: 3 }, { n1: 2, n2: 0 }]).rows).toEqual([{ n1: 2, n2: 3 }]);
  });
});

describe('foreach refusals', () => {
  const run = (spl: string, rows: readonly Plain[] = [{ 'a-b': 1, ab: 1 }]) => () => foreach(spl, rows);

  it('refuses other modes and other body commands', () => {
    expectRefused(run('foreach mode=multivalue a [eval t = <<ITEM>>]'), 'unsupported: unsupported: foreach mode=multivalue');
    expectRefused(run('foreach a* [stats count]'), 'unsupported: unsupported: stats inside foreach (splice runs eval and where there)');
  });

  it('refuses a bare template that would not read as one field name', () => {
    expectRefused(run('foreach a* [eval x = <<FIELD>> + 1]'), 'unsupported: unsupported: foreach template becomes "a-b" outside quotes, which is not one field name; write it in single quotes');
  });

  it('refuses templates with no value: <<MATCHSTR>> of two wildcards, a missing segment, another mode’s <<ITEM>>', () => {
    expectRefused(run('foreach a*b* [eval x = "<<MATCHSTR>>"]', [{ axbx: 1 }]), 'unsupported: unsupported: foreach <<MATCHSTR>> has no value here (the field pattern has too few wildcards)');
    expectRefused(run('foreach a* [eval x = "<<MATCHSEG2>>"]', [{ ab: 1 }]), 'unsupported: unsupported: foreach <<MATCHSEG2>> has no value here (the field pattern has too few wildcards)');
    expectRefused(run('foreach a* [eval x = <<ITEM>>]', [{ ab: 1 }]), 'unsupported: unsupported: foreach template <<ITEM>> (mode=multifield replaces only its fieldstr, matchstr and matchseg strings)');
  });

  it('refuses a replacement that would break a quoted string', () => {
    expectRefused(run('foreach a* [eval x = "<<FIELD>>"]', [{ 'a"b': 1 }]), 'unsupported: unsupported: foreach puts "a"b" into a "string", where its characters change how the search reads');
  });
});
