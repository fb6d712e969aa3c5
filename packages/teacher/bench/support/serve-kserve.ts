/**
 * A loopback KServe v2 server in its own process, for bench/remote.ts: the model's CPU then never
 * counts as the client's. Prints its URL on stdout and serves until stdin closes.
 *
 *   npx tsx bench/support/serve-kserve.ts <model folder> <name>
 */
import { startKServeServer } from '../../test/support/kserve-server.js';

const [folder, name] = process.argv.slice(2);
if (!folder || !name) {
  console.error('usage: serve-kserve.ts <model folder> <name>');
  process.exit(2);
}
const server = await startKServeServer({ folder, name, maxBatchSize: 64 });
console.log(server.url);
process.stdin.resume();
process.stdin.on('end', () => {
  void server.close().then(() => process.exit(0));
});
