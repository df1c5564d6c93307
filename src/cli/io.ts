/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /** While stdout holds text it could not pass on yet, a promise of when it can take more (streamed results wait for it). */
  readonly stdoutBusy?: () => Promise<void> | undefined;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly colour: boolean;
  /** stderr is a terminal: long commands may redraw a progress line there (never in pipes or tests). */
  readonly stderrIsTerminal?: boolean;
}

/** Thrown for bad flags or arguments; exits 2. */
export class UsageError extends Error {}
