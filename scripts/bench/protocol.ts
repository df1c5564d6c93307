/** What the benchmark's child processes are asked to do and what they answer (one JSON line on stdout). */

/** The reference detection every detection measure runs. */
export const DETECTION_FILE = 'examples/detect_outbound_smb_traffic.spl';

export const BENCH_DATASET = 'Network_Traffic.All_Traffic';
export const BENCH_TABLE = 'Network_Traffic.All_Traffic';

export type Task =
  | { readonly kind: 'ingest'; readonly file: string; readonly format: 'csv' | 'ndjson'; readonly db: string }
  | { readonly kind: 'bare'; readonly source: string; readonly db: string }
  | { readonly kind: 'detect-splice'; readonly db: string; readonly spl: string; readonly rowsOut: string }
  | { readonly kind: 'detect-hand'; readonly db: string; readonly rowsOut: string }
  /** The detection through runSearchOn on any engine: `engine` is an --engine URL (sqlite:FILE, duckdb:FILE, postgres://…, clickhouse://…). */
  | { readonly kind: 'detect-engine'; readonly engine: string; readonly spl: string; readonly rowsOut: string };

export interface TaskResult {
  /** The timed part, in milliseconds. */
  readonly ms: number;
  /** Rows loaded (ingest, bare) or result rows (detections). */
  readonly rows: number;
  /** Parts of `ms` worth reporting on their own (e.g. compile, GeoIP). */
  readonly parts?: Readonly<Record<string, number>>;
}

export interface ChildAnswer extends TaskResult {
  /** process.resourceUsage().maxRSS of the whole child, in kilobytes. */
  readonly maxRssKb: number;
}
