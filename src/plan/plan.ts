import type {
  AddtotalsCommand, AppendCommand, BinCommand, ChartCommand, DedupCommand, EvalCommand, JoinCommand, LookupCommand, RegexCommand, RexCommand, FieldsCommand, FillnullCommand, HeadCommand, MakemvCommand, MvexpandCommand,
  SortCommand, StatsCommand, TableCommand, TopCommand, TransactionCommand, WhereCommand,
  SpathCommand, ReplaceCommand, ForeachCommand, OutputlookupCommand, CollectCommand,
} from '../ast/nodes.js';
import type { Span } from '../diagnostics/span.js';
import type { Word } from '../ast/nodes.js';
import type { Select } from '../sql/ast.js';
import type { Predicate } from './predicate.js';

/**
 * A pipeline split at the SQL/runtime boundary: one SQL statement produces the
 * first table, then runtime stages transform it in order. `translate` prints both.
 */
export interface Plan {
  readonly source: PlanSource;
  readonly stages: readonly RuntimeStage[];
}

export type PlanSource = SqlSource | LookupSource;

/** inputlookup: the rows of a lookup table, optionally filtered (runtime). */
export interface LookupSource {
  readonly kind: 'inputlookup';
  readonly table: Word;
  readonly where?: Predicate;
  readonly warnings: readonly PlanWarning[];
  readonly span: Span;
}

/** Something the user should know that does not stop the search, with where it is. */
export interface PlanWarning {
  readonly message: string;
  readonly span: Span;
  readonly hints: readonly string[];
}

/**
 * How to turn a SQL result cell back into a Splunk value. A values() result is
 * a JSON list too, but limits.conf maxvalues may cap it; a cut is reported at
 * the function (`span`).
 */
export type CellDecoding = 'scalar' | 'values-json' | { readonly kind: 'values-of'; readonly span: Span };

export interface OutputColumn {
  readonly name: string;
  readonly decode: CellDecoding;
}

export interface SqlSource {
  readonly kind: 'sql';
  readonly command: 'tstats';
  readonly select: Select;
  readonly columns: readonly OutputColumn[];
  readonly warnings: readonly PlanWarning[];
  readonly span: Span;
}

export type RuntimeStage = RenameStage | ConvertStage | IplocationStage | SearchStage | CommandStage | JoinStage | AppendStage | AppendpipeStage;

/** join with a subsearch: the subsearch is its own plan, run first (join docs). */
export interface JoinStage {
  readonly kind: 'join';
  readonly command: JoinCommand;
  readonly plan: Plan;
  readonly span: Span;
}

/** append: the subsearch's results after the current ones. */
export interface AppendStage {
  readonly kind: 'append';
  readonly command: AppendCommand;
  readonly plan: Plan;
  readonly span: Span;
}

/** appendpipe: a sub-pipeline run on the current results, its output appended. */
export interface AppendpipeStage {
  readonly kind: 'appendpipe';
  readonly command: AppendCommand;
  readonly stages: readonly RuntimeStage[];
  readonly span: Span;
}

/** Commands the row runtime runs straight from their parsed form (src/runtime/commands). */
export type RuntimeCommand =
  | StatsCommand | TableCommand | FieldsCommand | SortCommand | HeadCommand | DedupCommand | FillnullCommand
  | TopCommand | MvexpandCommand | MakemvCommand | BinCommand | EvalCommand | WhereCommand | RexCommand | RegexCommand | LookupCommand | AddtotalsCommand
  | TransactionCommand | ChartCommand | SpathCommand | ReplaceCommand | ForeachCommand | OutputlookupCommand | CollectCommand;

export interface CommandStage {
  readonly kind: 'command';
  readonly command: RuntimeCommand;
  readonly span: Span;
}

export interface RenameStage {
  readonly kind: 'rename';
  readonly pairs: readonly { readonly from: string; readonly to: string }[];
  readonly span: Span;
}

export interface ConvertStage {
  readonly kind: 'convert';
  readonly timeformat: string;
  readonly conversions: readonly { readonly fn: 'ctime'; readonly field: string; readonly as?: string }[];
  readonly span: Span;
}

export interface IplocationStage {
  readonly kind: 'iplocation';
  readonly field: string;
  readonly prefix: string;
  readonly allfields: boolean;
  readonly lang: readonly string[];
  readonly span: Span;
}

export interface SearchStage {
  readonly kind: 'search';
  readonly predicate: Predicate;
  readonly span: Span;
}
