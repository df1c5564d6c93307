import type { CommandOption, RexCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import { scalarText, valuesOf, type Row, type Scalar, type Table } from '../../values/value.js';
import { compilePcre } from '../eval/pcre.js';
import { checkOptions, findOption, intOption, stringOption } from '../options.js';
import { compileSed, type SedEdit } from '../sed.js';
import { fieldValueOf } from '../stats/accumulator.js';

/**
 * rex [field=F] [max_match=N] "regex"  |  rex [field=F] mode=sed "sed-expression"
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rex
 * - F defaults to _raw. A result without F is left as it is.
 * - Extraction: "matches the value of the specified field against the unanchored
 *   regular expression and extracts the named groups into fields of the
 *   corresponding names". Unnamed groups extract nothing. max_match "controls the
 *   number of times the regex is matched. If greater than 1, the resulting fields
 *   are multivalued fields. Use 0 to specify unlimited matches"; default 1.
 * - A group that did not take part in the match, or matched the empty string,
 *   sets nothing: the field keeps what it had, as when the regex does not match
 *   at all [INF; Splunk's extractions make no empty fields, as in
 *   ingest/calculated.ts]. Extracted values are strings.
 * - mode=sed replaces F's value with the edited text (see ../sed.ts).
 * - A multivalue F: the docs do not say how rex reads one. Splunk's own
 *   detections run `rex field=old_value max_match=10000 …` on a `values(…)`
 *   result and expect every value read [INF], but whether rex reads the values
 *   one by one or joined by newlines is unstated. Both readings are computed
 *   (one by one with max_match shared and per value; edits one by one), and a
 *   result is refused where they differ (a match across values, `^`, a single
 *   sed replacement hitting several values, max_match=1 with several matching
 *   values). A multivalue result of sed stays multivalue.
 * - Refused: offset_field= (the docs leave its format for several groups
 *   unstated), _KEY_/_VAL_ groups (field names taken from the data).
 */
export function applyRex(table: Table, cmd: RexCommand): Table {
  checkOptions('rex', cmd.options, ['field', 'max_match', 'offset_field', 'mode']);
  const offset = findOption(cmd.options, 'offset_field');
  if (offset !== undefined) throw errorAt('unsupported', 'unsupported: rex offset_field=', offset.span);
  const input = new FieldInput(cmd);
  const mode = findOption(cmd.options, 'mode');
  if (mode === undefined) return extract(table, cmd, input);
  if (mode.value.text.toLowerCase() !== 'sed') {
    throw errorAt('invalid-argument', `rex mode= must be sed, not "${mode.value.text}"`, mode.value.span);
  }
  const maxMatch = findOption(cmd.options, 'max_match');
  // The syntax puts max_match with the regex form only: "(<regex-expression> [max_match=<int>] …) | (mode=sed <sed-expression>)".
  if (maxMatch !== undefined) throw errorAt('invalid-argument', 'rex max_match= does not apply to mode=sed', maxMatch.span);
  return sed(table, input, compileSed(cmd.pattern));
}

/** The field rex reads: its values as text, and the check that a multivalue one reads one way. */
class FieldInput {
  readonly name: string;
  private readonly at: Span;

  constructor(cmd: RexCommand) {
    const option: CommandOption | undefined = findOption(cmd.options, 'field');
    this.name = stringOption(cmd.options, 'field', '_raw');
    this.at = option?.span ?? cmd.span;
  }

  /** F's values as text; empty when the result has no F. */
  texts(row: Row): string[] {
    return valuesOf(row.get(this.name)).map(scalarText);
  }

  /** Refuses a multivalue F whose readings (see applyRex) disagree. */
  agree<T>(readings: readonly T[]): T {
    const [first, ...rest] = readings as [T, ...T[]];
    const key = JSON.stringify(first);
    if (rest.some((r) => JSON.stringify(r) !== key)) {
      throw errorAt('unsupported', `unsupported: rex on the multivalue field ${this.name}: reading its values one by one or joined by newlines gives different results, and the docs do not say which Splunk does`, this.at);
    }
    return first;
  }
}

function sed(table: Table, input: FieldInput, edit: SedEdit): Table {
  const rows = table.rows.map((row) => {
    const texts = input.texts(row);
    if (texts.length === 0) return row;
    const edited = texts.map(edit);
    if (texts.length > 1) input.agree([edited, edit(texts.join('\n')).split('\n')]);
    if (edited.every((e, i) => e === texts[i])) return row;
    return new Map(row).set(input.name, edited.length === 1 ? (edited[0] as string) : edited);
  });
  return { fields: table.fields, rows };
}

function extract(table: Table, cmd: RexCommand, input: FieldInput): Table {
  const limit = intOption(cmd.options, 'max_match', 1);
  const re = compilePcre(cmd.pattern.text, cmd.pattern.span, 'g');
  const names = groupNames(re);
  // Splunk stops such a search: "The regex … does not extract anything. It should specify at least one named group."
  if (names.length === 0) throw errorAt('invalid-argument', 'rex regex has no named group (?<name>…), so it extracts nothing', cmd.pattern.span);
  const dynamic = names.find((n) => n.startsWith('_KEY_') || n.startsWith('_VAL_'));
  if (dynamic !== undefined) throw errorAt('unsupported', `unsupported: rex group ${dynamic} (field names from the data)`, cmd.pattern.span);
  const received = new Set<string>();
  const rows = table.rows.map((row) => {
    const texts = input.texts(row);
    const found = texts.length > 1 ? multivalueMatches(re, texts, limit, names, input) : matches(re, texts, limit, names, false);
    if (found.size === 0) return row;
    const out: Row = new Map(row);
    for (const [name, values] of found) {
      out.set(name, fieldValueOf(values) ?? values);
      received.add(name);
    }
    return out;
  });
  const added = names.filter((n) => received.has(n) && !table.fields.includes(n));
  return { fields: [...table.fields, ...added], rows };
}

/** A multivalue F read every way (see applyRex), when the readings agree. */
function multivalueMatches(re: RegExp, texts: readonly string[], limit: number, names: readonly string[], input: FieldInput): Map<string, Scalar[]> {
  const readings = [matches(re, [texts.join('\n')], limit, names, false), matches(re, texts, limit, names, false), matches(re, texts, limit, names, true)];
  input.agree(readings.map((found) => names.map((n) => found.get(n) ?? [])));
  return readings[0] as Map<string, Scalar[]>;
}

/**
 * The non-empty values of each named group over the first `limit` matches (0: all)
 * in the texts in turn; `perText` restarts the count for each text.
 */
function matches(re: RegExp, texts: readonly string[], limit: number, names: readonly string[], perText: boolean): Map<string, Scalar[]> {
  const found = new Map<string, Scalar[]>();
  let count = 0;
  for (const text of texts) {
    if (perText) count = 0;
    count = matchText(re, text, limit, count, names, found);
  }
  return found;
}

/** Adds the matches in `text` while fewer than `limit` have been made; returns the new count. */
function matchText(re: RegExp, text: string, limit: number, start: number, names: readonly string[], found: Map<string, Scalar[]>): number {
  let count = start;
  re.lastIndex = 0;
  while (limit === 0 || count < limit) {
    const m = re.exec(text);
    if (m === null) break;
    count++;
    for (const name of names) {
      const value = m.groups?.[name];
      if (value === undefined || value === '') continue;
      const list = found.get(name);
      if (list === undefined) found.set(name, [value]);
      else list.push(value);
    }
    // An empty match would be found again at the same place.
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return count;
}

/**
 * The named groups of `re` in pattern order. JavaScript does not list them, but
 * a match always carries every name as a key of `groups`: an empty alternative
 * added to the pattern makes a match on "" that shows them all.
 */
function groupNames(re: RegExp): string[] {
  const probe = new RegExp(`(?:${re.source})|`, re.flags.replace('g', ''));
  return Object.keys(probe.exec('')?.groups ?? {});
}
