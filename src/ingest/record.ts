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
  /** Field name → value. Null, empty and unset fields are absent, never ''. */
  readonly values: ReadonlyMap<string, InputValue>;
}

export type InputFormat = 'csv' | 'json' | 'ndjson' | 'zeek-tsv' | 'zeek-json';

export const INPUT_FORMATS: readonly InputFormat[] = ['csv', 'json', 'ndjson', 'zeek-tsv', 'zeek-json'];

export interface InputSource {
  readonly format: InputFormat;
  /** Splunk sourcetype the records would carry: 'csv', '_json', 'bro:conn', 'bro:conn:json', … */
  readonly sourcetype: string;
  /** Streams the records; each call reads the file afresh. Throws SpliceError on bad input. */
  records(): AsyncIterable<InputRecord>;
}
