/**
 * Entry point of the benchmark's child processes: one task per process, so each
 * measurement starts from a fresh heap and its peak memory is its own. Answers
 * one JSON line on stdout (see protocol.ts); a failure exits non-zero.
 */
import { bareTask } from './bare-task.js';
import { detectEngineTask } from './detect-engine.js';
import { detectHandTask } from './detect-hand.js';
import { detectSpliceTask } from './detect-splice.js';
import { ingestTask } from './ingest-task.js';
import type { ChildAnswer, Task, TaskResult } from './protocol.js';

async function runTask(task: Task): Promise<TaskResult> {
  switch (task.kind) {
    case 'ingest':
      return ingestTask(task.file, task.format, task.db);
    case 'bare':
      return bareTask(task.source, task.db);
    case 'detect-splice':
      return detectSpliceTask(task.db, task.spl, task.rowsOut);
    case 'detect-hand':
      return detectHandTask(task.db, task.rowsOut);
    case 'detect-engine':
      return detectEngineTask(task.engine, task.spl, task.rowsOut);
  }
}

const task = JSON.parse(process.argv[2] ?? '{}') as Task;
const result = await runTask(task);
const answer: ChildAnswer = { ...result, maxRssKb: process.resourceUsage().maxRSS };
process.stdout.write(`${JSON.stringify(answer)}\n`);
