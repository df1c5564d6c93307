import type { CommandStage, RuntimeCommand, RuntimeStage } from '../plan/plan.js';
import { iplocationFieldNames } from '../geo/locate.js';
import type { Row, Table } from '../values/value.js';
import { applyCommand } from './apply-command.js';
import { applyConvert } from './commands/convert.js';
import { applyIplocation } from './commands/iplocation.js';
import { applyRename } from './commands/rename.js';
import { applySearch } from './commands/search.js';
import type { RunPlan, RuntimeContext } from './run.js';
import { candidateNames, realize, type Candidate, type Flag } from './stream-fields.js';
import { headLimit, lookupOutputNames, rexGroupNames } from './stream-names.js';
import { fieldsCandidates, fillnullCandidates, renameCandidates, tableCandidates } from './stream-shape.js';
import { resolveSubsearches } from './subsearch-terms.js';

/** One runtime stage, run a batch of rows at a time. */
export interface StreamStep {
  /** The field candidates after the stage. */
  readonly candidates: readonly Candidate[];
  /** Runs the stage on a batch, raising the flags of the fields its rows add. */
  readonly run: (rows: Row[]) => Row[];
  /** True once no further input row can change the output (a full `head` with a settled field list). */
  readonly done: () => boolean;
}

/**
 * The commands whose output row depends on its input row alone. Not here:
 * tail (the last rows), and every command that reads the whole result (stats,
 * sort, dedup, …).
 */
const ROW_COMMANDS: ReadonlySet<RuntimeCommand['kind']> = new Set(['eval', 'fieldformat', 'where', 'fields', 'table', 'fillnull', 'rex', 'regex', 'lookup', 'head']);

/** Whether a stage can take its rows a batch at a time (streamStep may still refuse it for its field list). */
export function streamsRows(stage: RuntimeStage): boolean {
  switch (stage.kind) {
    case 'rename':
    case 'convert':
    case 'iplocation':
    case 'search':
      return true;
    case 'command':
      return ROW_COMMANDS.has(stage.command.kind);
    case 'join':
    case 'append':
    case 'appendpipe':
      return false;
  }
}

/**
 * The stage as a step, after running it once on no rows so that it refuses
 * what it would refuse in the buffered path; undefined when what it does to a
 * row depends on fields the earlier stages may or may not add.
 */
export function streamStep(stage: RuntimeStage, upstream: readonly Candidate[], ctx: RuntimeContext, run: RunPlan): StreamStep | undefined {
  const names = candidateNames(upstream);
  switch (stage.kind) {
    case 'rename': {
      applyRename({ fields: names, rows: [] }, stage);
      const candidates = renameCandidates(upstream, stage);
      return candidates && shaped(candidates, (t) => applyRename(t, stage), names);
    }
    case 'convert':
      return adding(upstream, stage.conversions.map((c) => c.as ?? c.field), (t) => applyConvert(t, stage, ctx.timeZone), false);
    case 'iplocation':
      // Every iplocation field joins the list once any row is located (commands/iplocation.ts).
      return adding(upstream, iplocationFieldNames(stage.allfields).map((n) => stage.prefix + n), (t) => applyIplocation(t, stage, ctx.geo()), true);
    case 'search': {
      // Subsearches run once, before any row is read: the database is busy while rows stream.
      const resolved = { ...stage, predicate: resolveSubsearches(stage.predicate, run) };
      return shaped(upstream, (t) => applySearch(t, resolved), names);
    }
    case 'command':
      return commandStep(stage, upstream, ctx);
    case 'join':
    case 'append':
    case 'appendpipe':
      return undefined;
  }
}

function commandStep(stage: CommandStage, upstream: readonly Candidate[], ctx: RuntimeContext): StreamStep | undefined {
  const command = stage.command;
  const names = candidateNames(upstream);
  const apply = (t: Table): Table => applyCommand(t, command, ctx);
  apply({ fields: names, rows: [] });
  switch (command.kind) {
    case 'where':
    case 'regex':
      return shaped(upstream, apply, names);
    case 'eval':
    case 'fieldformat':
      return adding(upstream, command.assignments.map((a) => a.field.text), apply, false);
    case 'rex':
      return adding(upstream, rexGroupNames(command), apply, false);
    case 'lookup':
      return adding(upstream, lookupOutputNames(command, ctx.lookups), apply, false);
    case 'fields':
      return shaped(fieldsCandidates(upstream, command, apply), apply, names);
    case 'table':
      return shaped(tableCandidates(upstream, command), apply, names);
    case 'fillnull': {
      const candidates = fillnullCandidates(upstream, command);
      return candidates && shaped(candidates, apply, names);
    }
    case 'head':
      return headStep(upstream, headLimit(command));
    default:
      return undefined;
  }
}

/** A stage whose field list is fixed by the one before it; rows run with that list's names. */
function shaped(candidates: readonly Candidate[], apply: (t: Table) => Table, names: readonly string[]): StreamStep {
  return { candidates, run: (rows) => apply({ fields: names, rows }).rows as Row[], done: () => false };
}

/**
 * A stage that adds `added` at the end of the list when some row has them.
 * Run with an empty field list, the stage lists every added field some row of
 * the batch has, which raises its flag; `shared`: one flag for all of them.
 */
function adding(upstream: readonly Candidate[], added: readonly string[], apply: (t: Table) => Table, shared: boolean): StreamStep {
  const one: Flag = { raised: false };
  const flags = new Map<string, Flag>(added.map((name) => [name, shared ? one : { raised: false }]));
  const candidates = [...upstream, ...added.map((name) => ({ name, presence: [flags.get(name) as Flag] }))];
  return {
    candidates,
    run: (rows) => {
      const out = apply({ fields: [], rows });
      for (const name of out.fields) {
        const flag = flags.get(name);
        if (flag !== undefined) flag.raised = true;
      }
      return out.rows as Row[];
    },
    done: () => false,
  };
}

/**
 * head N: the first N rows. Reading can stop once N have passed, but only when
 * no later row could still add a field to the list before head (the buffered
 * path runs the earlier stages over every row).
 */
function headStep(upstream: readonly Candidate[], limit: number): StreamStep {
  let passed = 0;
  return {
    candidates: upstream,
    run: (rows) => {
      const out = rows.slice(0, Math.max(0, limit - passed));
      passed += out.length;
      return out;
    },
    done: () => passed >= limit && realize(upstream, false) !== undefined,
  };
}
