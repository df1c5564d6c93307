import type { Command, ForeachCommand, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Row, Table } from '../../values/value.js';
import type { EvalPort } from '../eval-port.js';
import { checkOptions, findOption, stringOption } from '../options.js';
import { applyEval } from './eval.js';
import { substituteCommand, type Bindings, type BodyCommand } from './foreach-template.js';
import { applyWhere } from './where.js';

/**
 * foreach [mode=multifield] [fieldstr=] [matchstr=] [matchseg1..3=] <wc-field>… [ <eval|where …> ]
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Foreach
 * Runs the templated body once per matching field, in field order, each run
 * seeing the previous one's changes ("Each time the subsearch is run, the
 * previous total is added"). <<FIELD>> is "the whole field name", <<MATCHSTR>>
 * "the part of the field name that matches the wildcard", <<MATCHSEGn>> "the
 * part … that matches the" nth wildcard (see ./foreach-template.ts).
 * - A name without `*` is run whether or not the field exists (the docs'
 *   `foreach name price category [eval <<FIELD>> = "<<FIELD>>"]` creates them).
 * - A wildcard matches the fields each result has: the docs' totals example sums
 *   `www*` to 800 for a result without www2, where a null www2 would make the
 *   total null. `*` leaves out internal `_` fields (the docs' `foreach *` over
 *   timechart output leaves `_time` alone); a pattern that starts with `_` may
 *   match them [INF]. Each field runs once, matched before the body runs [INF].
 * - Segments of several wildcards are the shortest that match [INF];
 *   <<MATCHSTR>> is refused for them ("do not use the matchstr option with any
 *   matchseg* options" hints it is not one segment).
 * Refused: modes other than multifield; body commands other than eval and where.
 */
export function applyForeach(table: Table, cmd: ForeachCommand, port: EvalPort): Table {
  checkOptions('foreach', cmd.options, ['mode', 'fieldstr', 'matchstr', 'matchseg1', 'matchseg2', 'matchseg3']);
  const mode = findOption(cmd.options, 'mode');
  if (mode !== undefined && mode.value.text.toLowerCase() !== 'multifield') throw errorAt('unsupported', `unsupported: foreach mode=${mode.value.text}`, mode.span);
  const body = cmd.body.pipeline.commands.map(bodyCommand);
  const names = templateNames(cmd);
  const patterns = cmd.fields.map(fieldPattern);
  const substituted = new Map<string, BodyCommand[]>();
  const fields = [...table.fields];
  const rows: Row[] = [];
  for (const row of table.rows) {
    let current: Table = { fields: table.fields, rows: [row] };
    for (const match of matchesOf(row, table.fields, patterns)) {
      const key = `${match.pattern}\u0000${match.field}`;
      let commands = substituted.get(key);
      if (commands === undefined) {
        const bindings = bind(names, match.field, match.segments);
        commands = body.map((c) => substituteCommand(c, bindings));
        substituted.set(key, commands);
      }
      for (const c of commands) current = c.kind === 'where' ? applyWhere(current, c, port) : applyEval(current, c, port);
    }
    rows.push(...current.rows);
    for (const f of current.fields) if (!fields.includes(f)) fields.push(f);
  }
  return { fields, rows };
}

function bodyCommand(cmd: Command): BodyCommand {
  if (cmd.kind === 'eval' || cmd.kind === 'where') return cmd;
  const name = cmd.kind === 'generic' ? cmd.name.text : cmd.kind;
  throw errorAt('unsupported', `unsupported: ${name} inside foreach (splice runs eval and where there)`, { start: cmd.span.start, end: cmd.span.start + name.length });
}

interface TemplateNames {
  readonly field: string;
  readonly matchstr: string;
  readonly segments: readonly string[];
}

function templateNames(cmd: ForeachCommand): TemplateNames {
  const o = cmd.options;
  return {
    field: stringOption(o, 'fieldstr', '<<FIELD>>'),
    matchstr: stringOption(o, 'matchstr', '<<MATCHSTR>>'),
    segments: [1, 2, 3].map((n) => stringOption(o, `matchseg${n}`, `<<MATCHSEG${n}>>`)),
  };
}

function bind(names: TemplateNames, field: string, segments: readonly string[]): Bindings {
  const bindings = new Map<string, string | undefined>();
  names.segments.forEach((name, i) => bindings.set(name, segments[i]));
  bindings.set(names.matchstr, segments.length === 1 ? segments[0] : undefined);
  bindings.set(names.field, field);
  return bindings;
}

interface FieldPattern {
  readonly text: string;
  readonly regex: RegExp | undefined;
}

function fieldPattern(word: Word): FieldPattern {
  if (!word.text.includes('*')) return { text: word.text, regex: undefined };
  const body = word.text.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([\\s\\S]*?)');
  return { text: word.text, regex: new RegExp(`^${body}$`) };
}

interface Match {
  readonly pattern: number;
  readonly field: string;
  readonly segments: readonly string[];
}

/** The fields a result runs the body for, in pattern order, each field once. */
function matchesOf(row: Row, order: readonly string[], patterns: readonly FieldPattern[]): Match[] {
  const present = [...order.filter((f) => row.has(f)), ...[...row.keys()].filter((f) => !order.includes(f))];
  const seen = new Set<string>();
  const out: Match[] = [];
  patterns.forEach((p, i) => {
    const found: Match[] = p.regex === undefined ? [{ pattern: i, field: p.text, segments: [] }] : wildcardMatches(p, i, present);
    for (const m of found) {
      if (seen.has(m.field)) continue;
      seen.add(m.field);
      out.push(m);
    }
  });
  return out;
}

function wildcardMatches(p: FieldPattern, index: number, present: readonly string[]): Match[] {
  const out: Match[] = [];
  for (const field of present) {
    if (field.startsWith('_') && !p.text.startsWith('_')) continue;
    const m = p.regex?.exec(field);
    if (m) out.push({ pattern: index, field, segments: m.slice(1).map((s) => s ?? '') });
  }
  return out;
}
