import { type ClassifierCalls, type ClassifyResult, isPiiguardError } from '@piiguard/sdk';

/** What a chat server does with one message. */
export type Decision =
  | { readonly action: 'deliver' }
  | {
      readonly action: 'block';
      readonly reason: 'asking' | 'giving';
      readonly source: ClassifyResult['source'];
    }
  | { readonly action: 'hold'; readonly errorKind: string };

/**
 * An application's moderation rule, as a user of piiguard would write it: block messages that ask
 * for or give away personal information; hold (deliver later, after review) when classification
 * failed, rather than letting an unchecked message through. Every piiguard classifier is called the
 * same way, so `classifier` may be a `PiiClient`, the teacher or the pocket model.
 */
export async function moderate(
  classifier: Pick<ClassifierCalls, 'classify'>,
  message: string,
): Promise<Decision> {
  try {
    const result = await classifier.classify(message);
    if (result.label === 'none') return { action: 'deliver' };
    return { action: 'block', reason: result.label, source: result.source };
  } catch (error) {
    return { action: 'hold', errorKind: isPiiguardError(error) ? error.kind : 'unknown' };
  }
}
