#!/usr/bin/env node
import { runCli } from './app.js';

// The only place that touches the process: streams, environment, exit status.
// A closed pipe (`splice run … | head`) ends output quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stdoutBusy: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', resolve)) : undefined),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  colour: process.stdout.isTTY === true,
  stderrIsTerminal: process.stderr.isTTY === true,
});
process.exitCode = code;
