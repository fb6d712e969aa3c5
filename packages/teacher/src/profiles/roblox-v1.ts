import { DEFAULT_THRESHOLDS, labelFromScores, type TeacherThresholds } from '../thresholds.js';
import { neutralizeSpecialTokens } from './neutralize.js';
import type { TeacherConversation, TeacherProfile } from './types.js';

/**
 * `Roblox/roblox-pii-classifier` (v1, gated on the Hub): two heads, the bare message as input
 * (it was trained on single messages, so it reads no context), long text in windows, the card's
 * cutoffs and `labelFromScores`.
 */
export const ROBLOX_V1: TeacherProfile<TeacherThresholds> = Object.freeze({
  name: 'roblox-v1',
  heads: Object.freeze({ asking: 'privacy_asking_for_pii', giving: 'privacy_giving_pii' }),
  usesContext: false,
  // Never applies (the input is the message alone, which is windowed rather than cut); the
  // tokenizer's own default is stated for completeness.
  truncation: 'right',
  format({ text }: TeacherConversation) {
    const body = neutralizeSpecialTokens(text);
    return { text: body, head: '', body };
  },
  thresholds: DEFAULT_THRESHOLDS,
  label: labelFromScores,
});
