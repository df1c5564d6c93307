/**
 * Writes the benchmark's flows as CSV and NDJSON, streaming: a batch of lines is
 * written and dropped, so 10M rows never sit in memory. A manifest beside the
 * files records seed, row count and generator version, so `--keep-data` reuses
 * files only when they are the rows this run asks for.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_FIELDS, FlowGenerator, GENERATOR_VERSION, type Flow } from './flows.js';

export interface DataFiles {
  readonly csv: string;
  readonly ndjson: string;
}

const BATCH = 5000;

export function dataFilesFor(dir: string, rows: number): DataFiles {
  return { csv: join(dir, `flows-${rows}.csv`), ndjson: join(dir, `flows-${rows}.ndjson`) };
}

/** The files for `rows` flows, generated unless identical ones are already there. Returns whether it generated. */
export function ensureDataFiles(dir: string, rows: number, seed: number): { files: DataFiles; generated: boolean } {
  mkdirSync(dir, { recursive: true });
  const files = dataFilesFor(dir, rows);
  const manifestPath = join(dir, `flows-${rows}.manifest.json`);
  if (existsSync(files.csv) && existsSync(files.ndjson) && matchesManifest(manifestPath, rows, seed)) return { files, generated: false };
  writeFlows(files, rows, seed);
  writeManifest(manifestPath, rows, seed);
  return { files, generated: true };
}

/** Records which rows a file (data or database) was made from. */
export function writeManifest(path: string, rows: number, seed: number): void {
  writeFileSync(path, manifestText(rows, seed));
}

export function matchesManifest(path: string, rows: number, seed: number): boolean {
  return existsSync(path) && readFileSync(path, 'utf8') === manifestText(rows, seed);
}

function manifestText(rows: number, seed: number): string {
  return JSON.stringify({ rows, seed, generatorVersion: GENERATOR_VERSION });
}

function writeFlows(files: DataFiles, rows: number, seed: number): void {
  const gen = new FlowGenerator(seed, rows);
  const csv = openSync(files.csv, 'w');
  const ndjson = openSync(files.ndjson, 'w');
  try {
    writeSync(csv, `${FLOW_FIELDS.join(',')}\n`);
    for (let done = 0; done < rows; ) {
      const n = Math.min(BATCH, rows - done);
      let csvText = '';
      let jsonText = '';
      for (let i = 0; i < n; i++) {
        const flow = gen.next();
        csvText += `${csvLine(flow)}\n`;
        jsonText += `${JSON.stringify(flow)}\n`;
      }
      writeSync(csv, csvText);
      writeSync(ndjson, jsonText);
      done += n;
    }
  } finally {
    closeSync(csv);
    closeSync(ndjson);
  }
}

function csvLine(flow: Flow): string {
  return FLOW_FIELDS.map((f) => csvCell(flow[f])).join(',');
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
