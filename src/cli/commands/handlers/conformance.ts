import { existsSync, writeFileSync } from 'node:fs';
import { runConformance, STAGES, type Stage } from '../../../conformance/run.js';
import { formatSummary } from '../../../conformance/summary.js';
import { parseEngineUrl } from '../../../engines/url.js';
import { runtimeContext } from '../../context.js';
import { SilentFailure, withSource } from '../../failure.js';
import { UsageError, type CliIo } from '../../io.js';
import { listOf } from '../../options.js';
import { DEFAULT_DIR, type ConformanceArgs } from '../conformance.js';

export async function conformanceHandler(args: ConformanceArgs, io: CliIo): Promise<void> {
  const dir = args.dir ?? (existsSync(DEFAULT_DIR) ? DEFAULT_DIR : undefined);
  if (dir === undefined) throw new UsageError(`no corpus: give DIR (none found at ${DEFAULT_DIR})`);
  if (!existsSync(`${dir}/detections`)) throw new UsageError(`${dir} has no detections/ folder`);
  const target = args.engine === undefined ? undefined : parseEngineUrl(args.engine);
  if (target !== undefined && args.db !== undefined) throw new UsageError('use either --db FILE or --engine URL, not both');
  const engine = target?.kind === 'sqlite' ? undefined : target;
  const database = target?.kind === 'sqlite' ? target.file : args.db;
  const report = await withSource(undefined, async () =>
    runConformance(dir, { extraMacros: listOf(args.macros), ...(database ? { database } : {}), ...(engine ? { engine } : {}), runtime: await runtimeContext({ tz: 'UTC', ...(args.mmdb ? { mmdb: args.mmdb } : {}), ...(existsSync(`${dir}/lookups`) ? { lookups: `${dir}/lookups` } : {}) }, io) }),
  );
  io.stdout(formatSummary(report));
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  const required = args.require as Stage | undefined;
  if (required !== undefined) {
    const short = report.results.filter((r) => r.stage_reached === 'none' || STAGES.indexOf(r.stage_reached) < STAGES.indexOf(required));
    if (short.length > 0) {
      io.stderr(`${short.length} detections did not reach ${required}, e.g. ${short[0]?.file}: ${short[0]?.error}\n`);
      throw new SilentFailure();
    }
  }
}
