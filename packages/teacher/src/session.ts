import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ModelLoadError } from '@piiguard/sdk';
import { InferenceSession } from 'onnxruntime-node';

/** Where the teacher runs. `auto`: CUDA when its provider loads, else CPU. */
export type TeacherDevice = 'auto' | 'cuda' | 'cpu';
/** The execution provider a loaded teacher actually uses. */
export type TeacherProvider = 'cuda' | 'cpu';

export interface OpenedSession {
  readonly session: InferenceSession;
  readonly provider: TeacherProvider;
  /** Set when `auto` fell back to CPU: why, and how to get CUDA. */
  readonly warning: string | undefined;
}

const ortRoot = dirname(createRequire(import.meta.url).resolve('onnxruntime-node/package.json'));
const ortBinFolder = join(ortRoot, 'bin', 'napi-v6', process.platform, process.arch);
const cudaProviderFile = join(ortBinFolder, 'libonnxruntime_providers_cuda.so');

/**
 * onnxruntime's pool threads busy-wait between operators by default. On cores shared with the host
 * (and with anything else) that spinning steals the CPU the host's event loop and the other pool
 * threads need: measured here on 2 busy cores, turning it off made the same batches run up to 2x faster.
 */
export const NO_SPINNING = {
  session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } },
};

/** How to install the CUDA provider; onnxruntime-node's install script fetches it from NuGet. */
export function cudaInstallHelp(): string {
  return (
    'onnxruntime-node ships CPU binaries only; its CUDA provider (CUDA 12 + cuDNN 9, Linux x64) is ' +
    `downloaded by its install script into ${ortBinFolder}. Package managers that skip install ` +
    'scripts (pnpm, npm 11, ONNXRUNTIME_NODE_INSTALL=skip) leave it out. Install it with: ' +
    `ONNXRUNTIME_NODE_INSTALL=1 node ${join(ortRoot, 'script', 'install.js')} ` +
    "(or allow onnxruntime-node's build script and reinstall), then make sure the CUDA 12 and cuDNN 9 " +
    'libraries are on LD_LIBRARY_PATH.'
  );
}

/** Why CUDA cannot be used before even trying, or `undefined` if it may work. */
function cudaBlocker(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `onnxruntime-node has no CUDA provider for ${process.platform}/${process.arch}`;
  }
  // Checked up front: trying a missing provider makes onnxruntime print a native error to stderr.
  if (!existsSync(cudaProviderFile))
    return `the CUDA provider is not installed (${cudaProviderFile} is missing)`;
  return undefined;
}

/**
 * Opens the ONNX model on the requested device. Graph optimisation is fully on; `intraOpNumThreads`
 * 0 lets onnxruntime choose (one thread per physical core).
 */
export async function openSession(
  modelPath: string,
  device: TeacherDevice,
  intraOpNumThreads: number,
): Promise<OpenedSession> {
  const options = (executionProviders: string[]): InferenceSession.SessionOptions => ({
    executionProviders,
    graphOptimizationLevel: 'all',
    ...(intraOpNumThreads > 0 ? { intraOpNumThreads } : {}),
    extra: NO_SPINNING,
  });
  if (device !== 'cpu') {
    let reason = cudaBlocker();
    if (reason === undefined) {
      try {
        const session = await InferenceSession.create(modelPath, options(['cuda', 'cpu']));
        return { session, provider: 'cuda', warning: undefined };
      } catch (error) {
        reason = `the CUDA provider failed to load: ${(error as Error).message}`;
      }
    }
    if (device === 'cuda') {
      throw new ModelLoadError(`device 'cuda' was requested but ${reason}. ${cudaInstallHelp()}`);
    }
    const session = await openCpu(modelPath, options(['cpu']));
    return {
      session,
      provider: 'cpu',
      warning: `The teacher runs on CPU: ${reason}. Pass device: 'cpu' to silence this. ${cudaInstallHelp()}`,
    };
  }
  return { session: await openCpu(modelPath, options(['cpu'])), provider: 'cpu', warning: undefined };
}

async function openCpu(
  modelPath: string,
  options: InferenceSession.SessionOptions,
): Promise<InferenceSession> {
  try {
    return await InferenceSession.create(modelPath, options);
  } catch (error) {
    throw new ModelLoadError(`onnxruntime cannot load ${modelPath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
