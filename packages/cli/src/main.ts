import { EXIT } from './exit-codes.js';
import { runCli } from './run.js';

// Ctrl-C stops reading, closes the classifiers (ending the teacher's worker) and exits 130.
const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());
// A reader that stops early (`piiguard classify big.txt | head`) closes the pipe: the command stops, without a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  signal: interrupt.signal,
})
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not a usage problem: its name and message only (they never hold message text).
      const name = error instanceof Error ? error.name : 'Error';
      const message = error instanceof Error ? error.message : 'unexpected failure';
      process.stderr.write(`piiguard: internal error: ${name}: ${message}\n`);
      process.exitCode = EXIT.internal;
    },
  )
  .finally(() => {
    // stdin may still be open (a pipe whose writer has not finished): nothing more is read from it.
    process.stdin.destroy();
  });
