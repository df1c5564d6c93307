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
 * - A multivalue F is refused: the docs do not say whether rex reads every
 *   value or only the first.
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

/** The text rex reads from a result: F's single value as text, or nothing. */
class FieldInput {
  readonly name: string;
  private readonly at: Span;

  constructor(cmd: RexCommand) {
    const option: CommandOption | undefined = findOption(cmd.options, 'field');
    this.name = stringOption(cmd.options, 'field', '_raw');
    this.at = option?.span ?? cmd.span;
  }

  text(row: Row): string | undefined {
    const values = valuesOf(row.get(this.name));
    if (values.length > 1) throw errorAt('unsupported', `unsupported: rex on the multivalue field ${this.name}`, this.at);
    const value = values[0];
    return value === undefined ? undefined : scalarText(value);
  }
}

function sed(table: Table, input: FieldInput, edit: SedEdit): Table {
  const rows = table.rows.map((row) => {
    const text = input.text(row);
    if (text === undefined) return row;
    const edited = edit(text);
    return edited === text ? row : new Map(row).set(input.name, edited);
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
    const text = input.text(row);
    if (text === undefined) return row;
    const found = matches(re, text, limit, names);
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

/** The non-empty values of each named group over the first `limit` matches (0: all). */
function matches(re: RegExp, text: string, limit: number, names: readonly string[]): Map<string, Scalar[]> {
  const found = new Map<string, Scalar[]>();
  let count = 0;
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
  return found;
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
