import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Label } from '@piiguard/sdk';
import { chatCompletion, messageFromRequest } from '@piiguard/sdk/testing';
import { validateSftJsonl } from '../../src/sft/records.js';

/**
 * A loopback server speaking the Fireworks endpoints the pipeline uses, with their documented
 * paths, bodies and states: chat completions (the generator and the student), datasets (create,
 * multipart upload, get: UPLOADING → READY), supervised fine-tuning jobs (create, get: CREATING
 * → PENDING → RUNNING → WRITING_RESULTS → COMPLETED, or FAILED) and deployments (create, get:
 * CREATING → READY). Faults are set per test.
 */

export const API_KEY = 'fw_test_key_4f1c9a';
export const ACCOUNT = 'acme';
export const GENERATOR_MODEL = 'accounts/fireworks/models/deepseek-v3';

export interface Faults {
  /** The first n job creates answer 429 (quota) with `Retry-After: 0`. */
  jobCreate429?: number;
  /** The first job create is carried out but its connection dropped before the answer (a lost answer). */
  jobCreateLostAnswer?: boolean;
  /** Polls of a job answered 503 (`Retry-After: 0`) instead, by poll number (1-based). */
  jobGet503?: readonly number[];
  /** Job attempts (by attempt number) that end FAILED. */
  failJobAttempts?: readonly number[];
  /** Called when a job is polled, with the poll number: a test aborts a run from here. */
  onJobPoll?: (poll: number) => void;
  /** Every generator answer after this many is not a JSON array. */
  unparseableEvery?: number;
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly authorized: boolean;
  readonly body?: unknown;
}

interface Job {
  readonly body: Record<string, unknown>;
  readonly attempt: number;
  polls: number;
}

export interface FakeFireworks {
  /** Control-plane root (`--api-url`). */
  readonly url: string;
  /** OpenAI-compatible root (`--generator-url`, `--inference-url`). */
  readonly inferenceURL: string;
  readonly requests: Recorded[];
  readonly datasets: Map<string, { body: unknown; content?: string; polls: number }>;
  readonly jobs: Map<string, Job>;
  readonly deployments: Map<string, { body: Record<string, unknown>; polls: number }>;
  /** Student requests: the system and user turns received. */
  readonly studentTurns: { system: string; user: string; model: string }[];
  faults: Faults;
  count(method: string, pattern: RegExp): number;
  close(): Promise<void>;
}

const JOB_STATES = [
  'JOB_STATE_CREATING',
  'JOB_STATE_PENDING',
  'JOB_STATE_RUNNING',
  'JOB_STATE_WRITING_RESULTS',
  'JOB_STATE_COMPLETED',
];

/** The keyword rule the fake student answers with (so it disagrees with the teacher now and then). */
export const studentLabel = (text: string): Label =>
  /@|\d{3}|snap|insta|discord/i.test(text) ? 'giving' : /\?/.test(text) ? 'asking' : 'none';

function generatedMessages(prompt: string, serial: number): string[] {
  const n = Number(/Write (\d+) different/.exec(prompt)?.[1] ?? 1);
  const language = /messages in ([^.]+)\./.exec(prompt)?.[1] ?? 'English';
  const asking = /\basks\b/.test(prompt);
  const giving = /\b(shares|gives|offers|proposes|threatens|says which|names)\b/.test(prompt);
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = `${serial}-${i}`;
    texts.push(
      asking
        ? `whats ur snap? (${language} ${k})`
        : giving
          ? `my email is kid${k.replace('-', '')}@example.com`
          : `gg the game is fun ${language} ${k}`,
    );
  }
  // The generator repeats itself now and then: one duplicate per answer.
  if (texts.length > 1) texts[texts.length - 1] = texts[0]!.toUpperCase();
  return texts;
}

export async function startFakeFireworks(initial: Faults = {}): Promise<FakeFireworks> {
  const requests: Recorded[] = [];
  const datasets = new Map<string, { body: unknown; content?: string; polls: number }>();
  const jobs = new Map<string, Job>();
  const deployments = new Map<string, { body: Record<string, unknown>; polls: number }>();
  const studentTurns: { system: string; user: string; model: string }[] = [];
  let jobCreates = 0;
  let jobAttempts = 0;
  let jobPolls = 0;
  let generated = 0;
  let lostAnswerDone = false;
  const self = { faults: initial } as { faults: Faults };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorized = req.headers.authorization === `Bearer ${API_KEY}`;
    const isJson = (req.headers['content-type'] ?? '').includes('application/json');
    const body = isJson && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
    const record = (status: number) =>
      requests.push({ method: req.method ?? '', path: url.pathname, status, authorized, body });
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record(status);
      res.writeHead(status, {
        'content-type': 'application/json',
        'x-request-id': `req-${requests.length}`,
        ...headers,
      });
      res.end(JSON.stringify(payload));
    };
    // Error bodies echo what was sent, as real servers sometimes do: none of it may reach the user.
    const error = (status: number, code: string, extra: Record<string, string> = {}) =>
      send(
        status,
        { error: { code, message: `failed for ${raw.toString('utf8').slice(0, 200)} with key ${API_KEY}` } },
        extra,
      );
    if (!authorized) return error(401, 'UNAUTHENTICATED');

    const path = url.pathname;
    if (req.method === 'POST' && path === '/inference/v1/chat/completions') {
      if (body.model === GENERATOR_MODEL) {
        generated++;
        const every = self.faults.unparseableEvery;
        const content =
          every && generated % every === 0
            ? 'Sure! Here are some messages:'
            : JSON.stringify(generatedMessages(body.messages[1].content, generated));
        return send(200, {
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        });
      }
      const deployed = [...deployments.values()].some((d) =>
        body.model.startsWith(`${d.body.baseModel}#accounts/${ACCOUNT}/deployments/`),
      );
      if (!deployed) return error(404, 'NOT_FOUND');
      studentTurns.push({
        system: body.messages[0].content,
        user: body.messages[1].content,
        model: body.model,
      });
      return send(200, chatCompletion({ label: studentLabel(messageFromRequest(body) ?? '') }, body.model));
    }

    const match =
      /^\/v1\/accounts\/([^/]+)\/(datasets|supervisedFineTuningJobs|deployments)(?:\/([^/:]+)(:upload)?)?$/.exec(
        path,
      );
    if (!match || match[1] !== ACCOUNT) return error(404, 'NOT_FOUND');
    const [, , collection, id, upload] = match;
    const name = (c: string, i: string) => `accounts/${ACCOUNT}/${c}/${i}`;

    if (collection === 'datasets') {
      if (req.method === 'POST' && !id) {
        const datasetId = body?.datasetId;
        if (typeof datasetId !== 'string' || body?.dataset?.format !== 'CHAT')
          return error(400, 'INVALID_ARGUMENT');
        if (datasets.has(datasetId)) return error(409, 'ALREADY_EXISTS');
        datasets.set(datasetId, { body, polls: 0 });
        return send(200, {
          name: name('datasets', datasetId),
          state: 'UPLOADING',
          exampleCount: body.dataset.exampleCount,
        });
      }
      const dataset = id ? datasets.get(id) : undefined;
      if (!dataset) return error(404, 'NOT_FOUND');
      if (req.method === 'POST' && upload) {
        const form = await new Request('http://127.0.0.1/', {
          method: 'POST',
          headers: { 'content-type': req.headers['content-type'] ?? '' },
          body: raw,
        }).formData();
        const file = form.get('file');
        if (!(file instanceof Blob)) return error(400, 'INVALID_ARGUMENT');
        const content = await file.text();
        if (validateSftJsonl(content).length > 0) return error(400, 'INVALID_ARGUMENT');
        dataset.content = content;
        return send(200, { id, object: 'file', bytes: file.size, filename: (file as File).name });
      }
      if (req.method === 'GET') {
        // Processing an upload takes a poll.
        const state = dataset.content !== undefined && dataset.polls++ > 0 ? 'READY' : 'UPLOADING';
        return send(200, { name: name('datasets', id!), state });
      }
    }

    if (collection === 'supervisedFineTuningJobs') {
      if (req.method === 'POST' && !id) {
        jobCreates++;
        if (jobCreates <= (self.faults.jobCreate429 ?? 0))
          return error(429, 'RESOURCE_EXHAUSTED', { 'retry-after': '0' });
        const jobId = url.searchParams.get('supervisedFineTuningJobId');
        if (!jobId) return error(400, 'INVALID_ARGUMENT');
        if (jobs.has(jobId)) return error(409, 'ALREADY_EXISTS');
        for (const field of ['dataset', 'evaluationDataset']) {
          const ref = String(body?.[field] ?? '')
            .split('/')
            .pop()!;
          if (!datasets.get(ref)?.content) return error(400, 'FAILED_PRECONDITION');
        }
        if (typeof body.baseModel !== 'string' || typeof body.loraRank !== 'number')
          return error(400, 'INVALID_ARGUMENT');
        jobs.set(jobId, { body, attempt: ++jobAttempts, polls: 0 });
        if (self.faults.jobCreateLostAnswer && !lostAnswerDone) {
          lostAnswerDone = true;
          record(0);
          return req.socket.destroy();
        }
        return send(200, {
          name: name('supervisedFineTuningJobs', jobId),
          state: JOB_STATES[0],
          outputModel: name('models', body.outputModel),
        });
      }
      const job = id ? jobs.get(id) : undefined;
      if (!job) return error(404, 'NOT_FOUND');
      if (req.method === 'GET') {
        jobPolls++;
        self.faults.onJobPoll?.(jobPolls);
        if (self.faults.jobGet503?.includes(jobPolls))
          return error(503, 'UNAVAILABLE', { 'retry-after': '0' });
        const fails = self.faults.failJobAttempts?.includes(job.attempt);
        const step = Math.min(job.polls++, JOB_STATES.length - 1);
        const state = fails && step >= 2 ? 'JOB_STATE_FAILED' : JOB_STATES[step]!;
        return send(200, {
          name: name('supervisedFineTuningJobs', id!),
          state,
          outputModel: name('models', String(job.body.outputModel)),
          dataset: job.body.dataset,
          ...(state === 'JOB_STATE_FAILED'
            ? {
                status: {
                  code: 'INVALID_ARGUMENT',
                  message: 'row 3 "whats ur snap?" is not a valid example',
                },
              }
            : {}),
        });
      }
    }

    if (collection === 'deployments') {
      if (req.method === 'POST' && !id) {
        const deploymentId = url.searchParams.get('deploymentId');
        if (!deploymentId) return error(400, 'INVALID_ARGUMENT');
        if (deployments.has(deploymentId)) return error(409, 'ALREADY_EXISTS');
        const completed = [...jobs.entries()].some(
          ([, j]) => name('models', String(j.body.outputModel)) === body?.baseModel,
        );
        if (!completed) return error(400, 'FAILED_PRECONDITION');
        deployments.set(deploymentId, { body, polls: 0 });
        return send(200, {
          name: name('deployments', deploymentId),
          state: 'CREATING',
          baseModel: body.baseModel,
        });
      }
      const deployment = id ? deployments.get(id) : undefined;
      if (!deployment) return error(404, 'NOT_FOUND');
      if (req.method === 'GET') {
        const state = deployment.polls++ >= 2 ? 'READY' : 'CREATING';
        return send(200, { name: name('deployments', id!), state, baseModel: deployment.body.baseModel });
      }
    }
    return error(404, 'NOT_FOUND');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const root = `http://127.0.0.1:${port}`;
  return Object.assign(self, {
    url: root,
    inferenceURL: `${root}/inference/v1`,
    requests,
    datasets,
    jobs,
    deployments,
    studentTurns,
    count: (method: string, pattern: RegExp) =>
      requests.filter((r) => r.method === method && pattern.test(r.path)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
