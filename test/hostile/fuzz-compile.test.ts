import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTally, hostileProperties } from './support/catalog.js';
import { checkUntrusted, compileUntrusted, PropertyFailure } from './support/properties.js';
import { fuzzRuns } from './support/runs.js';
import { loadSeeds } from './support/seeds.js';

/**
 * Property (a): for any text, expand + parse + plan either succeed or throw a
 * SpliceError positioned inside the text (or in a file), within a second; when
 * they succeed, every SQL statement of the plan prepares in SQLite. The quoting
 * property (b) is in fuzz-sql.test.ts. SPLICE_FUZZ_RUNS sets the number of cases
 * per property; `npm run fuzz` runs the same properties over 100,000 cases.
 */
const seeds = loadSeeds();
const runs = fuzzRuns(150);

describe('untrusted SPL is compiled or refused with a positioned SpliceError', () => {
  it('for every seed detection as written', () => {
    const planned = seeds.searches.filter((spl) => checkUntrusted(spl, seeds.macros).kind === 'planned');
    expect(planned.length).toBeGreaterThan(0);
  });

  for (const p of hostileProperties(seeds).filter((h) => h.name !== 'quoting')) {
    it(`for ${p.description}`, () => {
      const tally = emptyTally();
      fc.assert(p.property(() => undefined, tally), { numRuns: runs });
      expect(tally.planned + tally.refused).toBeGreaterThanOrEqual(runs);
    });
  }
});

describe('the compile property', () => {
  it('fails a case that takes longer than its time limit', () => {
    expect(() => compileUntrusted('| tstats count from datamodel=Network_Traffic', [], -1)).toThrow(PropertyFailure);
  });
});
