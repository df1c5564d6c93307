/**
 * Parent side of the engine benchmark's detection: each engine's runs in fresh
 * child processes (detect-engine.ts), and every run's rows checked against
 * SQLite's, all cells, row by row.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineTarget } from '../../src/engines/url.js';
import { detectionSide, type DetectionSide } from './measure.js';
import type { ChildAnswer } from './protocol.js';
import { compareAllCells } from './result-rows.js';
import { runChild } from './spawn.js';

export interface EngineUnderTest {
  readonly kind: EngineTarget['kind'];
  readonly url: string;
}

export interface EngineDetection {
  readonly rowsOut: number;
  readonly side: DetectionSide;
}

/**
 * One untimed warm-up per engine, SQLite first (its rows are the reference;
 * the others' warm-ups fill their caches and the page cache), then `runs`
 * rounds that run every engine once each, so a slow spell of the machine
 * touches all engines alike. Throws at the first run whose rows differ from
 * SQLite's, keeping both row files for a look.
 */
export function measureEngineDetections(engines: readonly EngineUnderTest[], spl: string, dir: string, rows: number, runs: number, log: (line: string) => void): Map<EngineTarget['kind'], EngineDetection> {
  const base = join(dir, `flows-${rows}`);
  const reference = `${base}.sqlite-reference-rows.jsonl`;
  const rowsPath = (kind: string): string => `${base}.${kind}-rows.jsonl`;
  const run = (engine: EngineUnderTest, rowsOut: string): ChildAnswer => runChild({ kind: 'detect-engine', engine: engine.url, spl, rowsOut });
  const check = (engine: EngineUnderTest, what: string): void => {
    const difference = compareAllCells(reference, rowsPath(engine.kind), ['sqlite', engine.kind]);
    if (difference !== undefined) throw new Error(`${engine.kind} returned other rows than SQLite (${what}, ${rows} rows; rows kept in ${reference} and ${rowsPath(engine.kind)}): ${difference}`);
  };
  const answers = new Map<EngineTarget['kind'], ChildAnswer[]>(engines.map((e) => [e.kind, []]));
  for (const engine of engines) {
    log(`detection, ${engine.kind}: warm-up`);
    if (engine.kind === 'sqlite') {
      run(engine, reference);
      continue;
    }
    run(engine, rowsPath(engine.kind));
    check(engine, 'warm-up');
  }
  for (let i = 1; i <= runs; i++) {
    for (const engine of engines) {
      log(`detection, ${engine.kind}: run ${i} of ${runs}`);
      answers.get(engine.kind)?.push(run(engine, rowsPath(engine.kind)));
      check(engine, `run ${i}`);
    }
  }
  for (const path of [reference, ...engines.map((e) => rowsPath(e.kind))]) rmSync(path, { force: true });
  return new Map([...answers].map(([kind, list]) => [kind, { rowsOut: list[0]?.rows ?? 0, side: detectionSide(list) }]));
}
