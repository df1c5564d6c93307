import type { TstatsCommand } from './commands/tstats.js';
import type { StatsCommand } from './commands/stats.js';
import type { ChartCommand } from './commands/chart.js';
import type { TopCommand } from './commands/top.js';
import type { SearchCommand } from './commands/search.js';
import type { WhereCommand } from './commands/where.js';
import type { EvalCommand } from './commands/eval.js';
import type { RenameCommand } from './commands/rename.js';
import type { TableCommand } from './commands/table.js';
import type { FieldsCommand } from './commands/fields.js';
import type { RexCommand } from './commands/rex.js';
import type { RegexCommand } from './commands/regex.js';
import type { LookupCommand } from './commands/lookup.js';
import type { InputlookupCommand } from './commands/inputlookup.js';
import type { OutputlookupCommand } from './commands/outputlookup.js';
import type { SpathCommand } from './commands/spath.js';
import type { BinCommand } from './commands/bin.js';
import type { JoinCommand } from './commands/join.js';
import type { AppendCommand } from './commands/append.js';
import type { FillnullCommand } from './commands/fillnull.js';
import type { DedupCommand } from './commands/dedup.js';
import type { SortCommand } from './commands/sort.js';
import type { HeadCommand } from './commands/head.js';
import type { ConvertCommand } from './commands/convert.js';
import type { IplocationCommand } from './commands/iplocation.js';
import type { MvexpandCommand } from './commands/mvexpand.js';
import type { MakemvCommand } from './commands/makemv.js';
import type { TransactionCommand } from './commands/transaction.js';
import type { FormatCommand } from './commands/format.js';
import type { ReturnCommand } from './commands/return.js';
import type { ForeachCommand } from './commands/foreach.js';
import type { DatamodelCommand } from './commands/datamodel.js';
import type { FromCommand } from './commands/from.js';
import type { MakeresultsCommand } from './commands/makeresults.js';
import type { MultisearchCommand } from './commands/multisearch.js';
import type { AddinfoCommand } from './commands/addinfo.js';
import type { CollectCommand } from './commands/collect.js';
import type { ApplyCommand } from './commands/apply.js';
import type { FitCommand } from './commands/fit.js';
import type { ReplaceCommand } from './commands/replace.js';
import type { FromjsonCommand } from './commands/fromjson.js';
import type { AddtotalsCommand } from './commands/addtotals.js';
import type { XmlkvCommand } from './commands/xmlkv.js';
import type { AnomalydetectionCommand } from './commands/anomalydetection.js';
import type { MultikvCommand } from './commands/multikv.js';
import type { ExtractCommand } from './commands/extract.js';
import type { MapCommand } from './commands/map.js';
import type { OutlierCommand } from './commands/outlier.js';
import type { CyberchefCommand } from './commands/cyberchef.js';
import type { GenericCommand } from './commands/generic.js';

/**
 * Every command splice parses, one file each in src/ast/commands. The union is
 * closed: a new command kind fails to compile wherever commands are handled.
 */
export type Command =
  | TstatsCommand
  | StatsCommand
  | ChartCommand
  | TopCommand
  | SearchCommand
  | WhereCommand
  | EvalCommand
  | RenameCommand
  | TableCommand
  | FieldsCommand
  | RexCommand
  | RegexCommand
  | LookupCommand
  | InputlookupCommand
  | OutputlookupCommand
  | SpathCommand
  | BinCommand
  | JoinCommand
  | AppendCommand
  | FillnullCommand
  | DedupCommand
  | SortCommand
  | HeadCommand
  | ConvertCommand
  | IplocationCommand
  | MvexpandCommand
  | MakemvCommand
  | TransactionCommand
  | FormatCommand
  | ReturnCommand
  | ForeachCommand
  | DatamodelCommand
  | FromCommand
  | MakeresultsCommand
  | MultisearchCommand
  | AddinfoCommand
  | CollectCommand
  | ApplyCommand
  | FitCommand
  | ReplaceCommand
  | FromjsonCommand
  | AddtotalsCommand
  | XmlkvCommand
  | AnomalydetectionCommand
  | MultikvCommand
  | ExtractCommand
  | MapCommand
  | OutlierCommand
  | CyberchefCommand
  | GenericCommand;

export type CommandKind = Command['kind'];

export type { TstatsCommand } from './commands/tstats.js';
export type { StatsCommand } from './commands/stats.js';
export type { ChartCommand } from './commands/chart.js';
export type { TopCommand } from './commands/top.js';
export type { SearchCommand } from './commands/search.js';
export type { WhereCommand } from './commands/where.js';
export type { EvalCommand, EvalAssignment } from './commands/eval.js';
export type { RenameCommand } from './commands/rename.js';
export type { TableCommand } from './commands/table.js';
export type { FieldsCommand } from './commands/fields.js';
export type { RexCommand } from './commands/rex.js';
export type { RegexCommand } from './commands/regex.js';
export type { LookupCommand } from './commands/lookup.js';
export type { InputlookupCommand } from './commands/inputlookup.js';
export type { OutputlookupCommand } from './commands/outputlookup.js';
export type { SpathCommand } from './commands/spath.js';
export type { BinCommand } from './commands/bin.js';
export type { JoinCommand } from './commands/join.js';
export type { AppendCommand } from './commands/append.js';
export type { FillnullCommand } from './commands/fillnull.js';
export type { DedupCommand } from './commands/dedup.js';
export type { SortCommand } from './commands/sort.js';
export type { HeadCommand } from './commands/head.js';
export type { ConvertCommand } from './commands/convert.js';
export type { IplocationCommand } from './commands/iplocation.js';
export type { MvexpandCommand } from './commands/mvexpand.js';
export type { MakemvCommand } from './commands/makemv.js';
export type { TransactionCommand, TransactionOption } from './commands/transaction.js';
export type { FormatCommand } from './commands/format.js';
export type { ReturnCommand } from './commands/return.js';
export type { ForeachCommand } from './commands/foreach.js';
export type { DatamodelCommand } from './commands/datamodel.js';
export type { FromCommand } from './commands/from.js';
export type { MakeresultsCommand } from './commands/makeresults.js';
export type { MultisearchCommand } from './commands/multisearch.js';
export type { AddinfoCommand } from './commands/addinfo.js';
export type { CollectCommand } from './commands/collect.js';
export type { ApplyCommand } from './commands/apply.js';
export type { FitCommand } from './commands/fit.js';
export type { ReplaceCommand } from './commands/replace.js';
export type { FromjsonCommand } from './commands/fromjson.js';
export type { AddtotalsCommand } from './commands/addtotals.js';
export type { XmlkvCommand } from './commands/xmlkv.js';
export type { AnomalydetectionCommand } from './commands/anomalydetection.js';
export type { MultikvCommand } from './commands/multikv.js';
export type { ExtractCommand } from './commands/extract.js';
export type { MapCommand } from './commands/map.js';
export type { OutlierCommand } from './commands/outlier.js';
export type { CyberchefCommand } from './commands/cyberchef.js';
export type { GenericCommand } from './commands/generic.js';
export type { FieldAlias, SortKey } from './commands/shared.js';
