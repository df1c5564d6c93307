/**
 * The shape every input reader produces: flat records of text, before any
 * mapping into data-model tables. Keeping values as the file's own text lets
 * the mapping layer decide types (ports, times, counts) in one place.
 */

/** A field value: one text, or several for multivalue fields (Zeek sets, JSON arrays). */
export type InputValue = string | readonly string[];

export interface InputRecord {
  /** 1-based line in the file where the record starts. */
  readonly line: number;
  /**
   * Field name → value. Null, empty and unset fields are absent, never ''.
   * Each record gets a Map of its own, which the consumer may change (the
   * loader adds and rewrites fields in place rather than copying every row).
   */
  readonly values: Map<string, InputValue>;
}

export type InputFormat = 'csv' | 'json' | 'ndjson' | 'zeek-tsv' | 'zeek-json';

export const INPUT_FORMATS: readonly InputFormat[] = ['csv', 'json', 'ndjson', 'zeek-tsv', 'zeek-json'];

export interface InputSource {
  readonly format: InputFormat;
  /** Splunk sourcetype the records would carry: 'csv', '_json', 'bro:conn', 'bro:conn:json', … */
  readonly sourcetype: string;
  /** Streams the records; each call reads the file afresh. Throws SpliceError on bad input. */
  records(): AsyncIterable<InputRecord>;
  /**
   * The same records a few hundred at a time, for bulk loads: one await per
   * batch rather than per record. Before an error, the records read so far arrive.
   */
  batches(): AsyncIterable<readonly InputRecord[]>;
}

/**
 * Records per batch. Small enough that a batch is consumed while its records
 * are still in V8's young generation: a whole 1 MiB read's worth (thousands
 * of Maps) would survive a scavenge and be copied, doubling the reader's cost.
 */
export const BATCH_RECORDS = 256;

/**
 * Records in batches of BATCH_RECORDS. When reading fails part way, the
 * records read before the failure are handed on first, then the error.
 */
export function* inBatches(records: Iterable<InputRecord>): Generator<InputRecord[]> {
  let batch: InputRecord[] = [];
  try {
    for (const record of records) {
      batch.push(record);
      if (batch.length < BATCH_RECORDS) continue;
      yield batch;
      batch = [];
    }
  } catch (err) {
    if (batch.length > 0) yield batch;
    throw err;
  }
  if (batch.length > 0) yield batch;
}

/** A source whose records() is its batches() flattened. */
export function batchedSource(format: InputFormat, sourcetype: string, batches: () => AsyncIterable<readonly InputRecord[]>): InputSource {
  return { format, sourcetype, batches, records: () => flatten(batches()) };
}

async function* flatten(batches: AsyncIterable<readonly InputRecord[]>): AsyncGenerator<InputRecord> {
  for await (const batch of batches) yield* batch;
}
