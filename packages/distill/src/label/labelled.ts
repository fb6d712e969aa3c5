import type { Label, LabelProbabilities, TeacherScores } from '@piiguard/sdk';
import type { MessageRecord } from '../messages/record.js';

/** The teacher's answer for one record, as `labels.jsonl` keeps it. */
export interface TeacherAnswer {
  /** The thresholded label: the training target. */
  readonly label: Label;
  /** The teacher's raw sigmoid scores, when the teacher has them. */
  readonly scores?: TeacherScores;
  /** Class probabilities, when the teacher has them (a student, the pocket model). */
  readonly probabilities?: LabelProbabilities;
  /** Distance from the nearest cutoff (see `decisionMargin`). */
  readonly margin?: number;
  /** The model that answered. */
  readonly model: string;
}

/** A message with its teacher label: one line of `labels.jsonl`. */
export interface LabelledRecord extends MessageRecord {
  readonly teacher: TeacherAnswer;
}
