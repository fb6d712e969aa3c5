import { readFile } from 'node:fs/promises';
import { ModelLoadError } from '@piiguard/sdk';

/** What the teacher needs from `config.json`. */
export interface ModelConfig {
  /** The output labels in logit order, from `id2label` (never assumed); a profile is chosen by them. */
  readonly labels: readonly string[];
  /** The padding id the model's position ids are computed from; `undefined` when not stated. */
  readonly padTokenId: number | undefined;
}

/** Reads and checks `config.json`: an `id2label` naming every logit index from 0 up, once. */
export async function readModelConfig(path: string): Promise<ModelConfig> {
  let config: unknown;
  try {
    config = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ModelLoadError(`Cannot read the model's config.json at ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const { id2label, pad_token_id: pad } = (config ?? {}) as { id2label?: unknown; pad_token_id?: unknown };
  if (typeof id2label !== 'object' || id2label === null) {
    throw new ModelLoadError(`${path} has no id2label; the teacher needs a PII classifier's labels.`);
  }
  const entries = Object.entries(id2label as Record<string, unknown>);
  const byIndex = new Map(entries.map(([index, name]) => [index, String(name)]));
  // Keys "0" … "n-1", each once (JSON object keys are unique), with distinct names.
  const labels = entries.map((_, i) => byIndex.get(String(i)));
  const complete = labels.every((label) => label !== undefined) && new Set(labels).size === labels.length;
  if (!complete) {
    throw new ModelLoadError(
      `${path} id2label must name each logit index 0…${entries.length - 1} once with a distinct label; ` +
        `it has [${entries.map(([i, n]) => `${i}: ${String(n)}`).join(', ')}].`,
    );
  }
  return { labels: labels as string[], padTokenId: typeof pad === 'number' ? pad : undefined };
}
