import type { InputValue } from './record.js';

/** What a calculation stores: a value, or undefined to leave the field without one. */
export type Stored = InputValue | undefined;

/** Entries kept per calculation; past it, a memo that has not paid for itself is dropped. */
const CAPACITY = 4096;

/**
 * Results of a deterministic calculation (one that reads only its input
 * fields and the load's fixed context) by its inputs' texts: flow logs repeat
 * a handful of transports and sourcetypes over millions of rows. Rows with a
 * multivalue input are not memoised. A memo whose calculation sees mostly new
 * inputs (byte counts) turns itself off once full, so it costs a bounded
 * number of wasted lookups.
 */
export class CalcMemo {
  private readonly results = new Map<string, Stored>();
  private hits = 0;
  private enabled = true;

  constructor(private readonly inputs: readonly string[]) {}

  /** What `compute` stores for the record, remembered by the record's inputs. */
  get<R extends ReadonlyMap<string, InputValue>>(record: R, compute: (record: R) => Stored): Stored {
    const key = this.enabled ? this.keyOf(record) : undefined;
    if (key === undefined) return compute(record);
    if (this.results.has(key)) {
      this.hits++;
      return this.results.get(key);
    }
    const value = compute(record);
    if (this.results.size < CAPACITY) this.results.set(key, value);
    else if (this.hits < this.results.size) this.enabled = false;
    return value;
  }

  /**
   * The key for the record's inputs: a lone input's text as it is; several
   * texts each length-prefixed, '-' for an absent one, so that no two
   * different input lists share a key. Undefined (not memoised) for a
   * multivalue, and for a lone absent input (the absent shortcut's case).
   */
  private keyOf(record: ReadonlyMap<string, InputValue>): string | undefined {
    const inputs = this.inputs;
    if (inputs.length === 1) {
      const only = record.get(inputs[0] as string);
      return typeof only === 'string' ? only : undefined;
    }
    let key = '';
    for (const name of inputs) {
      const value = record.get(name);
      if (value === undefined) key += '-';
      else if (typeof value === 'string') key += `${value.length}:${value}`;
      else return undefined;
    }
    return key;
  }
}
