import { ConflictError, InvalidResponseError } from '@piiguard/sdk';
import type { HttpClient } from '../http/client.js';

/** A resource as this tool reads it back: its name, state and the few fields it needs. */
export interface Remote {
  /** `accounts/<account>/<collection>/<id>`. */
  readonly name: string;
  /** The resource's `state` (e.g. `READY`, `JOB_STATE_RUNNING`); `STATE_UNSPECIFIED` when absent. */
  readonly state: string;
  /** `status.code` (e.g. `INVALID_ARGUMENT`) when the server set one. */
  readonly statusCode?: string;
  /** `status.message`: server prose, shown only with `--show-server-messages`. */
  readonly statusMessage?: string;
  /** SFT jobs: the resulting model. */
  readonly outputModel?: string;
}

/** What a supervised fine-tuning job is created with (Fireworks' documented body fields). */
export interface SftJobBody {
  readonly dataset: string;
  readonly evaluationDataset: string;
  readonly baseModel: string;
  readonly outputModel: string;
  readonly loraRank: number;
  readonly displayName: string;
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly maxContextLength?: number;
}

/** What a deployment is created with (Fireworks' documented body fields). */
export interface DeploymentBody {
  readonly baseModel: string;
  readonly displayName: string;
  readonly minReplicaCount?: number;
  readonly maxReplicaCount?: number;
  readonly acceleratorType?: string;
}

const IDENTIFIER = /^[A-Za-z0-9_.:/#-]{1,300}$/;

/** Reads a resource answer fail-closed: a body without a string `name` is an `InvalidResponseError`. */
function remoteOf(body: unknown, what: string): Remote {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof record.name !== 'string' || !IDENTIFIER.test(record.name)) {
    throw new InvalidResponseError(`Fireworks answered ${what} without a resource name.`);
  }
  const status = (typeof record.status === 'object' && record.status !== null ? record.status : {}) as Record<
    string,
    unknown
  >;
  const state =
    typeof record.state === 'string' && IDENTIFIER.test(record.state) ? record.state : 'STATE_UNSPECIFIED';
  return {
    name: record.name,
    state,
    ...(typeof status.code === 'string' && IDENTIFIER.test(status.code) ? { statusCode: status.code } : {}),
    ...(typeof status.message === 'string' && status.message !== '' ? { statusMessage: status.message } : {}),
    ...(typeof record.outputModel === 'string' && IDENTIFIER.test(record.outputModel)
      ? { outputModel: record.outputModel }
      : {}),
  };
}

/**
 * Fireworks' control plane (`https://api.fireworks.ai/v1/accounts/<account>/…`), the calls this
 * tool makes, as documented in Fireworks' REST reference: datasets (create, upload, get),
 * supervised fine-tuning jobs (create, get) and deployments (create, get). Every create names its
 * resource (`datasetId` in the body, `supervisedFineTuningJobId` / `deploymentId` in the query),
 * so a create repeated after a lost answer gets 409 instead of a second resource; `create*`
 * resolve to `'exists'` then.
 */
export class FireworksControl {
  readonly #http: HttpClient;
  readonly account: string;

  constructor(http: HttpClient, account: string) {
    this.#http = http;
    this.account = account;
  }

  name(collection: 'datasets' | 'supervisedFineTuningJobs' | 'deployments' | 'models', id: string): string {
    return `accounts/${this.account}/${collection}/${id}`;
  }

  #path(rest: string): string {
    return `v1/accounts/${encodeURIComponent(this.account)}/${rest}`;
  }

  async #create(request: Parameters<HttpClient['json']>[0]): Promise<'created' | 'exists'> {
    try {
      await this.#http.json(request);
      return 'created';
    } catch (error) {
      if (error instanceof ConflictError) return 'exists';
      throw error;
    }
  }

  /** `POST /v1/accounts/{account}/datasets` with `{datasetId, dataset: {displayName, exampleCount, format: 'CHAT', userUploaded: {}}}`. */
  createDataset(id: string, exampleCount: number, signal?: AbortSignal): Promise<'created' | 'exists'> {
    return this.#create({
      method: 'post',
      path: this.#path('datasets'),
      what: `creating dataset ${id}`,
      json: {
        datasetId: id,
        dataset: { displayName: id, exampleCount: String(exampleCount), format: 'CHAT', userUploaded: {} },
      },
      ...(signal ? { signal } : {}),
    });
  }

  /** `POST /v1/accounts/{account}/datasets/{id}:upload`, multipart with the file as `file` (up to 150 MB). */
  async uploadDataset(
    id: string,
    fileName: string,
    content: string,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<void> {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'application/jsonl' }), fileName);
    await this.#http.json({
      method: 'post',
      path: this.#path(`datasets/${encodeURIComponent(id)}:upload`),
      what: `uploading dataset ${id}`,
      body: form,
      timeoutMs,
      deadlineMs: timeoutMs * 3,
      ...(signal ? { signal } : {}),
    });
  }

  /** `GET /v1/accounts/{account}/datasets/{id}`; `state` is `UPLOADING` or `READY`. */
  async getDataset(id: string, signal?: AbortSignal): Promise<Remote> {
    const what = `reading dataset ${id}`;
    return remoteOf(
      await this.#http.json({
        method: 'get',
        path: this.#path(`datasets/${encodeURIComponent(id)}`),
        what,
        ...(signal ? { signal } : {}),
      }),
      what,
    );
  }

  /** `POST /v1/accounts/{account}/supervisedFineTuningJobs?supervisedFineTuningJobId={id}`. */
  createSftJob(id: string, body: SftJobBody, signal?: AbortSignal): Promise<'created' | 'exists'> {
    return this.#create({
      method: 'post',
      path: this.#path('supervisedFineTuningJobs'),
      searchParams: { supervisedFineTuningJobId: id },
      what: `creating fine-tuning job ${id}`,
      json: body,
      ...(signal ? { signal } : {}),
    });
  }

  /** `GET /v1/accounts/{account}/supervisedFineTuningJobs/{id}`; `state` is a `JOB_STATE_*`. */
  async getSftJob(id: string, signal?: AbortSignal): Promise<Remote> {
    const what = `polling fine-tuning job ${id}`;
    return remoteOf(
      await this.#http.json({
        method: 'get',
        path: this.#path(`supervisedFineTuningJobs/${encodeURIComponent(id)}`),
        what,
        ...(signal ? { signal } : {}),
      }),
      what,
    );
  }

  /** `POST /v1/accounts/{account}/deployments?deploymentId={id}`: a LoRA model as `baseModel` is deployed by live merge. */
  createDeployment(id: string, body: DeploymentBody, signal?: AbortSignal): Promise<'created' | 'exists'> {
    return this.#create({
      method: 'post',
      path: this.#path('deployments'),
      searchParams: { deploymentId: id },
      what: `creating deployment ${id}`,
      json: body,
      ...(signal ? { signal } : {}),
    });
  }

  /** `GET /v1/accounts/{account}/deployments/{id}`; `state` is `CREATING`, `READY`, `UPDATING`, `FAILED`, …. */
  async getDeployment(id: string, signal?: AbortSignal): Promise<Remote> {
    const what = `polling deployment ${id}`;
    return remoteOf(
      await this.#http.json({
        method: 'get',
        path: this.#path(`deployments/${encodeURIComponent(id)}`),
        what,
        ...(signal ? { signal } : {}),
      }),
      what,
    );
  }
}
