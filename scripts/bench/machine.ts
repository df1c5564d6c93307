/** The facts a benchmark number means nothing without. */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import Database from 'better-sqlite3';

export interface Machine {
  readonly date: string;
  readonly cpu: string;
  readonly cores: number;
  readonly ramGb: number;
  readonly os: string;
  readonly node: string;
  readonly sqlite: string;
  /** 1-minute load average when the run started; well above 0 means other work shared the CPU. */
  readonly loadAtStart: number;
}

export function describeMachine(): Machine {
  const db = new Database(':memory:');
  const sqlite = String(db.prepare('SELECT sqlite_version()').pluck().get());
  db.close();
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    sqlite,
    loadAtStart: loadavg()[0] ?? 0,
  };
}
