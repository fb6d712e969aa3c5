// The worker's entry in a source checkout (tests, bench, scripts): see WORKER_FILE in
// spawn-worker.ts for why tsx is registered here rather than given as `--import tsx`.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
