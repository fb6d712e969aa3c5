import { loadPocket } from '@piiguard/pocket';
import { type ClassifierSource, PiiClient } from '@piiguard/sdk';
import type { CliOptions } from './args.js';

/** The client the command line uses, and one sentence saying who will answer. */
export interface CliClient {
  readonly client: PiiClient;
  readonly answeredBy: string;
}

/**
 * With a key: the hosted model, falling back (on-error) to the local tiers. Without one, or with
 * `--offline`: the local tiers only (`fallback-only`). The tiers are the teacher (when `--teacher`
 * is given) and then the pocket model, which is always there, so the command works on any machine
 * with nothing set up.
 */
export function createCliClient(options: CliOptions, env: NodeJS.ProcessEnv): CliClient {
  const tiers: ClassifierSource[] = [];
  const teacherModel = options.teacher;
  if (teacherModel !== undefined) {
    tiers.push(async () => {
      const { loadTeacher } = await import('@piiguard/teacher');
      return loadTeacher({ model: teacherModel, device: 'auto' });
    });
  }
  tiers.push(() => loadPocket());
  const local =
    teacherModel === undefined
      ? 'the built-in pocket model'
      : `the teacher (${teacherModel}), then the built-in pocket model`;

  const apiKey = env.FIREWORKS_API_KEY?.trim();
  if (apiKey && !options.offline) {
    // From `env`, not the process's: the command reads only the environment it is given.
    const baseURL = env.FIREWORKS_BASE_URL?.trim();
    const client = new PiiClient({
      apiKey,
      ...(baseURL ? { baseURL } : {}),
      ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
      fallback: { mode: 'on-error', classifiers: tiers },
    });
    return { client, answeredBy: `the hosted model, falling back to ${local}` };
  }
  const client = new PiiClient({ fallback: { mode: 'fallback-only', classifiers: tiers } });
  const why = options.offline ? '--offline' : 'no FIREWORKS_API_KEY';
  return { client, answeredBy: `${local} (${why}: the hosted model is not called)` };
}
