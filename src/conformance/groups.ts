import type { Detection } from './detections.js';

/**
 * The slices of the corpus the project's targets are stated for: detections
 * that are not deprecated and start with `| tstats` (877 in the 2026 corpus),
 * and those of them over Network_Traffic (33).
 */
export const GROUPS = {
  tstats: (d: Detection) => d.status !== 'deprecated' && d.search !== undefined && /^\|\s*tstats\b/.test(d.search),
  network_traffic: (d: Detection) => GROUPS.tstats(d) && /datamodel\s*=\s*"?Network_Traffic\b/.test(d.search ?? ''),
} as const;

export type GroupName = keyof typeof GROUPS;

export interface GroupTally {
  readonly total: number;
  readonly executed: number;
  /** Failures that are positioned `unsupported:` refusals, and all the others. */
  readonly refused: number;
  readonly other_failures: number;
}
