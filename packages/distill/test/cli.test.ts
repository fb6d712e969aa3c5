import { describe, expect, it } from 'vitest';
import { OPTIONS, STEP_NAMES } from '../src/cli/spec.js';
import { DISTILL_EXIT } from '../src/index.js';
import { distill, workspace } from './support/run.js';

describe('piiguard distill on the command line', () => {
  it('documents every step and each of its options in its --help', async () => {
    const cwd = await workspace();
    for (const step of STEP_NAMES) {
      const result = await distill([step, '--help'], { cwd });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: piiguard distill ${step} [options]`);
      for (const option of OPTIONS.filter((o) => o.steps.includes(step)))
        expect(result.stdout).toContain(`--${option.name}`);
    }
    const general = await distill(['--help'], { cwd });
    expect(general.code).toBe(0);
    for (const step of STEP_NAMES) expect(general.stdout).toContain(step);
    expect(general.stdout).toContain('130');
  });

  it('exits 2 for no step, an unknown step, an unknown option or an impossible value, without echoing the value', async () => {
    const cwd = await workspace();
    expect((await distill([], { cwd })).code).toBe(DISTILL_EXIT.usage);
    expect((await distill(['bake'], { cwd })).code).toBe(DISTILL_EXIT.usage);
    const unknown = await distill(['sft', '--teacher', 'x'], { cwd });
    expect(unknown.code).toBe(DISTILL_EXIT.usage);
    expect(unknown.stderr).toContain('Unknown option --teacher.');
    const stray = await distill(['messages', 'whats', 'ur', 'snap'], { cwd });
    expect(stray.code).toBe(DISTILL_EXIT.usage);
    expect(stray.stderr).toContain('takes options only');
    expect(stray.stderr).not.toContain('whats');
    const noValue = await distill(['messages', '--input'], { cwd });
    expect(noValue.stderr).toContain('Option --input is missing its value');
    const impossible = await distill(
      ['messages', '--input', 'input.jsonl', '--max-length', 'secret-value-9'],
      { cwd },
    );
    expect(impossible.code).toBe(DISTILL_EXIT.usage);
    expect(impossible.stderr).toContain('`--max-length` must be an integer >= 1');
    expect(impossible.stderr).not.toContain('secret-value-9');
    const split = await distill(['sft', '--split', '0/50/50'], { cwd });
    expect(split.code).toBe(DISTILL_EXIT.usage);
  });

  it("says what to run first when a step's input is missing", async () => {
    const cwd = await workspace();
    const label = await distill(['label', '--teacher', './x'], { cwd });
    expect(label.code).toBe(DISTILL_EXIT.unreadableInput);
    expect(label.stderr).toContain('run the messages step first');
    const train = await distill(['train', '--upload', '--account', 'acme'], {
      cwd,
      env: { FIREWORKS_API_KEY: 'k' },
    });
    expect(train.code).toBe(DISTILL_EXIT.usage);
    expect(train.stderr).toContain('run the sft step first');
  });

  it('exits 4 without an API key, and 2 without an account', async () => {
    const cwd = await workspace();
    await distill(['messages', '--input', 'input.jsonl'], { cwd });
    const noAccount = await distill(['deploy'], { cwd, env: { FIREWORKS_API_KEY: 'k' } });
    expect(noAccount.code).toBe(DISTILL_EXIT.usage);
    expect(noAccount.stderr).toContain('--account');
    const noKey = await distill(['deploy', '--account', 'acme'], { cwd });
    expect(noKey.code).toBe(DISTILL_EXIT.classifierUnavailable);
    expect(noKey.stderr).toContain('FIREWORKS_API_KEY');
  });

  it('prints the state of a run', async () => {
    const cwd = await workspace();
    await distill(['messages', '--input', 'input.jsonl'], { cwd });
    const status = await distill(['status'], { cwd });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/messages\s+done — kept 21/);
    expect(status.stdout).toMatch(/label\s+not done/);
    expect(status.stdout).toContain('nothing created on Fireworks');
  });
});
