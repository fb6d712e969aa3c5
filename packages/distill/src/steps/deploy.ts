import { DISTILL_EXIT, DistillError } from '../exit-codes.js';
import { sha256 } from '../files.js';
import type { DeploymentBody } from '../fireworks/control.js';
import { pollUntil } from '../fireworks/poll.js';
import { type DeploymentState, fingerprint } from '../state.js';
import type { StepContext } from './context.js';
import { remoteFailure, remoteOf, remoteSettings } from './remote.js';

/** Deployment states after which it will not change by itself. */
const DEPLOYMENT_DONE = new Set(['READY', 'FAILED', 'DELETING', 'DELETED']);

/** What `PiiClient({ model })` takes for a model on a dedicated deployment: `<model>#<deployment>`. */
export const clientModelOf = (model: string, deployment: string) => `${model}#${deployment}`;

/**
 * Step 5: the fine-tuned LoRA → a dedicated deployment (live merge: the LoRA model is the
 * deployment's `baseModel`), polled until READY; prints the client's `model` string.
 */
export async function deployStep(context: StepContext): Promise<void> {
  const { args, io, report, state } = context;
  const remote = remoteSettings(args, io, 7_200);
  const record = remoteOf(state, remote.account);
  const job = record.job;
  if (job?.state !== 'JOB_STATE_COMPLETED' || !job.outputModel) {
    throw new DistillError(
      'No fine-tuned model yet: run the train step until its job completes.',
      DISTILL_EXIT.usage,
    );
  }
  const accelerator = args.string('accelerator-type');
  if (accelerator !== undefined && !/^[A-Z0-9_]+$/.test(accelerator)) {
    throw new DistillError(
      'Option `--accelerator-type` must be a Fireworks accelerator name such as NVIDIA_H100_80GB.',
      DISTILL_EXIT.usage,
    );
  }
  const scaling = {
    minReplicaCount: args.optionalInteger('min-replicas', 0),
    maxReplicaCount: args.optionalInteger('max-replicas', 1),
    acceleratorType: accelerator,
  };
  const settings = fingerprint({ model: job.outputModel, ...scaling });
  let deployment: DeploymentState | undefined = record.deployment;
  if (!deployment || deployment.settings !== settings) {
    if (deployment?.created) {
      report.note(
        `deployment ${deployment.id} (for ${deployment.model}) stays on Fireworks, billed while it has replicas: delete it there if it is no longer needed`,
      );
    }
    const id = `pg-${state.data.runId}-${sha256(settings).slice(0, 8)}`;
    deployment = record.deployment = { id, model: job.outputModel, settings };
    await state.save();
  }
  if (!deployment.created) {
    const body: DeploymentBody = {
      baseModel: deployment.model,
      displayName: `piiguard student ${state.data.runId}`,
      ...(scaling.minReplicaCount !== undefined ? { minReplicaCount: scaling.minReplicaCount } : {}),
      ...(scaling.maxReplicaCount !== undefined ? { maxReplicaCount: scaling.maxReplicaCount } : {}),
      ...(scaling.acceleratorType !== undefined ? { acceleratorType: scaling.acceleratorType } : {}),
    };
    const created = await remote.control.createDeployment(deployment.id, body, io.signal);
    report.line(
      `deployment ${deployment.id}: ${created === 'created' ? 'created' : 'already there'} for ${deployment.model}`,
    );
    deployment.created = true;
    await state.save();
  }
  const current = deployment;
  if (current.state !== 'READY' || !current.clientModel) {
    const final = await pollUntil({
      label: `deployment ${current.id}`,
      intervalMs: remote.pollIntervalMs,
      maxWaitMs: remote.maxWaitMs,
      terminal: DEPLOYMENT_DONE,
      get: () => remote.control.getDeployment(current.id, io.signal),
      onState: async (remoteDeployment) => {
        current.state = remoteDeployment.state;
        current.name = remoteDeployment.name;
        await state.save();
      },
      reporter: report,
      ...(io.signal ? { signal: io.signal } : {}),
    });
    if (final.state !== 'READY') {
      throw remoteFailure(
        `Deployment ${current.id}`,
        final.state,
        final.statusCode,
        final.statusMessage,
        remote.showServerMessages,
      );
    }
    current.clientModel = clientModelOf(current.model, final.name);
    await state.save();
  }
  report.line(`deployment ${current.id}: READY`);
  report.line();
  report.line(`model: ${current.clientModel}`);
  report.line();
  report.line(`  new PiiClient({ model: '${current.clientModel}' })`);
  report.line('  (the deployment is billed while it has replicas; delete it in Fireworks when done)');
}
