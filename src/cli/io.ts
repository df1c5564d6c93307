/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly colour: boolean;
}

/** Thrown for bad flags or arguments; exits 2. */
export class UsageError extends Error {}
