import { runDistill } from './run-distill.js';

// Ctrl-C aborts the step: requests in flight are cancelled, state.json is kept, the exit code is 130.
// A second Ctrl-C falls through to Node's default and ends the process at once.
const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());

process.exitCode = await runDistill(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: interrupt.signal,
});
