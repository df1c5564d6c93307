/** A one-line progress display on a terminal, redrawn in place. */
export interface ProgressLine {
  /** Rows loaded so far; redraws the line if the last draw is old enough. */
  update(rows: number): void;
  /** Erases the line, so what follows starts on a clean one. */
  done(): void;
}

/** At most four redraws a second: enough to look alive, too few to cost anything. */
const REDRAW_MS = 250;

/** `now` is a millisecond clock, injectable for tests. */
export function rowsProgress(write: (text: string) => void, now: () => number = () => performance.now()): ProgressLine {
  const start = now();
  let drawnAt = start;
  let drawn = false;
  return {
    update(rows) {
      const t = now();
      if (t - drawnAt < REDRAW_MS) return;
      drawnAt = t;
      drawn = true;
      const perSecond = Math.round((rows * 1000) / (t - start));
      // \r returns to the line's start and ESC[K erases what a longer previous line left.
      write(`\r\x1b[K${rows.toLocaleString('en-US')} rows loaded (${perSecond.toLocaleString('en-US')} rows/s)`);
    },
    done() {
      if (drawn) write('\r\x1b[K');
    },
  };
}
