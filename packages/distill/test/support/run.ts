import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDistill } from '../../src/index.js';
import { ACCOUNT, API_KEY, type FakeFireworks } from './fireworks-server.js';

/** The teacher fixture built by @piiguard/teacher's scripts: a real XLM-R graph with a planted signal. */
export const TINY_TEACHER = fileURLToPath(new URL('../../../teacher/fixtures/tiny', import.meta.url));

export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: Record<string, string | undefined>;
  readonly signal?: AbortSignal;
  /** Pretend stderr is a terminal, so progress lines are written (and seen by `onStderr`). */
  readonly tty?: boolean;
  readonly onStderr?: (chunk: string) => void;
}

/** Runs `piiguard distill <argv>` in-process and captures what it writes. */
export async function distill(argv: readonly string[], options: RunOptions): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await runDistill(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: {
      isTTY: options.tty ?? false,
      write: (chunk: string) => {
        stderr += chunk;
        options.onStderr?.(chunk);
      },
    },
    env: options.env ?? {},
    cwd: options.cwd,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { code, stdout, stderr };
}

/** The options that point the train and deploy steps at the fake server, with fast polls. */
export const remoteArgs = (server: FakeFireworks) => [
  '--account',
  ACCOUNT,
  '--api-url',
  server.url,
  '--poll-interval',
  '0.005',
];

export const fireworksEnv = { FIREWORKS_API_KEY: API_KEY };

/** Messages a user might bring: chat with PII and without, some with a human label, one in a conversation. */
export const USER_MESSAGES = [
  { text: 'whats ur snap?', label: 'asking', lang: 'en' },
  { text: 'my email is kim@example.com', label: 'giving', lang: 'en' },
  { text: 'gg wp that was fun', label: 'none', lang: 'en' },
  { text: 'where do you live?', label: 'asking' },
  { text: 'add me on discord its kim#1234', label: 'giving' },
  { text: 'the game is fun and we play it all day', label: 'none' },
  { text: 'GG  WP that was fun' },
  { text: 'my phone number is 555 0100', lang: 'en' },
  { text: 'what school u go to?' },
  { text: 'come join the team we play all day' },
  { text: 'nice shot' },
  { text: 'tell me your address' },
  { text: 'my mail is bob@gmail.com' },
  { text: 'the game is so fun' },
  { text: 'who are you?' },
  { text: 'i live on main street' },
  { text: 'so fun lol' },
  { text: 'send me ur insta' },
  { text: 'dale que buena partida', lang: 'es' },
  { text: 'cual es tu numero?', lang: 'es' },
  { text: 'mi correo es ana@example.com', lang: 'es' },
  { text: '   ' },
  { text: 'ya same as here', speaker: 'b', context: [{ speaker: 'a', text: 'u on the yellow app?' }] },
];

/** A fresh directory with `messages.jsonl` of `USER_MESSAGES` in it. */
export async function workspace(rows: readonly unknown[] = USER_MESSAGES): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'piiguard-distill-'));
  await writeFile(join(dir, 'input.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
  return dir;
}

/** The records of a JSONL file, in order; none when the file does not exist (yet). */
export const readJsonl = async (path: string) =>
  (await readFile(path, 'utf8').catch(() => ''))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

/** A copy of a prepared workspace in a new temp folder, so each test changes only its own. */
export async function copyOfWorkspace(prepared: string, prefix: string): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), prefix));
  await cp(prepared, cwd, { recursive: true });
  return cwd;
}
