/** What the sdk benchmarks share: the loopback server in its own process, and the raw request. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MODEL, DEFAULT_SYSTEM_PROMPT } from '../src/index.js';

export function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `loopback-server.ts` in a child process, on core 1 when `pin` (so its CPU time never counts
 * as the client's, and it never stalls the client's core); resolves once it prints its URL.
 */
export async function startServer(pin: boolean): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./loopback-server.ts', import.meta.url));
  const args = [process.execPath, '--import', 'tsx', script];
  const stdio: ['ignore', 'pipe', 'inherit'] = ['ignore', 'pipe', 'inherit'];
  const child = pin
    ? spawn('taskset', ['-c', '1', ...args], { stdio })
    : spawn(args[0]!, args.slice(1), { stdio });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: chunk.toString().trim(), child };
}

/** The headers every variant sends. */
export function benchHeaders(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json' };
}

/** The chat-completions body of the model card, as a client without piiguard would build it. */
export function chatBody(text: string) {
  return {
    model: DEFAULT_MODEL,
    temperature: 0,
    max_tokens: 4,
    logprobs: true,
    top_logprobs: 5,
    messages: [
      { role: 'system' as const, content: DEFAULT_SYSTEM_PROMPT },
      { role: 'user' as const, content: `Message: "${text}"` },
    ],
  };
}
