/**
 * Expand + parse + plan of every detection in a security_content tree, in this
 * process (no database involved). One warm-up round, then the median of several
 * rounds; a detection that fails at any stage still counts the time it took.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, planParsed } from '../../src/api/compile.js';
import { listDetections } from '../../src/conformance/detections.js';
import { loadMacroPaths } from '../../src/macros/load.js';

export interface CorpusResult {
  readonly dir: string;
  readonly detections: number;
  /** Detections that reached a plan; the rest stopped at expand, parse or plan. */
  readonly planned: number;
  readonly rounds: number;
  readonly totalMs: number;
  readonly msPerDetection: number;
}

export function benchCorpus(dir: string, rounds: number): CorpusResult | { readonly skipped: string } {
  if (!existsSync(join(dir, 'detections'))) return { skipped: `no security_content tree at ${dir}` };
  const macroDir = join(dir, 'macros');
  const macros = existsSync(macroDir) ? loadMacroPaths([macroDir]) : [];
  const searches = listDetections(dir).flatMap((d) => (d.search === undefined ? [] : [d.search]));
  let planned = 0;
  const round = (): number => {
    planned = 0;
    const start = performance.now();
    for (const spl of searches) {
      try {
        planParsed(parse(spl, { macros }));
        planned++;
      } catch {
        // Refusals are `splice conformance`'s business; here only the time counts.
      }
    }
    return performance.now() - start;
  };
  round();
  const times = Array.from({ length: rounds }, round).sort((a, b) => a - b);
  const totalMs = times[Math.floor(times.length / 2)] ?? 0;
  return { dir, detections: searches.length, planned, rounds, totalMs, msPerDetection: searches.length === 0 ? 0 : totalMs / searches.length };
}
