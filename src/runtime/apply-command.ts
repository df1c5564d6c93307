import type { RuntimeCommand } from '../plan/plan.js';
import type { Table } from '../values/value.js';
import { applyAddtotals } from './commands/addtotals.js';
import { applyBin } from './commands/bin.js';
import { applyChart } from './commands/chart.js';
import { applyCollect } from './commands/collect.js';
import { applyDedup } from './commands/dedup.js';
import { applyEval } from './commands/eval.js';
import { applyFields } from './commands/fields.js';
import { applyFillnull } from './commands/fillnull.js';
import { applyForeach } from './commands/foreach.js';
import { applyHead } from './commands/head.js';
import { applyMakemv } from './commands/makemv.js';
import { applyLookup } from './commands/lookup.js';
import { applyMvexpand } from './commands/mvexpand.js';
import { applyOutputlookup } from './commands/outputlookup.js';
import { applyRegex } from './commands/regex.js';
import { applyReplace } from './commands/replace.js';
import { applyRex } from './commands/rex.js';
import { applySort } from './commands/sort.js';
import { applySpath } from './commands/spath.js';
import { applyStats } from './commands/stats.js';
import { applyTable } from './commands/table.js';
import { applyTimechart } from './commands/timechart.js';
import { applyTop } from './commands/top.js';
import { applyTransaction } from './commands/transaction.js';
import { applyWhere } from './commands/where.js';
import type { RuntimeContext } from './run.js';

/** Runs a command the runtime takes in its parsed form. */
export function applyCommand(table: Table, command: RuntimeCommand, ctx: RuntimeContext): Table {
  switch (command.kind) {
    case 'stats':
    case 'eventstats':
    case 'streamstats':
      return applyStats(table, command, ctx.evalPort, ctx.statsLimits);
    case 'table':
      return applyTable(table, command);
    case 'fields':
      return applyFields(table, command);
    case 'sort':
      return applySort(table, command);
    case 'head':
    case 'tail':
      return applyHead(table, command);
    case 'dedup':
      return applyDedup(table, command);
    case 'fillnull':
      return applyFillnull(table, command);
    case 'top':
    case 'rare':
      return applyTop(table, command);
    case 'mvexpand':
      return applyMvexpand(table, command);
    case 'makemv':
    case 'mvcombine':
      return applyMakemv(table, command);
    case 'bin':
    case 'bucket':
      return applyBin(table, command, ctx.timeZone);
    case 'eval':
    case 'fieldformat':
      return applyEval(table, command, ctx.evalPort);
    case 'where':
      return applyWhere(table, command, ctx.evalPort);
    case 'rex':
      return applyRex(table, command);
    case 'regex':
      return applyRegex(table, command);
    case 'lookup':
      return applyLookup(table, command, ctx.lookups);
    case 'addtotals':
      return applyAddtotals(table, command);
    case 'transaction':
      return applyTransaction(table, command, ctx.evalPort);
    case 'chart':
      return applyChart(table, command, ctx.evalPort, ctx.statsLimits);
    case 'timechart':
      return applyTimechart(table, command, ctx.evalPort, ctx.timeZone, ctx.statsLimits);
    case 'spath':
      return applySpath(table, command);
    case 'replace':
      return applyReplace(table, command);
    case 'foreach':
      return applyForeach(table, command, ctx.evalPort);
    case 'outputlookup':
      return applyOutputlookup(table, command, ctx.outputDir);
    case 'collect':
      return applyCollect(table, command, ctx.outputDir);
  }
}
