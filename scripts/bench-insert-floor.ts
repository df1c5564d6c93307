/**
 * `npm run bench:insert-floor [-- ROWS [DB]]`: how fast better-sqlite3 can put
 * rows into a SQLite file on this machine at all, before any parsing or CIM
 * work, to judge the ingest target of 250,000 rows/s. Rows are in memory first
 * (outside the clock): 20 short text cells each, as a flow log fills about 20
 * fields; and, given a database splice loaded (e.g. bench/data/flows-1000000.db
 * from `npm run bench -- --keep-data`), its Network_Traffic rows as stored:
 * the columns the first row fills, IP keys and CIM's calculated fields
 * included. Each configuration inserts them through one prepared statement in
 * one transaction into a fresh file without indexes, as better-sqlite3's docs
 * advise for bulk loads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeMachine } from './bench/machine.js';

const ROWS = Number(process.argv[2] ?? 500_000);
const SOURCE_DB = process.argv[3];
const SOURCE_TABLE = 'Network_Traffic.All_Traffic';
const FILLED = 20;

interface Setup {
  readonly label: string;
  /** Columns in the table; the first FILLED are bound. */
  readonly width: number;
  readonly pragmas: readonly string[];
}

const SETUPS: readonly Setup[] = [
  { label: `${FILLED} of ${FILLED} columns`, width: FILLED, pragmas: [] },
  { label: `${FILLED} of 75 columns (the Network_Traffic table's width)`, width: 75, pragmas: [] },
  { label: `${FILLED} of 75 columns, 64 MiB page cache (as splice ingest)`, width: 75, pragmas: ['cache_size = -65536'] },
  { label: `${FILLED} of ${FILLED} columns, no journal, no sync, 64 MiB cache (no durability at all)`, width: FILLED, pragmas: ['journal_mode = OFF', 'synchronous = OFF', 'cache_size = -65536'] },
];

function rowsInMemory(): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < ROWS; i++) rows.push(Array.from({ length: FILLED }, (_, c) => `v${c}_${(i * 7919 + c) % 5000}.x`));
  return rows;
}

type Cell = string | number | Buffer | null;

/** The stored rows of a splice database: the columns its first row fills, ROWS of them. */
function storedRows(path: string): { rows: Cell[][]; width: number } {
  const db = new Database(path, { readonly: true });
  try {
    const width = Number(db.prepare(`SELECT COUNT(*) FROM pragma_table_info('${SOURCE_TABLE}')`).pluck().get());
    const all = db.prepare(`SELECT * FROM "${SOURCE_TABLE}" LIMIT ?`).raw(true).all(ROWS) as Cell[][];
    const filled = (all[0] ?? []).flatMap((cell, i) => (cell === null ? [] : [i]));
    return { rows: all.map((row) => filled.map((i) => row[i] ?? null)), width };
  } finally {
    db.close();
  }
}

function rowsPerSecond(setup: Setup, rows: readonly (readonly Cell[])[], dir: string): number {
  const path = join(dir, 'floor.db');
  rmSync(path, { force: true });
  const db = new Database(path);
  const filled = rows[0]?.length ?? 0;
  try {
    for (const pragma of setup.pragmas) db.pragma(pragma);
    db.exec(`CREATE TABLE t (${Array.from({ length: setup.width }, (_, i) => `c${i}`).join(', ')})`);
    const names = Array.from({ length: filled }, (_, i) => `c${i}`);
    const insert = db.prepare(`INSERT INTO t (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    const start = performance.now();
    db.exec('BEGIN');
    for (const row of rows) insert.run(row);
    db.exec('COMMIT');
    return (rows.length / (performance.now() - start)) * 1000;
  } finally {
    db.close();
  }
}

const machine = describeMachine();
const dir = mkdtempSync(join(tmpdir(), 'splice-floor-'));
try {
  const rows = rowsInMemory();
  process.stdout.write(`${machine.date}, ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, SQLite ${machine.sqlite}, load ${machine.loadAtStart.toFixed(2)}, ${ROWS.toLocaleString('en-US')} rows\n\n| insert into a fresh file | rows/s |\n|---|---|\n`);
  for (const setup of SETUPS) process.stdout.write(`| ${setup.label} | ${Math.round(rowsPerSecond(setup, rows, dir)).toLocaleString('en-US')} |\n`);
  if (SOURCE_DB !== undefined) {
    const stored = storedRows(SOURCE_DB);
    const bound = stored.rows[0]?.length ?? 0;
    for (const setup of [SETUPS[2], SETUPS[3]]) {
      if (setup === undefined) continue;
      const label = `${SOURCE_TABLE} rows as splice stores them: ${bound} of ${stored.width} columns, ${setup.pragmas.length > 1 ? 'no journal, no sync, 64 MiB cache' : '64 MiB page cache'}`;
      process.stdout.write(`| ${label} | ${Math.round(rowsPerSecond({ ...setup, width: stored.width }, stored.rows, dir)).toLocaleString('en-US')} |\n`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
