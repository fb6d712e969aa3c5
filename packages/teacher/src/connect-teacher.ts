import { readModelConfig } from './config.js';
import { resolveSideFiles } from './load.js';
import { bindProfile } from './profiles/resolve.js';
import { type RemoteTeacherOptions, resolveRemoteOptions } from './remote-options.js';
import { startTeacher, type Teacher } from './teacher.js';

/**
 * Connects to a teacher served by NVIDIA Triton (KServe v2) or Hugging Face text-embeddings-inference,
 * and resolves to a `Teacher` called like every other classifier (`kind: 'teacher'`,
 * `engine: 'triton' | 'tei'`, `device: 'remote'`). The client side — `config.json` (profile, heads),
 * the tokenizer, v1/v2 formatting and context, windows for long messages, micro-batching — is the
 * in-process teacher's, in the same kind of worker thread; only the transformer runs on the server.
 *
 * Before resolving it checks the server: Triton's server and model readiness and the model's
 * input/output names, types and shapes (and `max_batch_size` where the server tells it); TEI's
 * `/health` and `/info` (a classifier with the model's labels, 512-token inputs).
 *
 * @throws ConfigurationError (naming the option) for an impossible option.
 * @throws ModelLoadError when the model files cannot be found, or the server is unreachable, not
 *   ready or serves something else.
 */
export async function connectTeacher(options: RemoteTeacherOptions): Promise<Teacher> {
  const resolved = resolveRemoteOptions(options);
  const files = await resolveSideFiles(resolved.teacher);
  const config = await readModelConfig(files.configPath);
  const bound = bindProfile(config.labels, resolved.teacher.profile, resolved.teacher.thresholds);
  return startTeacher(
    resolved.teacher,
    files.folder,
    config,
    bound,
    {
      kind: resolved.engine,
      url: resolved.url,
      name: resolved.name,
      version: resolved.modelVersion,
      maxInFlight: resolved.maxInFlightBatches,
      http: resolved.http,
      circuit: resolved.circuit,
      labelNames: config.labels,
      reportRetries: resolved.onRetry !== undefined,
    },
    resolved.onRetry,
  );
}
