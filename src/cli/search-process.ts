import { CaseResources, runCase } from '../regression/run-case.js';
import { caseToWire, errorToWire, type Reply, type Request } from './child-protocol.js';
import type { CliIo } from './io.js';
import { runSearch } from './run-search.js';

/**
 * The child process the CLI runs searches in under --timeout (search-host.ts),
 * so that a search stuck in SQLite or in a regex can be killed. It prints
 * nothing itself: its output goes to the CLI as messages, and it writes the
 * next rows only when the CLI has written the last ones (`ack`).
 */
const resources = new CaseResources();
let unacked = 0;
let drained: (() => void) | undefined;

function send(reply: Reply): void {
  process.send?.(reply);
}

function childIo(env: Readonly<Record<string, string | undefined>>): CliIo {
  return {
    stdout: (text) => {
      unacked++;
      send({ kind: 'stdout', text });
    },
    stdoutBusy: () => (unacked === 0 ? undefined : new Promise<void>((resolve) => (drained = resolve))),
    stderr: (text) => send({ kind: 'stderr', text }),
    env,
    colour: false,
  };
}

async function handle(request: Exclude<Request, { kind: 'ack' }>): Promise<void> {
  try {
    if (request.kind === 'run') {
      await runSearch(request.source, request.flags, childIo(request.env));
      send({ kind: 'done' });
    } else {
      send({ kind: 'case', result: caseToWire(await runCase(request.testCase, request.options, resources)) });
    }
  } catch (e) {
    send({ kind: 'failed', error: errorToWire(e) });
  }
}

process.on('message', (message: Request) => {
  if (message.kind !== 'ack') {
    void handle(message);
    return;
  }
  unacked = Math.max(0, unacked - 1);
  if (unacked === 0) {
    const resume = drained;
    drained = undefined;
    resume?.();
  }
});
// The CLI is done with this process (or gone): nothing may outlive it.
process.on('disconnect', () => process.exit(0));
send({ kind: 'ready' });
