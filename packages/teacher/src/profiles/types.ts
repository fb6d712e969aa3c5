import type { Label, TeacherScores } from '@piiguard/sdk';

/** The scores a teacher head can fill, in `TeacherScores`. */
export type TeacherHead = keyof TeacherScores;

/** Cutoffs by name, as a profile's labelling rule reads them (each a score in [0, 1]). */
export type TeacherCutoffs = { readonly [name: string]: number };

/**
 * One message as a profile's `format` receives it: after the shared input rules, with its context
 * when the profile reads context (`usesContext`), otherwise with none.
 */
export interface TeacherConversation {
  /** The classified message. */
  readonly text: string;
  /**
   * The earlier turns, oldest first. `speaker` 0 is the author of the classified message; the
   * other speakers are 1, 2, … in order of first appearance in the context. Empty without context.
   */
  readonly context: readonly { readonly speaker: number; readonly text: string }[];
}

/**
 * What `format` makes of one message: the strings the tokenizer reads. The teacher tokenizes
 * `head + body` (the message alone). When that fits one 512-token window (`<s>` + 510 + `</s>`):
 * `text` is the input, its newest 510 tokens if it is longer (`truncation: 'left'`) or its oldest
 * (`'right'`). Otherwise the message is scored alone in windows, each `<s>` + the tokens of `head`
 * + a run of the tokens of `body` + `</s>`, with the max per head.
 *
 * So `text` must hold the message alone, or the message and its context with the message on the
 * side that truncation keeps; the message's own part of `text` must not tokenize longer than
 * `head + body` does (true when it is a suffix or prefix of it, cut at a space or a special token).
 */
export interface TeacherInput {
  /** The model's whole input (the message with its context). */
  readonly text: string;
  /** What every window of a long message starts with (v2: the instruction prefix and `t:`). */
  readonly head: string;
  /** The message's own text in its input; windows cut its tokens. */
  readonly body: string;
}

/**
 * A model's shape: which `config.json` labels are which score, how a message (and its context)
 * becomes the model's input, how it is cut to 512 tokens, the default cutoffs and the labelling
 * rule. `ROBLOX_V1` and `ROBLOX_V2` are the two Roblox releases; pass your own as the `profile`
 * option for another XLM-R sequence classifier (spread a built-in one and change what differs).
 */
export interface TeacherProfile<T extends TeacherCutoffs = TeacherCutoffs> {
  /** Reported as `teacher.profile.name` and named in errors. */
  readonly name: string;
  /**
   * The `config.json` `id2label` name of each score; `asking` and `giving` are required. A model is
   * detected as this profile when its labels are exactly these names (in any order: the logit
   * order is always read from `id2label`).
   */
  readonly heads: { readonly asking: string; readonly giving: string; readonly offPlatform?: string };
  /** Whether `format` reads the context; `false`: it gets none, and the teacher says `usesContext: false`. */
  readonly usesContext: boolean;
  /** Which end of an over-long input is cut: `left` keeps the newest tokens (the message last). */
  readonly truncation: 'left' | 'right';
  /** Builds the model's input for one message. Runs on the caller's thread; must not throw. */
  format(conversation: TeacherConversation): TeacherInput;
  /** The default cutoffs, each in [0, 1]; the `thresholds` option overrides them by name. */
  readonly thresholds: T;
  /** The label for one text's scores (pure). */
  label(scores: TeacherScores, thresholds: T): Label;
}
