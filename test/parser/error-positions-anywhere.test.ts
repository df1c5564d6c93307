import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

/** The first three lines of the rendered error for a search given inline. */
async function errorFor(spl: string, extra: readonly string[] = []): Promise<string[]> {
  const r = await cli(['parse', spl, ...extra]);
  expect(r.code).toBe(2);
  return r.stderr.split('\n').slice(0, 4);
}

describe('syntax errors point at what the user wrote, wherever they are', () => {
  it('inside a subsearch', async () => {
    expect(await errorFor('| tstats count from datamodel=Network_Traffic by All_Traffic.src\n| join src [search index=x | eval y=if(a, ) ]')).toEqual([
      "<search>:2:43: error[syntax-error]: expected an expression (a field, a value, a function call or a parenthesised expression) but found ')'",
      '  |',
      '2 | | join src [search index=x | eval y=if(a, ) ]',
      '  |                                           ^',
    ]);
  });

  it('inside an eval expression', async () => {
    expect(await errorFor('| tstats count from datamodel=Network_Traffic\n| eval ok=1, bad=(a + * 2)')).toEqual([
      "<search>:2:23: error[syntax-error]: expected an expression (a field, a value, a function call or a parenthesised expression) but found '*'",
      '  |',
      '2 | | eval ok=1, bad=(a + * 2)',
      '  |                       ^',
    ]);
  });

  it('inside a where expression that ends too early', async () => {
    const lines = await errorFor('| tstats count from datamodel=Network_Traffic\n| where count >');
    expect(lines[0]).toMatch(/^<search>:2:16: error\[syntax-error\]: expected .* but found the end of the search$/);
    expect(lines[3]).toBe('  |                ^');
  });

  it('inside a command\'s arguments, naming the command', async () => {
    expect(await errorFor('| tstats count from datamodel=Network_Traffic\n| rename a as')).toEqual([
      '<search>:2:14: error[syntax-error]: rename: expected a new name after as but the command ended',
      '  |',
      '2 | | rename a as',
      '  |              ^',
    ]);
  });

  it('inside a stats function list', async () => {
    expect((await errorFor('| stats count by x | stats "quoted" by y'))[0]).toBe('<search>:1:28: error[syntax-error]: stats: expected a statistical function');
  });
});
