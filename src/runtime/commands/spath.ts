import type { SpathCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import { scalarText, valuesOf, type FieldValue, type Row, type Scalar, type Table } from '../../values/value.js';
import { nodeValue, parseJson, type JsonNode } from '../eval/json-doc.js';
import { parsePath, selectPath, type PathStep } from '../eval/json-path.js';
import { checkOptions, findOption } from '../options.js';

/**
 * spath [input=F] [output=O] [path=P | P]
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Spath
 * - F defaults to _raw; a result without F is left as it is.
 * - With a path, "the value of this path is extracted to a field named by the
 *   path or to a field specified by the output argument". Steps are keys joined
 *   by periods; `{}` takes every element of an array and `{n}` one ("JSON uses
 *   zero-based indexing"). Several values make a multivalue field; an object or
 *   array is extracted as its JSON text (see ../eval/json-path.ts). A path that
 *   reaches nothing leaves the result as it is [INF].
 * - Without a path ("auto-extract" mode) every leaf value becomes a field named
 *   by its keys joined with periods, `{}` marking each array level (so
 *   `{"a":[{"b":1}]}` gives `a{}.b`, the names Splunk's detections read, such as
 *   `{}.RequiredAppPermissions{}.EntitlementId`); empty objects and arrays give
 *   nothing [INF]. Extracted values replace a field's old value [INF].
 * - Values are text; JSON true/false/null read as those words [INF].
 * Refused, rather than guessed: XML input; JSON that is not well-formed (the
 * docs require it to be); auto-extract of more than 5,000 bytes ("extracts all
 * the fields from the first 5,000 characters", so longer text is cut); a
 * multivalue F; output= without a path.
 */
export function applySpath(table: Table, cmd: SpathCommand): Table {
  checkOptions('spath', cmd.options, ['input', 'output', 'path']);
  const input = new SpathInput(cmd);
  const pathOption = findOption(cmd.options, 'path');
  if (pathOption !== undefined && cmd.path !== undefined) throw errorAt('invalid-argument', 'spath takes one path: path= or a bare path, not both', cmd.path.span);
  const path = cmd.path ?? pathOption?.value;
  const output = findOption(cmd.options, 'output');
  if (path === undefined) {
    if (output !== undefined) throw errorAt('unsupported', 'unsupported: spath output= without a path', output.span);
    return autoExtract(table, input, cmd.span);
  }
  const steps = parsePath(path.text);
  if (steps === null) throw errorAt('unsupported', `unsupported: spath path "${path.text}" (only JSON keys with {} and {n} steps)`, path.span);
  return extractPath(table, input, steps, output?.value.text ?? path.text);
}

/** The text spath reads from a result, parsed as JSON. */
class SpathInput {
  private readonly name: string;
  private readonly at: Span;

  constructor(cmd: SpathCommand) {
    const option = findOption(cmd.options, 'input');
    this.name = option?.value.text ?? '_raw';
    this.at = option?.span ?? cmd.span;
  }

  text(row: Row): string | undefined {
    const values = valuesOf(row.get(this.name));
    if (values.length > 1) throw errorAt('unsupported', `unsupported: spath input ${this.name} is multivalue (the docs do not say which value spath reads)`, this.at);
    const value = values[0];
    return value === undefined ? undefined : scalarText(value);
  }

  /** The document, or undefined when the text is plain text, not JSON or XML. */
  document(text: string): JsonNode | undefined {
    const parsed = parseJson(text);
    if (parsed !== undefined) return parsed;
    const start = text.trimStart();
    if (/^<[A-Za-z_?!]/.test(start)) throw errorAt('unsupported', `unsupported: spath on XML (input ${this.name})`, this.at);
    if (start.startsWith('{') || start.startsWith('[')) throw errorAt('unsupported', `unsupported: spath on JSON that is not well-formed (input ${this.name})`, this.at);
    return undefined;
  }
}

function extractPath(table: Table, input: SpathInput, steps: readonly PathStep[], output: string): Table {
  let added = false;
  const rows = table.rows.map((row) => {
    const text = input.text(row);
    const doc = text === undefined ? undefined : input.document(text);
    if (doc === undefined) return row;
    const found = selectPath(doc, steps).map(extracted);
    const value = fieldValue(found);
    if (value === undefined) return row;
    added = true;
    return new Map(row).set(output, value);
  });
  const fields = added && !table.fields.includes(output) ? [...table.fields, output] : table.fields;
  return { fields, rows };
}

/** extraction_cutoff's default in limits.conf: auto-extract reads only this many bytes. */
const EXTRACTION_CUTOFF = 5000;

function autoExtract(table: Table, input: SpathInput, at: Span): Table {
  const fields = [...table.fields];
  const rows = table.rows.map((row) => {
    const text = input.text(row);
    if (text === undefined) return row;
    if (Buffer.byteLength(text, 'utf8') > EXTRACTION_CUTOFF) {
      throw errorAt('unsupported', `unsupported: spath auto-extract of text longer than ${EXTRACTION_CUTOFF} bytes (Splunk reads only the first ${EXTRACTION_CUTOFF}); give a path`, at);
    }
    const doc = input.document(text);
    if (doc === undefined) return row;
    const leaves = new Map<string, Scalar[]>();
    flatten(doc, '', leaves);
    if (leaves.size === 0) return row;
    const out: Row = new Map(row);
    for (const [name, values] of leaves) {
      out.set(name, fieldValue(values) ?? values);
      if (!fields.includes(name)) fields.push(name);
    }
    return out;
  });
  return { fields, rows };
}

/** Every leaf under `node`, by its auto-extract name. A top-level leaf has no name and is skipped. */
function flatten(node: JsonNode, name: string, out: Map<string, Scalar[]>): void {
  if (node.kind === 'object') {
    for (const [key, value] of node.entries) flatten(value, name === '' ? key : `${name}.${key}`, out);
  } else if (node.kind === 'array') {
    for (const item of node.items) flatten(item, `${name}{}`, out);
  } else if (name !== '') {
    const list = out.get(name);
    if (list === undefined) out.set(name, [extracted(node)]);
    else list.push(extracted(node));
  }
}

function extracted(node: JsonNode): string {
  return scalarText(nodeValue(node));
}

function fieldValue(values: readonly Scalar[]): FieldValue | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}
