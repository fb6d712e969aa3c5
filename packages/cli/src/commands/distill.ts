import { CliError, EXIT, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';

export const DISTILL_USAGE = `Usage: piiguard distill <step> [options]

Makes your own student, as the model card did: messages → teacher labels → SFT data → a LoRA
fine-tune and deployment on Fireworks → evaluation, and a retrained pocket model. Provided by the
@piiguard/distill package (install it next to piiguard); 'piiguard distill --help' lists its steps
and 'piiguard distill <step> --help' each step's options. Nothing is uploaded without --upload.`;

type DistillModule = typeof import('@piiguard/distill');

/** What to install when `distill` is used without its package: an optional peer of the cli. */
export const DISTILL_INSTALL_HINT =
  'install it next to piiguard: npm install -g @piiguard/distill (for a global piiguard) or npm install @piiguard/distill (in the project)';

/**
 * `piiguard distill ...`: hands the arguments to @piiguard/distill's `runDistill`, imported only
 * here, so a plain classify/eval install never carries the pipeline.
 */
export async function runDistillCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let distill: DistillModule;
  try {
    distill = await import('@piiguard/distill');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const missing = code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
    throw new CliError(
      missing
        ? `distill needs the @piiguard/distill package, which is not installed; ${DISTILL_INSTALL_HINT}`
        : 'the @piiguard/distill package is installed but cannot be loaded (a broken install?)',
      EXIT.classifierUnavailable,
      { cause: error },
    );
  }
  const status = await distill.runDistill(argv, io);
  return (Object.values(EXIT) as number[]).includes(status) ? (status as ExitCode) : EXIT.someFailed;
}
