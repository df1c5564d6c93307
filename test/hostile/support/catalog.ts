import fc from 'fast-check';
import { BUILTIN_MACROS } from '../../../src/macros/builtins.js';
import { commandArguments, hostileText, laced, mutated, oddText, splToken, tokenSoup } from './arbitraries.js';
import { checkUntrusted, type Outcome } from './properties.js';
import { checkQuotingCase, quotingCase, quotingSpl } from './quoting.js';
import type { Seeds } from './seeds.js';
import { structuredSearch } from './structured.js';

/** How many cases of a property planned and how many were refused (with a SpliceError). */
export type Tally = Record<Outcome['kind'], number>;

/** A generated case with the SPL text it stands for, so a counterexample reads as a search. */
export interface ShownCase {
  readonly spl: string;
}

/** One hostile-input property, run the same way by the tests and by `npm run fuzz`. */
export interface HostileProperty {
  readonly name: string;
  readonly description: string;
  /**
   * The fast-check property. `onCase` hears each input (as SPL text) before it
   * runs, so a watchdog can name a case that hangs; `tally` counts outcomes.
   */
  property(onCase: (spl: string) => void, tally: Tally): fc.IProperty<[ShownCase]>;
}

function define<T>(name: string, description: string, arbitrary: fc.Arbitrary<T>, show: (value: T) => string, check: (value: T) => Outcome): HostileProperty {
  return {
    name,
    description,
    property: (onCase, tally) =>
      fc.property(
        arbitrary.map((value) => ({ value, spl: show(value) })),
        (c) => {
          onCase(c.spl);
          tally[check(c.value).kind]++;
        },
      ),
  };
}

export function hostileProperties(seeds: Seeds): HostileProperty[] {
  const spl = (name: string, description: string, arbitrary: fc.Arbitrary<string>): HostileProperty =>
    define(name, description, arbitrary, (s) => s, (s) => checkUntrusted(s, seeds.macros));
  const detections = fc.constantFrom(...seeds.searches);
  const withArguments = [...BUILTIN_MACROS, ...seeds.macros].filter((m) => m.args.length > 0);
  const macroCall = fc
    .tuple(fc.constantFrom(...withArguments), fc.array(fc.oneof(hostileText, splToken, oddText), { minLength: 6, maxLength: 6 }))
    .map(([m, args]) => `| tstats count from datamodel=Endpoint.Processes by Processes.user | \`${m.name}(${args.slice(0, m.args.length).join(',')})\``);
  return [
    spl('token-soup', 'random streams of SPL tokens', tokenSoup),
    spl('command-arguments', 'every command with random arguments', commandArguments),
    spl('macro-arguments', 'macros called with hostile arguments', macroCall),
    spl('mutated-detections', 'detections cut, duplicated, swapped and laced with quotes, brackets and odd Unicode', mutated(detections)),
    spl('grammar-built', 'searches built by the grammar, and their mutations', fc.oneof(structuredSearch, mutated(structuredSearch))),
    spl('odd-unicode', 'odd Unicode inside and around a detection', fc.oneof(laced(detections), fc.tuple(oddText, detections, oddText).map(([a, s, b]) => a + s + b))),
    define('quoting', 'hostile field names and values in tstats where, by and as', quotingCase, quotingSpl, checkQuotingCase),
  ];
}

export function emptyTally(): Tally {
  return { planned: 0, refused: 0 };
}
