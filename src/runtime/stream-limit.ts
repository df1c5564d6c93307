import type { Row } from '../values/value.js';
import type { ResultStream } from './stream.js';

/** What `splice run --max-rows` left out: none, or how many rows were shown of how many (unknown when reading stopped). */
export interface RowsCut {
  readonly shown: number;
  readonly total?: number;
}

export interface LimitedStream extends ResultStream {
  /** After the rows were read: whether some were left out. */
  cut(): RowsCut | undefined;
}

/**
 * The first `max` rows of a result. A streamed result stops being read (and
 * its SQL stops running) once one row past `max` shows there are more; a
 * result computed whole is counted, since its rows are in memory already.
 */
export function limitRows(stream: ResultStream, max: number): LimitedStream {
  let cut: RowsCut | undefined;
  function* rows(): Generator<Row> {
    let shown = 0;
    const input = stream[Symbol.iterator]();
    try {
      for (let next = input.next(); next.done !== true; next = input.next()) {
        if (shown < max) {
          shown++;
          yield next.value;
          continue;
        }
        cut = stream.streamed ? { shown } : { shown, total: shown + 1 + countRest(input) };
        return;
      }
    } finally {
      input.return?.();
    }
  }
  const iterator = rows();
  return {
    [Symbol.iterator]: () => iterator,
    fields: () => stream.fields(),
    streamed: stream.streamed,
    cut: () => cut,
  };
}

function countRest(input: Iterator<Row>): number {
  let n = 0;
  while (input.next().done !== true) n++;
  return n;
}
