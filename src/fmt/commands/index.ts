import type { Command } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { formatTstats } from './tstats.js';
import { formatStats } from './stats.js';
import { formatChart } from './chart.js';
import { formatTop } from './top.js';
import { formatSearch } from './search.js';
import { formatWhere } from './where.js';
import { formatEval } from './eval.js';
import { formatRename } from './rename.js';
import { formatTable } from './table.js';
import { formatFields } from './fields.js';
import { formatRex } from './rex.js';
import { formatRegex } from './regex.js';
import { formatLookup } from './lookup.js';
import { formatInputlookup } from './inputlookup.js';
import { formatOutputlookup } from './outputlookup.js';
import { formatSpath } from './spath.js';
import { formatBin } from './bin.js';
import { formatJoin } from './join.js';
import { formatAppend } from './append.js';
import { formatFillnull } from './fillnull.js';
import { formatDedup } from './dedup.js';
import { formatSort } from './sort.js';
import { formatHead } from './head.js';
import { formatConvert } from './convert.js';
import { formatIplocation } from './iplocation.js';
import { formatMvexpand } from './mvexpand.js';
import { formatMakemv } from './makemv.js';
import { formatTransaction } from './transaction.js';
import { formatFormat } from './format.js';
import { formatReturn } from './return.js';
import { formatForeach } from './foreach.js';
import { formatDatamodel } from './datamodel.js';
import { formatFrom } from './from.js';
import { formatMakeresults } from './makeresults.js';
import { formatMultisearch } from './multisearch.js';
import { formatAddinfo } from './addinfo.js';
import { formatCollect } from './collect.js';
import { formatApply } from './apply.js';
import { formatFit } from './fit.js';
import { formatReplace } from './replace.js';
import { formatFromjson } from './fromjson.js';
import { formatAddtotals } from './addtotals.js';
import { formatXmlkv } from './xmlkv.js';
import { formatAnomalydetection } from './anomalydetection.js';
import { formatMultikv } from './multikv.js';
import { formatExtract } from './extract.js';
import { formatMap } from './map.js';
import { formatOutlier } from './outlier.js';
import { formatCyberchef } from './cyberchef.js';
import { formatGeneric } from './generic.js';

/** One command as canonical SPL, without the pipe before it. */
export function formatCommand(command: Command, p: Printer): string {
  switch (command.kind) {
    case 'tstats':
    case 'mstats':
      return formatTstats(command, p);
    case 'stats':
    case 'eventstats':
    case 'streamstats':
      return formatStats(command);
    case 'chart':
    case 'timechart':
      return formatChart(command);
    case 'top':
    case 'rare':
      return formatTop(command);
    case 'search':
      return formatSearch(command, p);
    case 'where':
      return formatWhere(command);
    case 'eval':
    case 'fieldformat':
      return formatEval(command);
    case 'rename':
      return formatRename(command);
    case 'table':
      return formatTable(command);
    case 'fields':
      return formatFields(command);
    case 'rex':
      return formatRex(command);
    case 'regex':
      return formatRegex(command);
    case 'lookup':
      return formatLookup(command);
    case 'inputlookup':
      return formatInputlookup(command, p);
    case 'outputlookup':
      return formatOutputlookup(command);
    case 'spath':
      return formatSpath(command);
    case 'bin':
    case 'bucket':
      return formatBin(command);
    case 'join':
      return formatJoin(command, p);
    case 'append':
    case 'appendpipe':
      return formatAppend(command, p);
    case 'fillnull':
      return formatFillnull(command);
    case 'dedup':
      return formatDedup(command);
    case 'sort':
      return formatSort(command);
    case 'head':
    case 'tail':
      return formatHead(command);
    case 'convert':
      return formatConvert(command);
    case 'iplocation':
      return formatIplocation(command);
    case 'mvexpand':
      return formatMvexpand(command);
    case 'makemv':
    case 'mvcombine':
      return formatMakemv(command);
    case 'transaction':
      return formatTransaction(command, p);
    case 'format':
      return formatFormat(command);
    case 'return':
      return formatReturn(command);
    case 'foreach':
      return formatForeach(command, p);
    case 'datamodel':
      return formatDatamodel(command);
    case 'from':
      return formatFrom(command);
    case 'makeresults':
      return formatMakeresults(command);
    case 'multisearch':
      return formatMultisearch(command, p);
    case 'addinfo':
      return formatAddinfo(command);
    case 'collect':
      return formatCollect(command);
    case 'apply':
      return formatApply(command);
    case 'fit':
      return formatFit(command);
    case 'replace':
      return formatReplace(command);
    case 'fromjson':
      return formatFromjson(command);
    case 'addtotals':
      return formatAddtotals(command);
    case 'xmlkv':
      return formatXmlkv(command);
    case 'anomalydetection':
      return formatAnomalydetection(command);
    case 'multikv':
      return formatMultikv(command);
    case 'extract':
      return formatExtract(command);
    case 'map':
      return formatMap(command, p);
    case 'outlier':
      return formatOutlier(command);
    case 'cyberchef':
      return formatCyberchef(command);
    case 'generic':
      return formatGeneric(command, p);
    default: {
      // A new command kind fails to compile here until it has a printer.
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}
