import { randomBytes } from 'node:crypto';
import { InputError } from './exit-codes.js';
import { readIfExists, sha256, writeFileAtomic } from './files.js';

/** A local step's record: what it read, with which settings, and what it wrote. */
export interface LocalStepState {
  /** SHA-256 of the step's input file. */
  readonly input: string;
  /** SHA-256 of the settings that shape the output. */
  readonly settings: string;
  /** SHA-256 of each output file, by path relative to the run directory. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Counts reported when the step finished, shown again when it is skipped. */
  readonly summary: Readonly<Record<string, number>>;
}

/** One Fireworks dataset of the run. */
export interface DatasetState {
  readonly id: string;
  /** `accounts/<account>/datasets/<id>`. */
  readonly name: string;
  /** SHA-256 of the file it holds. */
  readonly file: string;
  created?: boolean;
  uploaded?: boolean;
  ready?: boolean;
}

export interface JobState {
  readonly id: string;
  /** Counts up with `--retrain` after a failed or cancelled job. */
  readonly attempt: number;
  /** SHA-256 of the job's settings (base model, LoRA rank, epochs…) and datasets. */
  readonly settings: string;
  created?: boolean;
  /** `accounts/<account>/supervisedFineTuningJobs/<id>`. */
  name?: string;
  /** The last state polled, e.g. `JOB_STATE_RUNNING`. */
  state?: string;
  /** `accounts/<account>/models/<id>`, once known. */
  outputModel?: string;
}

export interface DeploymentState {
  readonly id: string;
  /** The model deployed. */
  readonly model: string;
  readonly settings: string;
  created?: boolean;
  name?: string;
  state?: string;
  /** `<model>#<deployment name>`: what `PiiClient({ model })` takes. */
  clientModel?: string;
}

export interface RemoteState {
  readonly account: string;
  readonly datasets: { train?: DatasetState; validation?: DatasetState };
  job?: JobState;
  deployment?: DeploymentState;
}

export interface DistillStateFile {
  readonly format: 'piiguard-distill-state/1';
  /** Random per run directory: keeps Fireworks resource ids of two runs in one account apart. */
  readonly runId: string;
  readonly steps: Partial<Record<'messages' | 'label' | 'sft' | 'evaluate' | 'pocket', LocalStepState>>;
  remote?: RemoteState;
}

const FORMAT = 'piiguard-distill-state/1';

/** Settings fingerprint: stable JSON (keys sorted) hashed. */
export function fingerprint(value: unknown): string {
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v as object)
              .sort()
              .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
          )
        : v;
  return sha256(JSON.stringify(stable(value)));
}

/**
 * The run's state file (`state.json`): which steps are done and with what, and every remote
 * resource the run created. Saved atomically after every change, so a crash or Ctrl-C at any
 * point resumes from the last finished sub-step; remote ids are chosen before the create request
 * is sent, so a create whose answer was lost is found again instead of repeated.
 */
export class RunState {
  readonly path: string;
  readonly data: DistillStateFile;

  private constructor(path: string, data: DistillStateFile) {
    this.path = path;
    this.data = data;
  }

  static async open(path: string): Promise<RunState> {
    const text = await readIfExists(path);
    if (text === undefined) {
      return new RunState(path, { format: FORMAT, runId: randomBytes(4).toString('hex'), steps: {} });
    }
    let data: DistillStateFile;
    try {
      data = JSON.parse(text) as DistillStateFile;
    } catch {
      throw new InputError(`${path} is not valid JSON; move it away to start the run over.`);
    }
    if (data?.format !== FORMAT || typeof data.runId !== 'string' || typeof data.steps !== 'object') {
      throw new InputError(`${path} is not a piiguard distill state file; move it away to start over.`);
    }
    return new RunState(path, data);
  }

  async save(): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}
