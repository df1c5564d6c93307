/** Runs one benchmark task in a child Node process and reads its answer. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildAnswer, Task } from './protocol.js';

const CHILD = fileURLToPath(new URL('./child.js', import.meta.url));

export function runChild(task: Task): ChildAnswer {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [CHILD, JSON.stringify(task)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  } catch (e) {
    throw new Error(`benchmark task ${task.kind} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as ChildAnswer;
}
