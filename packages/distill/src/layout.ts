import { join } from 'node:path';

/** Where every file of a run lives, below its `--dir`. */
export function runLayout(dir: string) {
  return {
    dir,
    state: join(dir, 'state.json'),
    messages: join(dir, 'messages.jsonl'),
    generatedCheckpoint: join(dir, 'generated.checkpoint.jsonl'),
    labels: join(dir, 'labels.jsonl'),
    /** Which teacher labelled `labels.jsonl` (model, revision, cutoffs), for the manifest. */
    teacher: join(dir, 'teacher.json'),
    labelsCheckpoint: join(dir, 'labels.checkpoint.jsonl'),
    dropped: join(dir, 'dropped.jsonl'),
    sftDir: join(dir, 'sft'),
    sft: {
      train: join(dir, 'sft', 'train.jsonl'),
      validation: join(dir, 'sft', 'validation.jsonl'),
      test: join(dir, 'sft', 'test.jsonl'),
    },
    /** The test split in `@piiguard/eval`'s dataset format (teacher labels), for `piiguard eval` too. */
    testSet: join(dir, 'test.eval.jsonl'),
    manifest: join(dir, 'manifest.json'),
    evaluation: join(dir, 'evaluation.json'),
    pocketEvaluation: join(dir, 'pocket-evaluation.json'),
    /** The pocket model retrained on the teacher's labels, for `loadPocket({ weights })`. */
    pocketWeights: join(dir, 'pocket-weights.json'),
  };
}

export type RunLayout = ReturnType<typeof runLayout>;
