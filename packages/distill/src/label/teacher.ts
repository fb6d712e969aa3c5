import { loadClassifier } from '@piiguard/eval';
import { type Classifier, type ClassifierKind, PiiClient } from '@piiguard/sdk';
import type { TeacherDevice } from '@piiguard/teacher';
import { DISTILL_EXIT, DistillError } from '../exit-codes.js';
import type { Cutoffs } from './margin.js';

/** Which classifier labels the messages. */
export type TeacherSpec =
  | {
      /** `loadTeacher`: a local folder or a Hub id. */
      readonly source: 'teacher';
      /** @default the teacher package's `DEFAULT_MODEL` */
      readonly model?: string;
      readonly revision?: string;
      readonly device: TeacherDevice;
      /** Cutoffs given with `--thresholds`, by head; the model's profile supplies the rest. */
      readonly thresholds?: Cutoffs;
    }
  | {
      /** Any module export that is a `Classifier` or a factory of one (`@piiguard/eval`'s `loadClassifier`). */
      readonly source: 'module';
      readonly module: string;
      readonly exportName: string;
      readonly factoryOptions?: unknown;
      readonly cwd: string;
    }
  | {
      /** A hosted student (re-distillation), through `PiiClient`. */
      readonly source: 'student';
      readonly model: string;
      readonly baseURL: string;
      readonly apiKey: string;
    };

/** What the manifest records about the teacher. */
export interface TeacherInfo {
  readonly source: TeacherSpec['source'];
  readonly kind: ClassifierKind;
  readonly model: string;
  /** The Hub revision asked for (`main` unless pinned); absent for folders, modules and students. */
  readonly revision?: string;
  /** The cutoffs in force: a `loadTeacher` teacher's own, else the ones `--drop-margin` measured against. */
  readonly cutoffs: Cutoffs;
  /** The model profile of a `loadTeacher` teacher (`roblox-v1`, `roblox-v2`, …). */
  readonly profile?: string;
  /** Whether it reads the records' conversation context. */
  readonly usesContext: boolean;
}

/**
 * The teacher package, imported only when the label step needs it: it brings onnxruntime-node,
 * and it is an optional peer of this package.
 */
async function teacherPackage(): Promise<typeof import('@piiguard/teacher')> {
  try {
    return await import('@piiguard/teacher');
  } catch (error) {
    throw new DistillError(
      'The label step needs the @piiguard/teacher package, which cannot be loaded: install it next to @piiguard/distill.',
      DISTILL_EXIT.classifierUnavailable,
      { cause: error },
    );
  }
}

/** A Hub id (`owner/name`) rather than a folder: the same test `loadTeacher` applies. */
const isHubId = (model: string) => !/^(\/|\.\/|\.\.\/|~)/.test(model) && /^[\w.-]+\/[\w.-]+$/.test(model);

/**
 * The hosted student as a `Classifier` for `evaluate` and labelling: `PiiClient` routes, retries
 * and caches; this object only adds the `kind` and `model` every classifier reports.
 */
export function clientClassifier(client: PiiClient): Classifier {
  return {
    kind: 'api',
    model: client.model,
    usesContext: false,
    classify: (text, options) => client.classify(text, options),
    classifyBatch: (texts, options) => client.classifyBatch(texts, options),
    close: () => client.close(),
  };
}

/**
 * Loads the teacher the spec names. Load failures are the sdk's typed errors: `ModelLoadError`, or
 * `AuthenticationError` for a student without `FIREWORKS_API_KEY`.
 */
export async function openTeacher(
  spec: TeacherSpec,
  givenCutoffs: Cutoffs | undefined,
): Promise<{ classifier: Classifier; info: TeacherInfo }> {
  const teacher = await teacherPackage();
  // Margins of teachers that are not loadTeacher's are measured against --thresholds, else the v1 card's.
  const cutoffs = givenCutoffs ?? teacher.DEFAULT_THRESHOLDS;
  switch (spec.source) {
    case 'teacher': {
      const model = spec.model ?? teacher.DEFAULT_MODEL;
      const classifier = await teacher.loadTeacher({
        model,
        device: spec.device,
        ...(spec.thresholds ? { thresholds: spec.thresholds } : {}),
        ...(spec.revision ? { revision: spec.revision } : {}),
      });
      const revision = isHubId(model) ? (spec.revision ?? 'main') : undefined;
      return {
        classifier,
        info: {
          source: 'teacher',
          kind: classifier.kind,
          model: classifier.model,
          ...(revision ? { revision } : {}),
          cutoffs: { ...classifier.thresholds },
          profile: classifier.profile.name,
          usesContext: classifier.usesContext === true,
        },
      };
    }
    case 'module': {
      const classifier = await loadClassifier(spec.module, {
        exportName: spec.exportName,
        cwd: spec.cwd,
        ...(spec.factoryOptions !== undefined ? { factoryOptions: spec.factoryOptions } : {}),
      });
      return {
        classifier,
        info: {
          source: 'module',
          kind: classifier.kind,
          model: classifier.model,
          cutoffs,
          usesContext: classifier.usesContext !== false,
        },
      };
    }
    case 'student': {
      const client = new PiiClient({
        apiKey: spec.apiKey,
        baseURL: spec.baseURL,
        model: spec.model,
        cache: false,
      });
      return {
        classifier: clientClassifier(client),
        info: { source: 'student', kind: 'api', model: spec.model, cutoffs, usesContext: false },
      };
    }
  }
}
