import { readModelConfig } from './config.js';
import { type ModelFiles, resolveModelFiles } from './load.js';
import { resolveOptions, type TeacherOptions } from './options.js';
import { Teacher } from './teacher.js';

const loading = new Map<string, Promise<Teacher>>();

/**
 * Loads the teacher: finds the model (folder, cache or Hub), starts a worker thread with the
 * tokenizer and an onnxruntime session, and resolves once it can classify.
 *
 * Concurrent calls with the same options share one load and get the same `Teacher`; a load that
 * fails is forgotten, so the next call tries again.
 *
 * @throws ModelLoadError when the model cannot be found, downloaded or opened, or an option is invalid.
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
      return Teacher.start(resolved, files, config);
    })().finally(() => loading.delete(key));
    loading.set(key, load);
  }
  return load;
}

/**
 * Finds the model's files, downloading them into the cache if needed and allowed, without loading
 * anything: e.g. to fill the cache while building an image that later runs with PIIGUARD_OFFLINE=1.
 *
 * @throws ModelLoadError as `loadTeacher` does for missing, unreachable or invalid models.
 */
export async function resolveTeacherModel(options: TeacherOptions = {}): Promise<ModelFiles> {
  return resolveModelFiles(resolveOptions(options));
}
