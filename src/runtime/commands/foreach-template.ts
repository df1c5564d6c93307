import type { EvalExpr } from '../../ast/eval.js';
import type { EvalCommand, WhereCommand, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';

/**
 * foreach's template substitution. Splunk's docs call <<FIELD>> "just a string
 * replacement" in the subsearch text; splice makes the same replacement in the
 * parsed body: in eval targets, 'quoted' field names and "string" literals the
 * text is replaced, and a bare template (or a bare name holding a custom
 * fieldstr= string) must become one field name or one number, as the replaced
 * text would lex. Anything the replaced text would read differently (a bare
 * `a-b`, a quote inside a string) is refused, since the parse would change.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Foreach
 */
export type BodyCommand = EvalCommand | WhereCommand;

/** Template strings (as written in the search) → what they stand for here; undefined: no value for this field. */
export type Bindings = ReadonlyMap<string, string | undefined>;

export function substituteCommand(cmd: BodyCommand, bindings: Bindings): BodyCommand {
  const t = new Substitution(bindings);
  if (cmd.kind === 'where') return { ...cmd, expr: t.expr(cmd.expr) };
  return { ...cmd, assignments: cmd.assignments.map((a) => ({ ...a, field: t.target(a.field), expr: t.expr(a.expr) })) };
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const IDENTIFIER = /^[A-Za-z_@$][\w@$]*(?:\.[A-Za-z_@$][\w@$]*)*$/;
const KEYWORDS = new Set(['and', 'or', 'not', 'xor', 'like', 'in']);

class Substitution {
  private readonly pattern: RegExp | undefined;

  constructor(private readonly bindings: Bindings) {
    const names = [...bindings.keys()].sort((a, b) => b.length - a.length);
    this.pattern = names.length === 0 ? undefined : new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  }

  target(word: Word): Word {
    const text = this.text(word.text, word.span, /[\s=,'"|[\]()]/, 'an eval target');
    return text === word.text ? word : { text, span: word.span };
  }

  expr(e: EvalExpr): EvalExpr {
    switch (e.kind) {
      case 'number':
        return e;
      case 'string':
        return { ...e, value: this.text(e.value, e.span, /["\\]/, 'a "string"') };
      case 'field':
        if (e.quoted) return { ...e, name: this.text(e.name, e.span, /['\\]/, "a 'field' name") };
        return this.atom(this.text(e.name, e.span, null, ''), e);
      case 'template':
        if (!this.bindings.has(e.name)) throw errorAt('unsupported', `unsupported: foreach template ${e.name} (mode=multifield replaces only its fieldstr, matchstr and matchseg strings)`, e.span);
        return this.atom(this.text(e.name, e.span, null, ''), e);
      case 'call':
        if (this.text(e.fn.text, e.fn.span, null, '') !== e.fn.text) throw errorAt('unsupported', `unsupported: foreach template inside the function name ${e.fn.text}`, e.fn.span);
        return { ...e, args: e.args.map((a) => this.expr(a)) };
      case 'unary':
        return { ...e, operand: this.expr(e.operand) };
      case 'binary':
        return { ...e, left: this.expr(e.left), right: this.expr(e.right) };
      case 'in':
        return { ...e, expr: this.expr(e.expr), values: e.values.map((v) => this.expr(v)) };
      case 'group':
        return { ...e, expr: this.expr(e.expr) };
    }
  }

  /** `text` with every template replaced; a replacement holding a `forbidden` character would break the quoting. */
  private text(text: string, at: Span, forbidden: RegExp | null, where: string): string {
    if (this.pattern === undefined) return text;
    return text.replace(this.pattern, (name) => {
      const value = this.bindings.get(name);
      if (value === undefined) throw errorAt('unsupported', `unsupported: foreach ${name} has no value here (the field pattern has too few wildcards)`, at);
      if (forbidden !== null && forbidden.test(value)) {
        throw errorAt('unsupported', `unsupported: foreach puts "${value}" into ${where}, where its characters change how the search reads`, at);
      }
      return value;
    });
  }

  /** What bare replaced text reads as: a number, a field name, or (refused) something longer. */
  private atom(text: string, original: EvalExpr): EvalExpr {
    if (original.kind === 'field' && text === original.name) return original;
    if (NUMBER.test(text)) return { kind: 'number', text, span: original.span };
    if (IDENTIFIER.test(text) && !KEYWORDS.has(text.toLowerCase())) return { kind: 'field', name: text, quoted: false, span: original.span };
    throw errorAt('unsupported', `unsupported: foreach template becomes "${text}" outside quotes, which is not one field name; write it in single quotes`, original.span);
  }
}
