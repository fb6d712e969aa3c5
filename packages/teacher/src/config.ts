import { readFile } from 'node:fs/promises';
import { ModelLoadError } from '@piiguard/sdk';

/** The teacher's two output labels, as the Roblox models name them in `config.json`. */
export const PII_LABELS = { asking: 'privacy_asking_for_pii', giving: 'privacy_giving_pii' } as const;

/** What the teacher needs from `config.json`. */
export interface ModelConfig {
  /** Logit index of each class, from `id2label` (never assumed). */
  readonly labelIndex: { readonly asking: number; readonly giving: number };
  /** The padding id the model's position ids are computed from; `undefined` when not stated. */
  readonly padTokenId: number | undefined;
}

/** Reads and checks `config.json`: exactly the two PII labels, in whatever order. */
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
    throw new ModelLoadError(`${path} has no id2label; the teacher needs a two-label PII classifier.`);
  }
  const entries = Object.entries(id2label as Record<string, unknown>);
  const names = entries.map(([, name]) => String(name));
  const index = (label: string) => {
    const entry = entries.find(([, name]) => name === label);
    return entry === undefined ? -1 : Number(entry[0]);
  };
  const asking = index(PII_LABELS.asking);
  const giving = index(PII_LABELS.giving);
  const valid = (i: number) => Number.isInteger(i) && (i === 0 || i === 1);
  if (entries.length !== 2 || !valid(asking) || !valid(giving) || asking === giving) {
    throw new ModelLoadError(
      `The model's labels are [${names.join(', ')}] (config.json id2label); the teacher needs exactly ` +
        `${PII_LABELS.asking} and ${PII_LABELS.giving} at indices 0 and 1. Is this the Roblox PII classifier?`,
    );
  }
  return { labelIndex: { asking, giving }, padTokenId: typeof pad === 'number' ? pad : undefined };
}
