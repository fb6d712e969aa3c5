import type { StepContext } from './context.js';

/** Prints what state.json records: local steps done, Fireworks resources and their last state. */
export async function statusStep(context: StepContext): Promise<void> {
  const { report, state } = context;
  const data = state.data;
  report.line(`run ${data.runId} in ${context.layout.dir}`);
  for (const step of ['messages', 'label', 'sft', 'evaluate', 'pocket'] as const) {
    const recorded = data.steps[step];
    const figures = recorded
      ? Object.entries(recorded.summary)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')
      : '';
    report.line(`  ${step.padEnd(9)} ${recorded ? `done — ${figures}` : 'not done'}`);
  }
  const remote = data.remote;
  if (!remote) return report.line('  nothing created on Fireworks');
  report.line(`  Fireworks account ${remote.account}:`);
  for (const [split, dataset] of Object.entries(remote.datasets)) {
    if (!dataset) continue;
    const stage = dataset.ready
      ? 'READY'
      : dataset.uploaded
        ? 'uploaded'
        : dataset.created
          ? 'created'
          : 'planned';
    report.line(`    dataset ${split}: ${dataset.id} (${stage})`);
  }
  if (remote.job) {
    report.line(
      `    job: ${remote.job.id} (${remote.job.state ?? (remote.job.created ? 'created' : 'planned')})`,
    );
    if (remote.job.outputModel) report.line(`    model: ${remote.job.outputModel}`);
  }
  if (remote.deployment) {
    report.line(
      `    deployment: ${remote.deployment.id} (${remote.deployment.state ?? (remote.deployment.created ? 'created' : 'planned')})`,
    );
    if (remote.deployment.clientModel) report.line(`    client model: ${remote.deployment.clientModel}`);
  }
}
