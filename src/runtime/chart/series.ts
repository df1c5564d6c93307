import type { CommandOption, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { scalarText, valuesOf, type Row, type Scalar } from '../../values/value.js';
import { compareText } from '../collate.js';
import { boolOption, findOption, stringOption } from '../options.js';

/**
 * The column split of chart (`over X by Y`, `by X Y`) and timechart (`by Y`):
 * one series (output column) per value of Y.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Chart
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Timechart
 */
export interface SplitSpec {
  readonly field: string;
  /** Series kept; 0 keeps all. */
  readonly limit: number;
  readonly top: boolean;
  readonly useOther: boolean;
  readonly otherStr: string;
  readonly useNull: boolean;
  readonly nullStr: string;
  /** Column names with several functions: `$AGG$` is the function, `$VAL$` the value. */
  readonly format: string;
  readonly dedup: boolean;
}

/**
 * limit=[top|bottom]N (default top 10, 0 = all), useother/otherstr (default
 * true, "OTHER"), usenull/nullstr (default true, "NULL"), sep/format (default
 * "$AGG$: $VAL$"; sep=S means "$AGG$S$VAL$", format wins over sep).
 */
export function splitSpec(field: Word, options: readonly CommandOption[]): SplitSpec {
  const sep = findOption(options, 'sep');
  return {
    field: field.text,
    ...limitOf(findOption(options, 'limit')),
    useOther: boolOption(options, 'useother', true),
    otherStr: stringOption(options, 'otherstr', 'OTHER'),
    useNull: boolOption(options, 'usenull', true),
    nullStr: stringOption(options, 'nullstr', 'NULL'),
    format: stringOption(options, 'format', sep === undefined ? '$AGG$: $VAL$' : `$AGG$${sep.value.text}$VAL$`),
    dedup: boolOption(options, 'dedup_splitvals', false),
  };
}

function limitOf(option: CommandOption | undefined): { limit: number; top: boolean } {
  if (option === undefined) return { limit: 10, top: true };
  const m = /^(top|bottom)?\s*(\d+)$/i.exec(option.value.text.trim());
  if (m === null) throw errorAt('invalid-argument', `limit= expects a number, topN or bottomN, not "${option.value.text}"`, option.value.span);
  return { limit: Number(m[2]), top: m[1]?.toLowerCase() !== 'bottom' };
}

/**
 * The split values of a row: each value of a multivalue field (once each with
 * dedup_splitvals=true); a row without the field is in the nullstr series, or
 * in none with usenull=false ("usenull: … a series is created for events that
 * do not contain the split-by field").
 */
export function splitValuesOf(row: Row, split: SplitSpec): readonly Scalar[] {
  const values = valuesOf(row.get(split.field));
  if (values.length === 0) return split.useNull ? [split.nullStr] : [];
  return split.dedup ? [...new Map(values.map((v) => [scalarText(v), v])).values()] : values;
}

/**
 * The series that get their own column, in output order. Scores rank them
 * (the caller scores: with one function, the sum of its values over the rows;
 * with several, how often the value occurs); limit=N keeps the N highest (or
 * lowest with bottom), ties broken by byte order ("Ties in scoring are broken
 * lexicographically … 'BAR' takes precedence over 'bar'", Timechart docs).
 * The kept series are shown in byte order of their values [INF].
 */
export function keptSeries(scores: ReadonlyMap<string, { value: Scalar; score: number }>, split: SplitSpec): Scalar[] {
  const all = [...scores.values()];
  const ranked = all.sort((a, b) => (split.top ? b.score - a.score : a.score - b.score) || compareText(a.value, b.value));
  const kept = split.limit === 0 ? ranked : ranked.slice(0, split.limit);
  return kept.map((s) => s.value).sort(compareText);
}

/** A series' column: the value alone with one function, else the format filled in. */
export function seriesColumn(functionName: string, value: string, functionCount: number, split: SplitSpec): string {
  if (functionCount === 1) return value;
  return split.format.split('$AGG$').map((part) => part.split('$VAL$').join(value)).join(functionName);
}
