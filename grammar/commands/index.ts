import type { ArgItem } from '../../src/ast/args.js';
import type { Command, Word } from '../../src/ast/nodes.js';
import type { Span } from '../../src/diagnostics/span.js';
import { interpretAppend } from './append.js';
import { interpretBin } from './bin.js';
import { interpretChart } from './chart.js';
import { interpretConvert } from './convert.js';
import { interpretDedup } from './dedup.js';
import { interpretFields } from './fields.js';
import { interpretAddtotals, interpretExtract, interpretFromjson, interpretIplocation, interpretMakemv, interpretMultikv, interpretMvexpand, interpretReplace, interpretXmlkv } from './fields-misc.js';
import { interpretFillnull } from './fillnull.js';
import { interpretForeach } from './foreach.js';
import { interpretFormat } from './format.js';
import { interpretAddinfo, interpretCollect, interpretCyberchef, interpretDatamodel, interpretFrom, interpretMakeresults, interpretMap, interpretMultisearch } from './generators.js';
import { interpretHead } from './head.js';
import { interpretJoin } from './join.js';
import { interpretLookup } from './lookup.js';
import { interpretAnomalydetection, interpretApply, interpretFit, interpretOutlier } from './ml.js';
import { interpretOutputlookup } from './outputlookup.js';
import { ArgReader } from './reader.js';
import { interpretRegex } from './regex.js';
import { interpretRename } from './rename.js';
import { interpretReturn } from './return.js';
import { interpretRex } from './rex.js';
import { interpretSort } from './sort.js';
import { interpretSpath } from './spath.js';
import { interpretStats } from './stats.js';
import { interpretTable } from './table.js';
import { interpretTop } from './top.js';
import { interpretTransaction } from './transaction.js';

type Interpreter = (r: ArgReader) => Command;

/**
 * Commands read from their argument list, by name (lower case). tstats, mstats,
 * inputlookup, search, eval and where have grammar rules of their own because
 * they embed an expression language (grammar/commands/tstats.ts, inputlookup.ts, eval.ts).
 */
const INTERPRETERS: ReadonlyMap<string, Interpreter> = new Map<string, Interpreter>([
  ['stats', (r) => interpretStats('stats', r)],
  ['eventstats', (r) => interpretStats('eventstats', r)],
  ['streamstats', (r) => interpretStats('streamstats', r)],
  ['chart', (r) => interpretChart('chart', r)],
  ['timechart', (r) => interpretChart('timechart', r)],
  ['top', (r) => interpretTop('top', r)],
  ['rare', (r) => interpretTop('rare', r)],
  ['rename', interpretRename],
  ['table', interpretTable],
  ['fields', interpretFields],
  ['rex', interpretRex],
  ['regex', interpretRegex],
  ['lookup', interpretLookup],
  ['outputlookup', interpretOutputlookup],
  ['spath', interpretSpath],
  ['bin', (r) => interpretBin('bin', r)],
  ['bucket', (r) => interpretBin('bucket', r)],
  ['join', interpretJoin],
  ['append', (r) => interpretAppend('append', r)],
  ['appendpipe', (r) => interpretAppend('appendpipe', r)],
  ['fillnull', interpretFillnull],
  ['dedup', interpretDedup],
  ['sort', interpretSort],
  ['head', (r) => interpretHead('head', r)],
  ['tail', (r) => interpretHead('tail', r)],
  ['convert', interpretConvert],
  ['iplocation', interpretIplocation],
  ['mvexpand', interpretMvexpand],
  ['makemv', (r) => interpretMakemv('makemv', r)],
  ['mvcombine', (r) => interpretMakemv('mvcombine', r)],
  ['transaction', interpretTransaction],
  ['format', interpretFormat],
  ['return', interpretReturn],
  ['foreach', interpretForeach],
  ['datamodel', interpretDatamodel],
  ['from', interpretFrom],
  ['makeresults', interpretMakeresults],
  ['multisearch', interpretMultisearch],
  ['addinfo', interpretAddinfo],
  ['collect', interpretCollect],
  ['apply', interpretApply],
  ['fit', interpretFit],
  ['replace', interpretReplace],
  ['fromjson', interpretFromjson],
  ['addtotals', interpretAddtotals],
  ['xmlkv', interpretXmlkv],
  ['anomalydetection', interpretAnomalydetection],
  ['multikv', interpretMultikv],
  ['extract', interpretExtract],
  ['kv', interpretExtract],
  ['map', interpretMap],
  ['outlier', interpretOutlier],
  ['cyberchef', interpretCyberchef],
]);

export function interpretCommand(name: Word, args: readonly ArgItem[], span: Span): Command {
  const interpret = INTERPRETERS.get(name.text.toLowerCase());
  if (!interpret) return { kind: 'generic', name, args, span };
  return interpret(new ArgReader(name, args, span));
}

export function modelledCommandNames(): string[] {
  return [...INTERPRETERS.keys(), 'tstats', 'mstats', 'inputlookup', 'search', 'eval', 'where', 'fieldformat'].sort();
}
