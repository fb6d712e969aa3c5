import { AuthenticationError } from '@piiguard/sdk';
import { invalid, type StepArgs } from '../cli/args.js';
import { DEFAULT_API_URL } from '../cli/spec.js';
import { DISTILL_EXIT, DistillError, UsageError } from '../exit-codes.js';
import { FireworksControl } from '../fireworks/control.js';
import { HttpClient } from '../http/client.js';
import type { DistillIO } from '../io.js';
import type { RemoteState, RunState } from '../state.js';

/** Fireworks resource ids: lower-case letters, digits and hyphens, at most 63 characters. */
export const RESOURCE_ID = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Resolves the options every Fireworks step shares and builds the control-plane client. */
export function remoteSettings(args: StepArgs, io: DistillIO, maxWaitDefaultS: number) {
  const account = args.string('account') ?? io.env.FIREWORKS_ACCOUNT_ID;
  if (!account) throw new UsageError('Fireworks steps need --account <id> (or FIREWORKS_ACCOUNT_ID).');
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(account))
    invalid('account', 'must be a Fireworks account id (lower-case letters, digits, hyphens)');
  const apiKey = io.env.FIREWORKS_API_KEY ?? '';
  if (apiKey === '') throw new AuthenticationError('No API key: set FIREWORKS_API_KEY.');
  const baseURL = (args.string('api-url') ?? io.env.FIREWORKS_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(baseURL)) invalid('api-url', 'must be an http(s) URL');
  const timeoutMs = args.seconds('request-timeout', 60);
  const http = new HttpClient({
    baseURL,
    apiKey,
    service: 'Fireworks',
    timeoutMs,
    deadlineMs: timeoutMs * 5,
    maxRetries: 4,
    retryBaseDelayMs: 1000,
    retryMaxDelayMs: 30_000,
    maxRetryAfterMs: 120_000,
    maxResponseBytes: 1024 * 1024,
  });
  return {
    account,
    control: new FireworksControl(http, account),
    pollIntervalMs: args.seconds('poll-interval', 30),
    // Compared with a clock, never given to a timer: a week is fine.
    maxWaitMs: args.seconds('max-wait', maxWaitDefaultS, 7 * 86_400),
    uploadTimeoutMs: args.seconds('upload-timeout', 600),
    showServerMessages: args.flag('show-server-messages'),
  };
}

/** The run's remote record for `account`; a run directory serves one account. */
export function remoteOf(state: RunState, account: string): RemoteState {
  state.data.remote ??= { account, datasets: {} };
  const remote = state.data.remote;
  if (remote.account !== account) {
    throw new DistillError(
      `${state.path} belongs to account ${remote.account}; use another --dir for account ${account}.`,
      DISTILL_EXIT.usage,
    );
  }
  return remote;
}

/** The failure of a job or deployment: its state and code, and Fireworks' message only when asked for. */
export function remoteFailure(
  what: string,
  state: string,
  code: string | undefined,
  message: string | undefined,
  show: boolean,
): DistillError {
  const detail =
    show && message
      ? `: ${message.slice(0, 500)}`
      : code
        ? ` (${code}; --show-server-messages prints Fireworks' message)`
        : '';
  return new DistillError(`${what} ended ${state}${detail}.`, DISTILL_EXIT.failed);
}

export type RemoteSettings = ReturnType<typeof remoteSettings>;
