import type { RootTable } from '../datamodels/schema.js';
import type { InputValue } from './record.js';

/**
 * Input names as dataset field names: `All_Traffic.`, `All_Changes.Account_Management.` …
 * prefixes a CIM-named input may carry are dropped. Each distinct name is worked out once.
 */
export class FieldNames {
  private readonly rootPrefix: string;
  private readonly prefixes: string[];
  private readonly known = new Map<string, string>();

  constructor(table: RootTable) {
    const root = table.root.name;
    this.rootPrefix = `${root}.`;
    this.prefixes = [this.rootPrefix, ...table.root.children.map((child) => `${root}.${child.name}.`)].sort((a, b) => b.length - a.length);
  }

  /**
   * The record under dataset names, with the defaults for fields it lacks.
   * Usually no name carries a prefix (every prefix starts with the root's
   * name) and the record itself is completed; else a copy is made in input
   * order, so a later duplicate wins as it always has.
   */
  strip(values: Map<string, InputValue>, defaults: readonly [string, string][]): Map<string, InputValue> {
    let prefixed = false;
    for (const name of values.keys()) {
      if (name.startsWith(this.rootPrefix)) {
        prefixed = true;
        break;
      }
    }
    if (!prefixed) {
      for (const [name, value] of defaults) if (!values.has(name)) values.set(name, value);
      return values;
    }
    const out = new Map<string, InputValue>(defaults);
    for (const [name, value] of values) out.set(this.known.get(name) ?? this.learn(name), value);
    return out;
  }

  private learn(name: string): string {
    const prefix = this.prefixes.find((p) => name.startsWith(p));
    const stripped = prefix ? name.slice(prefix.length) : name;
    this.known.set(name, stripped);
    return stripped;
  }
}
