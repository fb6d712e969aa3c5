// A separate process that downloads a model, for the test that kills a download with SIGKILL.
import { register } from 'tsx/esm/api';

register();
const { resolveModelFiles } = await import('../src/load.ts');
const { resolveOptions } = await import('../src/options.ts');
await resolveModelFiles(resolveOptions(JSON.parse(process.argv[2])));
