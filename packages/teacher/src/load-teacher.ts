import { readModelConfig } from './config.js';
import { resolveModelFiles } from './load.js';
import { type ResolvedTeacherOptions, resolveOptions, type TeacherOptions } from './options.js';
import { bindProfile } from './profiles/resolve.js';
import type { TeacherProfile } from './profiles/types.js';
import { startTeacher, type Teacher } from './teacher.js';

const loading = new Map<string, Promise<Teacher>>();

/** A custom profile's functions do not survive JSON, so each profile object is keyed by identity. */
const profileKeys = new WeakMap<TeacherProfile, number>();
let profileCount = 0;
function profileKey(profile: TeacherProfile | undefined): number | undefined {
  if (!profile) return undefined;
  let key = profileKeys.get(profile);
  if (key === undefined) {
    key = ++profileCount;
    profileKeys.set(profile, key);
  }
  return key;
}
const loadKey = ({ onWarning: _, profile, ...keyed }: ResolvedTeacherOptions) =>
  JSON.stringify({ ...keyed, profile: profileKey(profile) });

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
  const key = loadKey(resolved);
  let load = loading.get(key);
  if (!load) {
    load = (async () => {
      const files = await resolveModelFiles(resolved);
      const config = await readModelConfig(files.configPath);
      const bound = bindProfile(config.labels, resolved.profile, resolved.thresholds);
      return startTeacher(resolved, files.folder, config, bound, {
        kind: 'onnxruntime',
        modelPath: files.modelPath,
        device: resolved.device,
        intraOpNumThreads: resolved.intraOpNumThreads,
      });
    })().finally(() => loading.delete(key));
    loading.set(key, load);
  }
  return load;
}
