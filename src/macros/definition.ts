/** A search macro, from macros.conf, a security_content YAML file, or built in. */
export type MacroBody =
  | { readonly kind: 'text'; readonly definition: string }
  | { readonly kind: 'builtin'; readonly expand: (args: readonly string[]) => string; readonly summary: string };

export interface MacroDefinition {
  readonly name: string;
  /** Argument names, in order; the arity is part of the macro's identity. */
  readonly args: readonly string[];
  readonly body: MacroBody;
  /** Where it was defined: a file path, or "built-in". */
  readonly origin: string;
}

/** `[foobar]`, `[foobar(1)]` and `[foobar(2)]` are different macros (macros.conf.spec). */
export function macroKey(name: string, arity: number): string {
  return arity === 0 ? name : `${name}(${arity})`;
}

export class MacroTable {
  private readonly byKey = new Map<string, MacroDefinition>();

  /** Later definitions replace earlier ones with the same name and arity. */
  add(definition: MacroDefinition): void {
    this.byKey.set(macroKey(definition.name, definition.args.length), definition);
  }

  addAll(definitions: Iterable<MacroDefinition>): void {
    for (const d of definitions) this.add(d);
  }

  lookup(name: string, arity: number): MacroDefinition | undefined {
    return this.byKey.get(macroKey(name, arity));
  }

  /** The keys (`name` or `name(N)`) of every known macro, for suggestions. */
  keys(): string[] {
    return [...this.byKey.keys()];
  }

  get size(): number {
    return this.byKey.size;
  }
}
