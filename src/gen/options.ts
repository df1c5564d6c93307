/** `splice gen`'s settings and their defaults (a light module: the CLI's option list reads it). */
export interface GenOptions {
  /** Epoch seconds of the earliest event. */
  readonly start: number;
  /** Events spread uniformly over this many days from `start`. */
  readonly days: number;
  /** Share of cells left empty in each column (not `_time`, `host`, `source`, `sourcetype`). */
  readonly missingRate: number;
}

/** A fixed start, so a seed alone decides the content (not the day it runs). */
export const DEFAULT_GEN_OPTIONS: GenOptions = { start: Date.UTC(2024, 9, 1) / 1000, days: 7, missingRate: 0.1 };
