import { resolve } from 'node:path';
import { isPiiguardError } from '@piiguard/sdk';
import { parseStepArgs, type StepArgs } from './cli/args.js';
import { generalHelp, stepHelp } from './cli/help.js';
import { DEFAULT_DIR, STEP_NAMES, type StepName } from './cli/spec.js';
import { DISTILL_EXIT, DistillError, type DistillExitCode } from './exit-codes.js';
import { type DistillIO, Reporter } from './io.js';
import { runLayout } from './layout.js';
import { RunState } from './state.js';
import type { StepContext } from './steps/context.js';
import { deployStep } from './steps/deploy.js';
import { evaluateStep } from './steps/evaluate.js';
import { labelStep } from './steps/label.js';
import { messagesStep } from './steps/messages.js';
import { pocketStep } from './steps/pocket.js';
import { sftStep } from './steps/sft.js';
import { statusStep } from './steps/status.js';
import { trainStep } from './steps/train.js';

type Step = (context: StepContext) => Promise<void>;

const STEPS: Readonly<Record<Exclude<StepName, 'run'>, Step>> = {
  messages: messagesStep,
  label: labelStep,
  sft: sftStep,
  train: trainStep,
  deploy: deployStep,
  evaluate: evaluateStep,
  pocket: pocketStep,
  status: statusStep,
};

/** `run`: every step in order; the remote ones (and evaluate, which sends the test split) only with --upload. */
async function runAll(context: StepContext): Promise<void> {
  const order: Exclude<StepName, 'run' | 'status'>[] = context.args.flag('upload')
    ? ['messages', 'label', 'sft', 'train', 'deploy', 'evaluate', 'pocket']
    : ['messages', 'label', 'sft', 'pocket'];
  for (const step of order) {
    context.report.line(`== ${step}`);
    await STEPS[step](context);
    context.report.line();
  }
  if (!context.args.flag('upload')) {
    context.report.line(
      'Stopped before train: nothing was sent to Fireworks. Add --upload to fine-tune, deploy and evaluate.',
    );
  }
}

/** The exit code and the message printed for what a step threw. */
function failure(
  error: unknown,
  signal: AbortSignal | undefined,
): { code: DistillExitCode; message: string } {
  if (signal?.aborted || (isPiiguardError(error) && error.kind === 'abort')) {
    return {
      code: DISTILL_EXIT.interrupted,
      message: 'interrupted; state.json is kept: run the same command again to resume.',
    };
  }
  if (error instanceof DistillError) return { code: error.exitCode, message: error.message };
  if (isPiiguardError(error)) {
    // piiguard's messages never hold a key or a message text, so they are printed as they are.
    const code =
      error.kind === 'configuration'
        ? DISTILL_EXIT.usage
        : error.kind === 'model-load' ||
            (error.kind === 'authentication' && !('status' in error && error.status))
          ? DISTILL_EXIT.classifierUnavailable
          : DISTILL_EXIT.failed;
    const hint = code === DISTILL_EXIT.failed ? ' (state.json is kept: rerun to resume)' : '';
    return { code, message: `${error.name}: ${error.message}${hint}` };
  }
  // Anything else may carry text from its source; only its name and system code are shown.
  const name = error instanceof Error ? error.name : 'Error';
  const code = (error as { code?: unknown } | undefined)?.code;
  return {
    code: DISTILL_EXIT.failed,
    message: `unexpected ${name}${typeof code === 'string' ? ` (${code})` : ''}`,
  };
}

/**
 * `piiguard distill <step> [options]` as a function, for the `piiguard` CLI to mount and for
 * tests: parses `argv` (the arguments after `distill`), runs the step in `--dir`, writes reports
 * to `io.stdout` and progress and errors to `io.stderr`, and resolves to the exit code (see
 * `DISTILL_EXIT`). It never throws and never calls `process.exit`.
 */
export async function runDistill(argv: readonly string[], io: DistillIO): Promise<DistillExitCode> {
  const [step, ...rest] = argv;
  if (step === undefined || step === '--help' || step === '-h' || step === 'help') {
    (step === undefined ? io.stderr : io.stdout).write(generalHelp());
    return step === undefined ? DISTILL_EXIT.usage : DISTILL_EXIT.ok;
  }
  if (!(STEP_NAMES as readonly string[]).includes(step)) {
    io.stderr.write(`piiguard distill: unknown step "${step.slice(0, 40)}"; see piiguard distill --help\n`);
    return DISTILL_EXIT.usage;
  }
  const name = step as StepName;
  const report = new Reporter(io);
  let args: StepArgs;
  try {
    args = parseStepArgs(name, rest);
  } catch (error) {
    io.stderr.write(
      `piiguard distill ${name}: ${failure(error, undefined).message}\n  see piiguard distill ${name} --help\n`,
    );
    return DISTILL_EXIT.usage;
  }
  if (args.flag('help')) {
    io.stdout.write(stepHelp(name));
    return DISTILL_EXIT.ok;
  }
  try {
    const layout = runLayout(resolve(io.cwd, args.string('dir') ?? DEFAULT_DIR));
    const state = await RunState.open(layout.state);
    const context: StepContext = { io, report, layout, state, args };
    await (name === 'run' ? runAll(context) : STEPS[name](context));
    return DISTILL_EXIT.ok;
  } catch (error) {
    report.clearProgress();
    const { code, message } = failure(error, io.signal);
    io.stderr.write(`piiguard distill ${name}: ${message}\n`);
    if (code === DISTILL_EXIT.usage) io.stderr.write(`  see piiguard distill ${name} --help\n`);
    return code;
  }
}
