import { fileURLToPath } from 'node:url';
import { loadPocket, type PocketClassifier } from '@piiguard/pocket';
import {
  type Classifier,
  type ClassifyResult,
  INPUT_RULE_MODEL,
  InvalidInputError,
  LABELS,
  type Outcome,
  PiiClient,
} from '@piiguard/sdk';
import { loadTeacher, type Teacher } from '@piiguard/teacher';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';

// The type half is checked by `tsc` (pnpm --filter @piiguard/integration typecheck, in .ci/run):
// a classifier whose `classify` or `classifyBatch` drifts from the sdk's types fails the build.
describe('one calling convention: types', () => {
  it('classify(text) resolves to the sdk ClassifyResult on the teacher, the pocket model and the client', () => {
    expectTypeOf<Teacher['classify']>().returns.toEqualTypeOf<Promise<ClassifyResult>>();
    expectTypeOf<PocketClassifier['classify']>().returns.toEqualTypeOf<Promise<ClassifyResult>>();
    expectTypeOf<PiiClient['classify']>().returns.toEqualTypeOf<Promise<ClassifyResult>>();
    expectTypeOf<Teacher['classify']>().parameters.toEqualTypeOf<Parameters<PiiClient['classify']>>();
    expectTypeOf<PocketClassifier['classify']>().parameters.toEqualTypeOf<
      Parameters<PiiClient['classify']>
    >();
  });

  it('classifyBatch(texts) resolves to one Outcome<ClassifyResult> per text on all three', () => {
    expectTypeOf<Teacher['classifyBatch']>().returns.toEqualTypeOf<Promise<Outcome<ClassifyResult>[]>>();
    expectTypeOf<PocketClassifier['classifyBatch']>().returns.toEqualTypeOf<
      Promise<Outcome<ClassifyResult>[]>
    >();
    expectTypeOf<PiiClient['classifyBatch']>().returns.toEqualTypeOf<Promise<Outcome<ClassifyResult>[]>>();
    expectTypeOf<Teacher['classifyBatch']>().parameters.toEqualTypeOf<
      Parameters<PiiClient['classifyBatch']>
    >();
    expectTypeOf<PocketClassifier['classifyBatch']>().parameters.toEqualTypeOf<
      Parameters<PiiClient['classifyBatch']>
    >();
  });

  it('the teacher and the pocket model are Classifiers the client can route over', () => {
    expectTypeOf<Teacher>().toExtend<Classifier>();
    expectTypeOf<PocketClassifier>().toExtend<Classifier>();
  });
});

// The real teacher (worker thread + onnxruntime-node) on the tiny XLM-R fixture the teacher package builds.
const FIXTURE = fileURLToPath(new URL('../../teacher/fixtures/tiny', import.meta.url));
const MESSAGES = ['whats ur snap?', 'my email is kim@example.com', 'gg wp', 'what school do u go to'];
const EMPTY = ['', '   ', '\n\t ', '\u200B\u2060'];

let teacher: Teacher;
let pocket: PocketClassifier;
let client: PiiClient;
let all: [string, Pick<Classifier, 'classify' | 'classifyBatch'>][];

beforeAll(async () => {
  teacher = await loadTeacher({ model: FIXTURE, device: 'cpu' });
  pocket = await loadPocket();
  client = new PiiClient({ fallback: { mode: 'fallback-only', classifiers: () => loadPocket() } });
  all = [
    ['teacher', teacher],
    ['pocket', pocket],
    ['client', client],
  ];
});
afterAll(async () => {
  await Promise.all([teacher?.close(), pocket?.close(), client?.close()]);
});

function expectResult(result: ClassifyResult): void {
  expect(LABELS).toContain(result.label);
  expect(typeof result.model).toBe('string');
  expect(result.latencyMs).toBeGreaterThanOrEqual(0);
}

describe('one calling convention: the same messages through the teacher, the pocket model and the client', () => {
  it('classify(text) resolves to one result from each, with its source', async () => {
    expectTypeOf(teacher.classify('text')).resolves.toEqualTypeOf<ClassifyResult>();
    expectTypeOf(pocket.classify('text')).resolves.toEqualTypeOf<ClassifyResult>();
    expectTypeOf(client.classify('text')).resolves.toEqualTypeOf<ClassifyResult>();
    for (const text of MESSAGES) {
      const fromTeacher = await teacher.classify(text);
      expectResult(fromTeacher);
      expect(fromTeacher).toMatchObject({ source: 'teacher', model: teacher.model });
      expect(fromTeacher.teacherScores?.asking).toBeGreaterThanOrEqual(0);

      const fromPocket = await pocket.classify(text);
      expectResult(fromPocket);
      expect(fromPocket).toMatchObject({ source: 'pocket', model: pocket.model });

      const fromClient = await client.classify(text);
      expectResult(fromClient);
      expect(fromClient).toMatchObject({ source: 'pocket', fallbackReason: 'fallback-only' });
    }
  });

  it('classifyBatch(texts) resolves to one outcome per text, in order, from each', async () => {
    const texts = [...MESSAGES, ...EMPTY];
    for (const [name, classifier] of all) {
      const outcomes = await classifier.classifyBatch(texts);
      expect(outcomes, name).toHaveLength(texts.length);
      for (const [i, outcome] of outcomes.entries()) {
        expect(outcome.ok ? 'ok' : `${name}: ${outcome.error.name}`).toBe('ok');
        if (!outcome.ok) continue;
        expectResult(outcome.value);
        const single = await classifier.classify(texts[i]!);
        expect(single.label, `${name}: "${texts[i]}"`).toBe(outcome.value.label);
      }
    }
  });

  it('answers empty, whitespace-only and invisible-only text with none from the input rule, from each', async () => {
    for (const [name, classifier] of all) {
      for (const text of EMPTY) {
        expect(await classifier.classify(text), name).toMatchObject({
          label: 'none',
          source: 'input',
          model: INPUT_RULE_MODEL,
        });
      }
    }
  });

  it('applies the same input rules: invisible characters removed, the same errors for bad input', async () => {
    for (const [name, classifier] of all) {
      const [clean, hidden] = await classifier.classifyBatch([
        'text me 5551234567',
        'text me 5\u200B5\u200B5\u00AD1234567',
      ]);
      expect(hidden?.ok && hidden.value.label, name).toBe(clean?.ok && clean.value.label);
      await expect(classifier.classify(42 as unknown as string), name).rejects.toMatchObject({
        reason: 'not-a-string',
      });
      await expect(classifier.classify('x'.repeat(20_001)), name).rejects.toMatchObject({
        reason: 'too-long',
      });
      const [bad, good] = await classifier.classifyBatch([null as unknown as string, 'gg']);
      expect(bad && !bad.ok && bad.error, name).toBeInstanceOf(InvalidInputError);
      expect(good?.ok, name).toBe(true);
    }
  });

  it('gives the same label and probabilities through the client as directly from the pocket model', async () => {
    const direct = await pocket.classifyBatch(MESSAGES);
    const routed = await client.classifyBatch(MESSAGES);
    expect(routed.map((o) => o.ok && o.value.label)).toEqual(direct.map((o) => o.ok && o.value.label));
    expect(routed.map((o) => o.ok && o.value.probabilities)).toEqual(
      direct.map((o) => o.ok && o.value.probabilities),
    );
    expect(routed.every((o) => o.ok && o.value.model === pocket.model)).toBe(true);
  });
});
