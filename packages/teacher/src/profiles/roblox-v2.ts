import { neutralizeTurn } from './neutralize.js';
import type { TeacherConversation, TeacherInput, TeacherProfile } from './types.js';
import { DEFAULT_V2_THRESHOLDS, labelFromV2Scores, type TeacherV2Thresholds } from './v2-rule.js';

/** The instruction every v2 input starts with, exactly as the model card gives it. */
export const V2_PREFIX =
  'Instruct: In the following chat messages from target speaker t and possibly other speakers s1, s2, etc., detect abuse by speaker t.\nQuery:';

/** Between turns; the tokenizer reads the literal `</s>` as the special token. */
const TURN_SEPARATOR = ' </s> ';

/** `t` for the author of the classified message (speaker 0), `s1`, `s2`, … for the others. */
const speakerName = (speaker: number) => (speaker === 0 ? 't' : `s${speaker}`);

/**
 * The v2 input as the model card defines it: `PREFIX + "\n\n" + turns.join(" </s> ")`, each turn
 * `"<name>: <text>"`, the classified message last as `t`'s turn. Every text is neutralised first
 * (see `neutralize.ts`), so no text can add a turn or change who is `t`. Windows of a message too
 * long for one input repeat `PREFIX + "\n\n" + "t:"` before each run of the message's tokens.
 */
export function formatV2({ text, context }: TeacherConversation): TeacherInput {
  const message = neutralizeTurn(text);
  const head = `${V2_PREFIX}\n\nt:`;
  const body = ` ${message}`;
  if (context.length === 0) return { text: head + body, head, body };
  const turns = context.map((turn) => `${speakerName(turn.speaker)}: ${neutralizeTurn(turn.text)}`);
  turns.push(`t: ${message}`);
  return { text: `${V2_PREFIX}\n\n${turns.join(TURN_SEPARATOR)}`, head, body };
}

/**
 * `Roblox/roblox-pii-classifier-v2` (open, Apache-2.0): three heads, the conversation format of
 * `formatV2`, truncated on the left (the newest tokens are kept, so the prefix and the oldest
 * context go first and the message itself never), the card's cutoffs and `labelFromV2Scores`.
 */
export const ROBLOX_V2: TeacherProfile<TeacherV2Thresholds> = Object.freeze({
  name: 'roblox-v2',
  heads: Object.freeze({
    asking: 'privacy_asking_for_pii',
    giving: 'privacy_giving_pii',
    offPlatform: 'directing_users_off_platform',
  }),
  usesContext: true,
  truncation: 'left',
  format: formatV2,
  thresholds: DEFAULT_V2_THRESHOLDS,
  label: labelFromV2Scores,
});
