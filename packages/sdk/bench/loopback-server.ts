/**
 * The benchmark's server process: a loopback chat-completions server with no faults.
 * Prints its base URL on stdout, then serves until killed.
 */
import { startLoopbackServer } from '../src/testing/server.js';

const server = await startLoopbackServer({ faults: { label: 'none' } });
process.stdout.write(`${server.url}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
