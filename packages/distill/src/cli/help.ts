import { DISTILL_EXIT } from '../exit-codes.js';
import { OPTIONS, STEP_NAMES, STEP_SUMMARIES, type StepName } from './spec.js';

const COMMAND = 'piiguard distill';

/** The help of one step: what it does, its options with defaults, what it reads and writes. */
export function stepHelp(step: StepName): string {
  const rows = OPTIONS.filter((spec) => spec.steps.includes(step)).map((spec) => ({
    left: `--${spec.name}${spec.value ? ` ${spec.value}` : ''}`,
    right: `${spec.help}${spec.default ? ` (default: ${spec.default})` : ''}`,
  }));
  const width = Math.max(...rows.map((row) => row.left.length));
  return [
    `${COMMAND} ${step} — ${STEP_SUMMARIES[step]}`,
    '',
    `Usage: ${COMMAND} ${step} [options]`,
    '',
    STEP_DETAILS[step],
    '',
    'Options:',
    ...rows.map((row) => `  ${row.left.padEnd(width)}  ${row.right}`),
    '',
  ].join('\n');
}

const STEP_DETAILS: Readonly<Record<StepName, string>> = {
  messages:
    'Reads every --input and, with --generate, asks an OpenAI-compatible LLM for messages per label,\n' +
    'message family and language (prompts: --prompts). Deduplicates after normalisation (NFKC, case,\n' +
    'invisible characters, spaces), leaves out empty and over-long ones, and reports the count and mix.\n' +
    'Writes messages.jsonl. Generation is checkpointed: a rerun asks only for what is missing.',
  label:
    'Labels messages.jsonl with the teacher (a loadTeacher model, any Classifier module, or a hosted\n' +
    'student), passing conversation context where a record has one. Every record keeps the raw scores\n' +
    'and the thresholded label. Writes labels.jsonl, dropped.jsonl (uncertain labels) and teacher.json.\n' +
    'Answers are checkpointed per batch: a rerun labels only what is left.',
  sft:
    'Writes sft/{train,validation,test}.jsonl in Fireworks\' chat format {"messages": [system, user,\n' +
    "assistant]} with exactly the turns PiiClient sends (the sdk's studentMessages), the test split as\n" +
    'test.eval.jsonl (@piiguard/eval format, teacher labels), and manifest.json: counts per label,\n' +
    "language and split, the teacher's model and revision, and the SHA-256 of every file.",
  train:
    'Creates two Fireworks datasets (train, validation), uploads the SFT files, creates a supervised\n' +
    'fine-tuning job (LoRA on --base-model) and polls it until it ends. Nothing is sent without\n' +
    '--upload. Every resource id is chosen before it is created and saved in state.json, so a crash\n' +
    'or Ctrl-C resumes without creating anything twice. Needs FIREWORKS_API_KEY and --account.',
  deploy:
    'Deploys the fine-tuned model on a dedicated (on-demand) deployment — Fireworks serves LoRA\n' +
    'fine-tunes only there — polls it until it is READY and prints the `model` string PiiClient takes:\n' +
    '<model>#<deployment>. Deployments are billed while they have replicas.',
  evaluate:
    "Classifies the test split with the student through PiiClient and prints @piiguard/eval's tables:\n" +
    'accuracy, per-class precision/recall/F1, the confusion matrix, and student–teacher agreement\n' +
    "(with Cohen's kappa). Where your messages carried human labels, the student and the teacher are\n" +
    'also scored against them. Writes evaluation.json. Sends the test messages: needs --upload.',
  pocket:
    "Retrains the pocket model (trainPocket of @piiguard/pocket/train) on the teacher's labels of the\n" +
    'train split, plus any --pocket-corpus rows, with its decision rule fitted on the validation split;\n' +
    'writes pocket-weights.json (loadPocket({ weights }) loads it), then scores it and the built-in\n' +
    'weights on the test split against the teacher labels, with the same tables as evaluate. With\n' +
    '--weights, scores that file instead of training. Writes pocket-evaluation.json. Local only.',
  run:
    'Runs messages, label, sft, then — with --upload — train, deploy and evaluate, then pocket.\n' +
    'Steps whose inputs and settings did not change since state.json recorded them are skipped, so\n' +
    'the same command resumes an interrupted run. Without --upload it stops after sft.',
  status: 'Prints the steps state.json records as done, and the Fireworks resources with their last state.',
};

/** The command's own help: the steps, how they chain, the exit codes. */
export function generalHelp(): string {
  const width = Math.max(...STEP_NAMES.map((s) => s.length));
  return [
    `${COMMAND} — make your own student: messages → teacher labels → Fireworks SFT data → LoRA`,
    'fine-tune and deployment → evaluation, and the pocket model scored on the same labels.',
    '',
    `Usage: ${COMMAND} <step> [options]      (${COMMAND} <step> --help for its options)`,
    '',
    'Steps (each reads what the previous one wrote in --dir):',
    ...STEP_NAMES.map((s) => `  ${s.padEnd(width)}  ${STEP_SUMMARIES[s]}`),
    '',
    'Keys come from the environment only: FIREWORKS_API_KEY (and --generator-key-env).',
    '',
    'Exit codes:',
    `  ${DISTILL_EXIT.ok}    done`,
    `  ${DISTILL_EXIT.failed}    a step failed (a job or deployment failed, an API error after retries); rerun to resume`,
    `  ${DISTILL_EXIT.usage}    bad usage: unknown step or option, impossible value`,
    `  ${DISTILL_EXIT.unreadableInput}    an input could not be read or is malformed`,
    `  ${DISTILL_EXIT.classifierUnavailable}    a classifier cannot be used: no API key, a teacher that cannot load`,
    `  ${DISTILL_EXIT.interrupted}  interrupted (Ctrl-C); state.json is kept, rerun to resume`,
    '',
  ].join('\n');
}
