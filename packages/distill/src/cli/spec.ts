import { DEFAULT_SYSTEM_PROMPT } from '@piiguard/sdk';

export const STEP_NAMES = [
  'messages',
  'label',
  'sft',
  'train',
  'deploy',
  'evaluate',
  'pocket',
  'run',
  'status',
] as const;
export type StepName = (typeof STEP_NAMES)[number];

/** One command-line option: its type, the steps that take it, its help line and default. */
export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  /** Placeholder shown in help, e.g. `<file>`. */
  readonly value?: string;
  readonly steps: readonly StepName[];
  readonly help: string;
  /** Shown in help; the resolver applies it. */
  readonly default?: string;
}

const GENERATE: readonly StepName[] = ['messages', 'run'];
const LABEL: readonly StepName[] = ['label', 'run'];
const SFT: readonly StepName[] = ['sft', 'run'];
const TRAIN: readonly StepName[] = ['train', 'run'];
const REMOTE: readonly StepName[] = ['train', 'deploy', 'run'];
const DEPLOY: readonly StepName[] = ['deploy', 'run'];
const EVALUATE: readonly StepName[] = ['evaluate', 'run'];
const POCKET: readonly StepName[] = ['pocket', 'run'];
const ALL: readonly StepName[] = STEP_NAMES;

export const DEFAULT_DIR = 'piiguard-distill';
export const DEFAULT_LANGUAGES = 'en=0.7,es=0.05,pt=0.05,fr=0.05,de=0.05,tr=0.05,id=0.05';
/** `trainPocket`'s defaults (the built-in weights' settings), passed explicitly so help and run agree. */
export const POCKET_DEFAULTS = Object.freeze({ epochs: 5, bits: 19, seed: 20261129 });
export const DEFAULT_LABEL_MIX = 'none=0.5,asking=0.25,giving=0.25';
export const DEFAULT_INFERENCE_URL = 'https://api.fireworks.ai/inference/v1';
export const DEFAULT_API_URL = 'https://api.fireworks.ai';
/** The card's base model, as Fireworks names it. */
export const DEFAULT_BASE_MODEL = 'accounts/fireworks/models/llama-v3p2-3b-instruct';

/** Every option of every step, in help order. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'dir',
    type: 'string',
    value: '<dir>',
    steps: ALL,
    help: 'run directory: every file and state.json',
    default: `./${DEFAULT_DIR}`,
  },
  { name: 'help', type: 'boolean', steps: ALL, help: 'this help' },
  {
    name: 'upload',
    type: 'boolean',
    steps: ['train', 'evaluate', 'label', 'run'],
    help: 'allow sending the messages to Fireworks (training data, the test split, a student teacher): they are the PII, so nothing leaves this machine without it',
  },

  {
    name: 'input',
    type: 'string',
    multiple: true,
    value: '<file>',
    steps: GENERATE,
    help: 'messages: .jsonl ({"text", "lang"?, "kind"?, "label"?, "speaker"?, "context"?}), .csv (header with a text column) or .txt (one per line); repeatable',
  },
  {
    name: 'format',
    type: 'string',
    value: 'jsonl|csv|lines',
    steps: GENERATE,
    help: 'read every --input as this format',
    default: 'by extension',
  },
  {
    name: 'text-column',
    type: 'string',
    value: '<name>',
    steps: GENERATE,
    help: 'CSV column holding the message',
    default: 'text',
  },
  {
    name: 'max-length',
    type: 'string',
    value: '<chars>',
    steps: GENERATE,
    help: 'longer messages are left out (counted), never truncated',
    default: '20000',
  },
  {
    name: 'generate',
    type: 'string',
    value: '<count>',
    steps: GENERATE,
    help: 'also generate this many messages with an OpenAI-compatible LLM',
  },
  {
    name: 'generator-model',
    type: 'string',
    value: '<model>',
    steps: GENERATE,
    help: 'the LLM that writes them (required with --generate)',
  },
  {
    name: 'generator-url',
    type: 'string',
    value: '<url>',
    steps: GENERATE,
    help: 'its OpenAI-compatible root (/chat/completions is appended)',
    default: DEFAULT_INFERENCE_URL,
  },
  {
    name: 'generator-key-env',
    type: 'string',
    value: '<NAME>',
    steps: GENERATE,
    help: 'environment variable holding its key (empty: no key sent)',
    default: 'FIREWORKS_API_KEY',
  },
  {
    name: 'languages',
    type: 'string',
    value: '<mix>',
    steps: GENERATE,
    help: 'language mix of generated messages',
    default: DEFAULT_LANGUAGES,
  },
  {
    name: 'label-mix',
    type: 'string',
    value: '<mix>',
    steps: GENERATE,
    help: 'intended label mix of generated messages (the teacher still labels them)',
    default: DEFAULT_LABEL_MIX,
  },
  {
    name: 'prompts',
    type: 'string',
    value: '<file>',
    steps: GENERATE,
    help: 'JSON {system?, user?, families?: {label: {family: description}}} replacing the built-in prompts',
  },
  {
    name: 'generate-batch',
    type: 'string',
    value: '<n>',
    steps: GENERATE,
    help: 'messages asked for per request',
    default: '20',
  },
  {
    name: 'temperature',
    type: 'string',
    value: '<x>',
    steps: GENERATE,
    help: 'sampling temperature of the generator',
    default: '1',
  },

  {
    name: 'teacher',
    type: 'string',
    value: '<folder|hub-id>',
    steps: LABEL,
    help: 'loadTeacher model',
    default: 'Roblox/roblox-pii-classifier',
  },
  {
    name: 'teacher-revision',
    type: 'string',
    value: '<rev>',
    steps: LABEL,
    help: 'Hub revision of --teacher (pin a commit)',
    default: 'main',
  },
  {
    name: 'teacher-device',
    type: 'string',
    value: 'auto|cuda|cpu',
    steps: LABEL,
    help: 'where the teacher runs',
    default: 'auto',
  },
  {
    name: 'thresholds',
    type: 'string',
    value: '<cutoffs>',
    steps: LABEL,
    help: 'cutoffs by head, e.g. asking=0.2,giving=0.3,pii=0.2691 (v1) or offPlatform=0.1 (v2); --drop-margin measures against the cutoffs in force',
    default: "the model profile's (other teachers: the v1 card's)",
  },
  {
    name: 'teacher-module',
    type: 'string',
    value: '<module>',
    steps: LABEL,
    help: 'instead: any module export that is a Classifier or a factory of one',
  },
  {
    name: 'teacher-export',
    type: 'string',
    value: '<name>',
    steps: LABEL,
    help: 'the export of --teacher-module',
    default: 'default',
  },
  {
    name: 'teacher-options',
    type: 'string',
    value: '<json>',
    steps: LABEL,
    help: "the factory's argument, as JSON",
  },
  {
    name: 'teacher-student',
    type: 'string',
    value: '<model>',
    steps: LABEL,
    help: 'instead: a hosted student through PiiClient (re-distillation; needs --upload)',
  },
  {
    name: 'drop-margin',
    type: 'string',
    value: '<x>',
    steps: LABEL,
    help: 'leave out records whose nearest score is within x of a cutoff (uncertain labels)',
    default: '0 (keep all)',
  },
  {
    name: 'batch-size',
    type: 'string',
    value: '<n>',
    steps: [...LABEL, 'evaluate', 'pocket'],
    help: 'texts per classifyBatch call',
    default: '64',
  },

  {
    name: 'split',
    type: 'string',
    value: '<train/val/test>',
    steps: SFT,
    help: 'split shares, stratified by label',
    default: '80/10/10',
  },
  { name: 'seed', type: 'string', value: '<n>', steps: SFT, help: 'seed of the split', default: '42' },
  {
    name: 'system-prompt',
    type: 'string',
    value: '<text>',
    steps: SFT,
    help: 'system turn of every example (query the student with the same one)',
    default: JSON.stringify(DEFAULT_SYSTEM_PROMPT),
  },

  {
    name: 'account',
    type: 'string',
    value: '<id>',
    steps: REMOTE,
    help: 'Fireworks account id',
    default: 'env FIREWORKS_ACCOUNT_ID',
  },
  {
    name: 'api-url',
    type: 'string',
    value: '<url>',
    steps: REMOTE,
    help: 'Fireworks control-plane root',
    default: `env FIREWORKS_API_URL, else ${DEFAULT_API_URL}`,
  },
  {
    name: 'base-model',
    type: 'string',
    value: '<model>',
    steps: TRAIN,
    help: 'model to fine-tune',
    default: DEFAULT_BASE_MODEL,
  },
  {
    name: 'lora-rank',
    type: 'string',
    value: '<n>',
    steps: TRAIN,
    help: "LoRA rank (the card: 16; alpha and target modules are Fireworks' own, see README)",
    default: '16',
  },
  {
    name: 'epochs',
    type: 'string',
    value: '<n>',
    steps: TRAIN,
    help: 'training epochs',
    default: "Fireworks' default",
  },
  {
    name: 'learning-rate',
    type: 'string',
    value: '<x>',
    steps: TRAIN,
    help: 'learning rate',
    default: "Fireworks' default",
  },
  {
    name: 'max-context-length',
    type: 'string',
    value: '<tokens>',
    steps: TRAIN,
    help: 'training context length',
    default: "Fireworks' default",
  },
  {
    name: 'output-model',
    type: 'string',
    value: '<id>',
    steps: TRAIN,
    help: 'id of the fine-tuned model',
    default: 'pg-<run>-student-<settings>-<attempt>',
  },
  {
    name: 'retrain',
    type: 'boolean',
    steps: TRAIN,
    help: 'after a failed or cancelled job: start a new one',
  },
  {
    name: 'min-replicas',
    type: 'string',
    value: '<n>',
    steps: DEPLOY,
    help: 'deployment replicas kept up (0 scales to zero when idle)',
    default: "Fireworks' default (0)",
  },
  {
    name: 'max-replicas',
    type: 'string',
    value: '<n>',
    steps: DEPLOY,
    help: 'deployment replicas at most',
    default: "Fireworks' default",
  },
  {
    name: 'accelerator-type',
    type: 'string',
    value: '<type>',
    steps: DEPLOY,
    help: 'e.g. NVIDIA_A100_80GB, NVIDIA_H100_80GB',
    default: "Fireworks' default",
  },
  {
    name: 'poll-interval',
    type: 'string',
    value: '<seconds>',
    steps: REMOTE,
    help: 'time between status polls',
    default: '30',
  },
  {
    name: 'max-wait',
    type: 'string',
    value: '<seconds>',
    steps: REMOTE,
    help: 'give up waiting for the job (deployment) after this long; rerun to keep waiting',
    default: '86400 (deploy: 7200)',
  },
  {
    name: 'request-timeout',
    type: 'string',
    value: '<seconds>',
    steps: [...REMOTE, 'messages', 'evaluate'],
    help: 'one HTTP attempt (uploads: --upload-timeout)',
    default: "60 (evaluate: 10, the client's)",
  },
  {
    name: 'upload-timeout',
    type: 'string',
    value: '<seconds>',
    steps: TRAIN,
    help: 'one dataset upload',
    default: '600',
  },
  {
    name: 'show-server-messages',
    type: 'boolean',
    steps: REMOTE,
    help: "print a failed job's or deployment's status message from Fireworks (it may quote your data)",
  },

  {
    name: 'model',
    type: 'string',
    value: '<model>',
    steps: EVALUATE,
    help: 'the student to evaluate',
    default: 'the deployed one (state.json)',
  },
  {
    name: 'inference-url',
    type: 'string',
    value: '<url>',
    steps: [...EVALUATE, 'label'],
    help: 'OpenAI-compatible root of the student',
    default: `env FIREWORKS_BASE_URL, else ${DEFAULT_INFERENCE_URL}`,
  },
  {
    name: 'concurrency',
    type: 'string',
    value: '<n>',
    steps: [...GENERATE, 'evaluate'],
    help: 'requests in flight at once',
    default: '4 (evaluate: 16)',
  },
  {
    name: 'weights',
    type: 'string',
    value: '<file>',
    steps: POCKET,
    help: 'score this pocket weights file (loadPocket({ weights })) instead of retraining one',
    default: 'retrain on the train split',
  },
  {
    name: 'pocket-corpus',
    type: 'string',
    multiple: true,
    value: '<file.jsonl>',
    steps: POCKET,
    help: 'more training messages, one {"text","label"} per line (e.g. the built-in corpus: packages/pocket/scripts/write-corpus.ts --labelled)',
    default: 'none',
  },
  {
    name: 'pocket-epochs',
    type: 'string',
    value: '<n>',
    steps: POCKET,
    help: 'passes over the training messages',
    default: String(POCKET_DEFAULTS.epochs),
  },
  {
    name: 'pocket-bits',
    type: 'string',
    value: '<n>',
    steps: POCKET,
    help: 'feature table of 2^n rows (8..24; the weights file is about 4 x 2^n bytes)',
    default: String(POCKET_DEFAULTS.bits),
  },
  {
    name: 'pocket-seed',
    type: 'string',
    value: '<n>',
    steps: POCKET,
    help: 'seed of the training order (same labels and seed: the same weights file)',
    default: String(POCKET_DEFAULTS.seed),
  },
  {
    name: 'style',
    type: 'string',
    value: 'text|markdown',
    steps: [...EVALUATE, 'pocket'],
    help: 'table style',
    default: 'text',
  },
];

export const STEP_SUMMARIES: Readonly<Record<StepName, string>> = {
  messages:
    '1. read your messages (JSONL/CSV/TXT) and/or generate them with an LLM; dedupe; report count and mix',
  label:
    '2. label them with a teacher: raw scores + thresholded label; --drop-margin leaves out uncertain ones',
  sft: '3. write Fireworks SFT data (system/user/assistant), a seeded stratified split and manifest.json',
  train: '4. upload the SFT data and fine-tune on Fireworks (LoRA); needs --upload',
  deploy: '5. deploy the fine-tuned model on a dedicated deployment; prints the model string for PiiClient',
  evaluate: '6. score the student (through PiiClient) and the teacher on the test split; needs --upload',
  pocket:
    '7. retrain the pocket model on the teacher labels (pocket-weights.json) and score it and the built-in one on the test split',
  run: 'every step in order, skipping what state.json says is done',
  status: 'what state.json says: steps done, remote resources and their states',
};
