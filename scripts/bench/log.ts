/** Progress lines on stderr, stamped with the time of day, so stdout holds only the report. */
export function benchLog(name: string): (line: string) => void {
  return (line) => {
    process.stderr.write(`[${name} ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  };
}
