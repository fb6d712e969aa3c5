import { readModelConfig } from './config.js';
import { resolveModelFiles } from './load.js';
import { resolveOptions, type TeacherOptions } from './options.js';
import { startTeacher, type Teacher } from './teacher.js';

const loading = new Map<string, Promise<Teacher>>();

/**
 * Loads the teacher: finds the model (folder, cache or Hub), starts a worker thread with the
 * tokenizer and an onnxruntime session, and resolves once it can classify.
 *
 * Concurrent calls with the same options share one load and get the same `Teacher`; a load that
 * fails is forgotten, so the next call tries again.
 *
 * @throws ConfigurationError (naming the option) for an impossible option.
 * @throws ModelLoadError when the model cannot be found, downloaded or opened.
 */
export function loadTeacher(options: TeacherOptions = {}): Promise<Teacher> {
  let resolved: ReturnType<typeof resolveOptions>;
  try {
    resolved = resolveOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  const { onWarning: _, ...keyed } = resolved;
  const key = JSON.stringify(keyed);
  let load = loading.get(key);
  if (!load) {
    load = (async () => {
      const files = await resolveModelFiles(resolved);
      const config = await readModelConfig(files.configPath);
      return startTeacher(resolved, files, config);
    })().finally(() => loading.delete(key));
    loading.set(key, load);
  }
  return load;
}
