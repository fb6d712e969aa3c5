import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SYSTEM_PROMPT, LABELS, studentMessages } from '@piiguard/sdk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/files.js';
import { validateSftJsonl } from '../src/index.js';
import {
  API_KEY,
  type FakeFireworks,
  GENERATOR_MODEL,
  startFakeFireworks,
  studentLabel,
} from './support/fireworks-server.js';
import {
  copyOfWorkspace,
  distill,
  fireworksEnv,
  readJsonl,
  remoteArgs,
  TINY_TEACHER,
  workspace,
} from './support/run.js';

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

let server: FakeFireworks | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The local steps' options of the prepared run: a resumed run repeats them. */
const LOCAL = [
  '--input',
  'input.jsonl',
  '--teacher',
  TINY_TEACHER,
  '--teacher-device',
  'cpu',
  '--dir',
  'run',
];

/** A workspace whose run's local steps (messages, label, sft) are done, copied per test. */
let prepared: string;
beforeAll(async () => {
  prepared = await workspace();
  const result = await distill(['run', ...LOCAL], { cwd: prepared });
  expect(result.code, result.stderr).toBe(0);
});

async function preparedRun(): Promise<{ cwd: string; dir: string }> {
  const cwd = await copyOfWorkspace(prepared, 'piiguard-distill-remote-');
  return { cwd, dir: join(cwd, 'run') };
}

describe('the whole pipeline on loopback Fireworks', () => {
  it('takes messages to a deployed, evaluated student: generated + user messages, teacher labels, SFT data, job, deployment', async () => {
    server = await startFakeFireworks();
    const cwd = await workspace();
    const result = await distill(
      [
        'run',
        '--input',
        'input.jsonl',
        '--generate',
        '30',
        '--generator-model',
        GENERATOR_MODEL,
        '--generator-url',
        server.inferenceURL,
        '--languages',
        'en=0.5,es=0.5',
        '--teacher',
        TINY_TEACHER,
        '--teacher-device',
        'cpu',
        '--upload',
        ...remoteArgs(server),
        '--inference-url',
        server.inferenceURL,
      ],
      { cwd, env: fireworksEnv },
    );
    expect(result.code, result.stderr).toBe(0);
    const dir = join(cwd, 'piiguard-distill');
    const state = await readJson(join(dir, 'state.json'));
    const { job, deployment, datasets } = state.remote;

    // The model string the client needs: <model>#<deployment>.
    expect(deployment.clientModel).toBe(`${job.outputModel}#accounts/acme/deployments/${deployment.id}`);
    expect(result.stdout).toContain(`model: ${deployment.clientModel}`);

    // Each resource created once; the uploads are exactly the local SFT files.
    expect(server.count('POST', /\/datasets$/)).toBe(2);
    expect(server.count('POST', /:upload$/)).toBe(2);
    expect(server.count('POST', /\/supervisedFineTuningJobs$/)).toBe(1);
    expect(server.count('POST', /\/deployments$/)).toBe(1);
    expect(server.requests.every((r) => r.authorized)).toBe(true);
    const train = await readFile(join(dir, 'sft', 'train.jsonl'), 'utf8');
    const validation = await readFile(join(dir, 'sft', 'validation.jsonl'), 'utf8');
    expect(server.datasets.get(datasets.train.id)?.content).toBe(train);
    expect(server.datasets.get(datasets.validation.id)?.content).toBe(validation);
    expect(validateSftJsonl(train)).toEqual([]);

    // The job: the card's base model and LoRA rank, trained on train, validated on validation.
    const jobBody = server.jobs.get(job.id)!.body;
    expect(jobBody).toMatchObject({
      dataset: `accounts/acme/datasets/${datasets.train.id}`,
      evaluationDataset: `accounts/acme/datasets/${datasets.validation.id}`,
      baseModel: 'accounts/fireworks/models/llama-v3p2-3b-instruct',
      loraRank: 16,
    });
    expect(server.deployments.get(deployment.id)!.body.baseModel).toBe(job.outputModel);

    // Every training example is the client's own turns plus the teacher's label.
    const labels = new Map(
      (await readJsonl(join(dir, 'labels.jsonl'))).map((r) => [r.text, r.teacher.label]),
    );
    for (const example of await readJsonl(join(dir, 'sft', 'train.jsonl'))) {
      const [system, user, assistant] = example.messages;
      expect(system).toEqual({ role: 'system', content: DEFAULT_SYSTEM_PROMPT });
      const text = [...labels.keys()].find((t) => studentMessages(t)[1]!.content === user.content);
      expect(text).toBeDefined();
      expect(assistant).toEqual({ role: 'assistant', content: labels.get(text!) });
    }

    // The student was queried once per test message, exactly as it was trained.
    const test = await readJsonl(join(dir, 'test.eval.jsonl'));
    expect(server.studentTurns).toHaveLength(test.length);
    expect(new Set(server.studentTurns.map((t) => t.user))).toEqual(
      new Set(test.map((e) => studentMessages(e.text)[1]!.content)),
    );
    expect(
      server.studentTurns.every(
        (t) => t.system === DEFAULT_SYSTEM_PROMPT && t.model === deployment.clientModel,
      ),
    ).toBe(true);

    // Its figures are the agreement of its answers with the teacher's labels, computed independently here.
    const evaluation = await readJson(join(dir, 'evaluation.json'));
    const agree = test.filter((e) => studentLabel(e.text) === e.label).length;
    expect(evaluation.student.vsTeacher.correct).toBe(agree);
    expect(evaluation.student.vsTeacher.total).toBe(test.length);
    expect(result.stdout).toContain(
      `agreement with the teacher: ${((100 * agree) / test.length).toFixed(1)}%`,
    );
    expect(result.stdout).toMatch(/gold \\ predicted\s+none\s+asking\s+giving/);

    // The manifest: counts that add up, and the hashes of the files as written.
    const manifest = await readJson(join(dir, 'manifest.json'));
    for (const [path, file] of Object.entries(manifest.files) as [string, { sha256: string }][]) {
      expect(sha256(await readFile(join(dir, path), 'utf8'))).toBe(file.sha256);
    }
    const splits = manifest.counts.bySplit;
    expect(splits.train.total + splits.validation.total + splits.test.total).toBe(manifest.counts.total);
    expect(LABELS.reduce((sum, l) => sum + manifest.counts.byLabel[l], 0)).toBe(manifest.counts.total);
    expect(manifest.teacher).toMatchObject({
      source: 'teacher',
      kind: 'teacher',
      model: TINY_TEACHER,
      cutoffs: { asking: 0.2, giving: 0.3, pii: 0.2691 },
    });

    // Generated messages are in, deduplicated, with their plan's language and family.
    const messages = await readJsonl(join(dir, 'messages.jsonl'));
    const generated = messages.filter((m) => m.source === 'generator');
    expect(generated.length).toBeGreaterThan(20);
    expect(new Set(generated.map((m) => m.lang))).toEqual(new Set(['en', 'es']));
    expect(result.stdout).toMatch(/kept \d+ messages: [1-9]\d* duplicates/);

    // Nothing printed holds the key or a message.
    for (const output of [result.stdout, result.stderr]) {
      expect(output).not.toContain(API_KEY);
      expect(output).not.toContain('kim@example.com');
    }
  });

  it('sends nothing to Fireworks without --upload', async () => {
    server = await startFakeFireworks();
    const { cwd } = await preparedRun();
    const run = await distill(['run', ...LOCAL, ...remoteArgs(server)], { cwd, env: fireworksEnv });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('nothing was sent to Fireworks');
    const train = await distill(['train', '--dir', 'run', ...remoteArgs(server)], { cwd, env: fireworksEnv });
    expect(train.code).toBe(2);
    expect(train.stderr).toContain('add --upload');
    const evaluate = await distill(
      ['evaluate', '--dir', 'run', '--model', 'x', '--inference-url', server.inferenceURL],
      { cwd, env: fireworksEnv },
    );
    expect(evaluate.code).toBe(2);
    expect(server.requests).toHaveLength(0);
  });
});

describe("the student's input format", () => {
  it('is queried with the system prompt it was trained on', async () => {
    server = await startFakeFireworks();
    const { cwd, dir } = await preparedRun();
    const prompt = 'Label this chat message: none, asking or giving.';
    expect((await distill(['sft', '--dir', 'run', '--system-prompt', prompt], { cwd })).code).toBe(0);
    const remote = [...remoteArgs(server), '--dir', 'run'];
    expect((await distill(['train', '--upload', ...remote], { cwd, env: fireworksEnv })).code).toBe(0);
    expect((await distill(['deploy', ...remote], { cwd, env: fireworksEnv })).code).toBe(0);
    const evaluate = await distill(
      ['evaluate', '--upload', '--dir', 'run', '--inference-url', server.inferenceURL],
      { cwd, env: fireworksEnv },
    );
    expect(evaluate.code, evaluate.stderr).toBe(0);
    const trained = (await readJsonl(join(dir, 'sft', 'train.jsonl'))).map((e) => e.messages[0].content);
    expect(new Set(trained)).toEqual(new Set([prompt]));
    expect(server.studentTurns.length).toBeGreaterThan(0);
    expect(server.studentTurns.every((t) => t.system === prompt)).toBe(true);
  });
});

describe('Fireworks failures', () => {
  const trainArgs = () => ['train', '--dir', 'run', '--upload', ...remoteArgs(server!)];

  it('waits out a quota 429 on the job create and creates the job once', async () => {
    server = await startFakeFireworks({ jobCreate429: 2 });
    const { cwd } = await preparedRun();
    const result = await distill(trainArgs(), { cwd, env: fireworksEnv });
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.filter((r) => r.status === 429)).toHaveLength(2);
    expect(server.jobs.size).toBe(1);
    expect(result.stdout).toContain('completed; model accounts/acme/models/');
  });

  it('reports a quota that does not clear as a rate limit, and resumes without repeating the uploads', async () => {
    server = await startFakeFireworks({ jobCreate429: 100 });
    const { cwd, dir } = await preparedRun();
    const first = await distill(trainArgs(), { cwd, env: fireworksEnv });
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('RateLimitError: Fireworks answered 429 creating fine-tuning job');
    expect(first.stderr).not.toContain(API_KEY);
    expect(first.stderr).not.toContain('messages');
    server.faults = {};
    const second = await distill(trainArgs(), { cwd, env: fireworksEnv });
    expect(second.code, second.stderr).toBe(0);
    expect(server.count('POST', /\/datasets$/)).toBe(2);
    expect(server.count('POST', /:upload$/)).toBe(2);
    expect(server.jobs.size).toBe(1);
    expect((await readJson(join(dir, 'state.json'))).remote.job.state).toBe('JOB_STATE_COMPLETED');
  });

  it("reports a job that fails by its state and code, not Fireworks' message, and --retrain starts a new one", async () => {
    server = await startFakeFireworks({ failJobAttempts: [1] });
    const { cwd } = await preparedRun();
    const failed = await distill(trainArgs(), { cwd, env: fireworksEnv });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('ended JOB_STATE_FAILED (INVALID_ARGUMENT;');
    expect(failed.stderr).not.toContain('whats ur snap');
    const again = await distill(trainArgs(), { cwd, env: fireworksEnv });
    expect(again.code).toBe(1);
    expect(server.jobs.size).toBe(1);
    const retrained = await distill([...trainArgs(), '--retrain'], { cwd, env: fireworksEnv });
    expect(retrained.code, retrained.stderr).toBe(0);
    expect(server.jobs.size).toBe(2);
    expect([...server.jobs.keys()][1]).toMatch(/-2$/);
  });

  it("prints the failed job's message only with --show-server-messages", async () => {
    server = await startFakeFireworks({ failJobAttempts: [1] });
    const { cwd } = await preparedRun();
    const failed = await distill([...trainArgs(), '--show-server-messages'], { cwd, env: fireworksEnv });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('is not a valid example');
  });

  it('rides out a 503 in the middle of polling', async () => {
    server = await startFakeFireworks({ jobGet503: [2, 3] });
    const { cwd } = await preparedRun();
    const result = await distill(trainArgs(), { cwd, env: fireworksEnv });
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.filter((r) => r.status === 503)).toHaveLength(2);
  });

  it('finds a job whose create answer was lost instead of creating a second one', async () => {
    server = await startFakeFireworks({ jobCreateLostAnswer: true });
    const { cwd } = await preparedRun();
    const result = await distill(trainArgs(), { cwd, env: fireworksEnv });
    expect(result.code, result.stderr).toBe(0);
    expect(server.count('POST', /\/supervisedFineTuningJobs$/)).toBe(2);
    expect(server.jobs.size).toBe(1);
    expect(result.stdout).toContain('already there');
  });
});

describe('resuming', () => {
  it('picks an interrupted run up where it stopped, creating nothing twice', async () => {
    const controller = new AbortController();
    server = await startFakeFireworks({ onJobPoll: (poll) => poll === 2 && controller.abort() });
    const { cwd, dir } = await preparedRun();
    const args = ['run', ...LOCAL, '--upload', ...remoteArgs(server), '--inference-url', server.inferenceURL];
    const stopped = await distill(args, { cwd, env: fireworksEnv, signal: controller.signal });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('interrupted');
    const midway = await readJson(join(dir, 'state.json'));
    expect(midway.remote.job.created).toBe(true);
    expect(midway.remote.deployment).toBeUndefined();

    server.faults = {};
    const resumed = await distill(args, { cwd, env: fireworksEnv });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain('messages: up to date');
    expect(resumed.stdout).toContain('label: up to date');
    expect(server.count('POST', /\/datasets$/)).toBe(2);
    expect(server.count('POST', /:upload$/)).toBe(2);
    expect(server.count('POST', /\/supervisedFineTuningJobs$/)).toBe(1);
    expect(server.count('POST', /\/deployments$/)).toBe(1);

    // A finished run run again asks Fireworks nothing new.
    const before = server.requests.length;
    const again = await distill(args, { cwd, env: fireworksEnv });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('evaluate: up to date');
    expect(server.requests.length).toBe(before);
  });
});
