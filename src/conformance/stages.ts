/** The stages a detection goes through in a conformance run, in order (a light module: the CLI's option list reads it). */
export const STAGES = ['expand', 'parse', 'translate', 'execute'] as const;
export type Stage = (typeof STAGES)[number];
