import type { SearchExpr, Subsearch } from '../ast/nodes.js';

/**
 * What command printers need from the pipeline printer. It is passed in rather
 * than imported because the recursion is in the data (a subsearch holds
 * commands, and commands hold subsearches), and modules must not import in a
 * cycle (test/architecture.test.ts).
 */
export interface Printer {
  /** A search-language expression, subsearches included. */
  readonly search: (expr: SearchExpr) => string;
  /** `[…]`; `bareBody` opens an eval-mode body without a pipe, as foreach's is written. */
  readonly subsearch: (subsearch: Subsearch, bareBody?: boolean) => string;
}
