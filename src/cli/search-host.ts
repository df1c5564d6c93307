import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SourceText } from '../api/search-source.js';
import { errorNowhere, SpliceError } from '../diagnostics/diagnostic.js';
import { errorFromWire, type FinalReply, type Reply, type Request } from './child-protocol.js';
import type { CliIo } from './io.js';
import type { RunFlags } from './run-search.js';

/** Where a child's text goes. */
export type TextOut = Pick<CliIo, 'stdout' | 'stdoutBusy' | 'stderr'>;

/** setTimeout's longest delay; a longer one would fire at once. */
const LONGEST_DELAY_MS = 2 ** 31 - 1;

/**
 * A child process (search-process.ts) that runs searches one at a time, each
 * with a deadline. A child process rather than a worker thread: a worker can
 * only be stopped when it runs JavaScript, and one inside a long SQLite
 * statement keeps the CLI from exiting until the statement ends; a process
 * can always be killed.
 */
export class SearchProcess {
  private stderrTail = '';

  private constructor(private readonly child: ChildProcess) {
    child.stderr?.setEncoding('utf8').on('data', (text: string) => this.remember(text));
    // A failed spawn, or a message sent as the child dies: its 'exit' (or ready()) reports it.
    child.on('error', (e) => this.remember(e.message));
  }

  private remember(text: string): void {
    this.stderrTail = (this.stderrTail + text).slice(-2000);
  }

  /** A child with splice loaded, ready for a request: loading takes as long as a small search, so deadlines start after it. */
  static async start(): Promise<SearchProcess> {
    // Under the test runner splice runs from its .ts sources, which a plain Node process cannot load.
    if (!import.meta.url.endsWith('.js')) {
      throw errorNowhere('unsupported', 'unsupported: --timeout when splice runs from its TypeScript sources: the search runs in a child process, which needs the built JavaScript (npm run build)');
    }
    const script = fileURLToPath(new URL('./search-process.js', import.meta.url));
    const search = new SearchProcess(fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }));
    await search.ready();
    return search;
  }

  private ready(): Promise<void> {
    const child = this.child;
    return new Promise((resolve, reject) => {
      const settle = (error?: Error): void => {
        child.off('message', onMessage).off('exit', onExit).off('error', onError);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onMessage = (message: Reply): void => {
        if (message.kind === 'ready') settle();
      };
      const onExit = (): void => settle(this.stoppedError(child.exitCode, child.signalCode));
      const onError = (e: Error): void => settle(new Error(`cannot start the search process: ${e.message}`));
      child.on('message', onMessage).on('exit', onExit).on('error', onError);
    });
  }

  private stoppedError(code: number | null, signal: string | null): Error {
    const detail = this.stderrTail.trim();
    return new Error(`the search process stopped unexpectedly (${signal ?? `exit code ${code}`})${detail === '' ? '' : `: ${detail}`}`);
  }

  /**
   * Sends `request` and passes the child's text on until its final reply.
   * After `seconds` the child is killed and the promise rejects with
   * error[timeout]; text that arrives later is dropped, so what was written
   * ends at a row (the child sends whole rows).
   */
  ask(request: Request, out: TextOut, seconds: number): Promise<FinalReply> {
    const child = this.child;
    return new Promise<FinalReply>((resolve, reject) => {
      let over = false;
      const finish = (): void => {
        over = true;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const timer = setTimeout(() => {
        finish();
        void this.kill().then(() => reject(timeoutError(seconds)));
      }, Math.min(seconds * 1000, LONGEST_DELAY_MS));
      const reply = async (message: Reply): Promise<void> => {
        if (over) return;
        switch (message.kind) {
          case 'stdout':
            out.stdout(message.text);
            await out.stdoutBusy?.();
            if (!over) child.send({ kind: 'ack' } satisfies Request);
            return;
          case 'stderr':
            out.stderr(message.text);
            return;
          case 'failed':
            finish();
            reject(errorFromWire(message.error));
            return;
          case 'ready':
            return;
          case 'done':
          case 'case':
            finish();
            resolve(message);
        }
      };
      const onMessage = (message: Reply): void => void reply(message).catch((e: unknown) => {
        finish();
        reject(e);
      });
      const onExit = (code: number | null, signal: string | null): void => {
        finish();
        reject(this.stoppedError(code, signal));
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send(request);
    });
  }

  /** Ends the child and waits until it is gone, so the CLI holds no handle to it. */
  close(): Promise<void> {
    return this.stopped(() => (this.child.connected ? this.child.disconnect() : this.child.kill('SIGKILL')));
  }

  private kill(): Promise<void> {
    return this.stopped(() => this.child.kill('SIGKILL'));
  }

  private stopped(stop: () => void): Promise<void> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      stop();
    });
  }
}

export function timeoutError(seconds: number): SpliceError {
  return errorNowhere('timeout', `the search ran longer than ${seconds} s and was stopped`);
}

export function isTimeout(e: unknown): e is SpliceError {
  return e instanceof SpliceError && e.diagnostic.code === 'timeout';
}

/** `splice run --timeout`: the search in a child process, its rows and warnings passed on as they come. */
export async function runSearchInChild(source: SourceText, flags: RunFlags, io: CliIo, seconds: number): Promise<void> {
  const search = await SearchProcess.start();
  try {
    await search.ask({ kind: 'run', source, flags, env: { ...io.env } }, io, seconds);
  } finally {
    await search.close();
  }
}
