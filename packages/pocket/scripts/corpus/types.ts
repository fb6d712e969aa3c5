import type { Label } from '@piiguard/sdk';

/** Templates per label, grouped by intent (each intent is drawn equally often within its label). */
export type TemplateSet = Readonly<Record<Label, Readonly<Record<string, readonly string[]>>>>;

/** One generated, labelled message. */
export interface Example {
  readonly text: string;
  readonly label: Label;
  /**
   * The text as harmless chatter before, the labelled message, and chatter after (`text` joins
   * them). Training uses it to label the windows of a long message: only windows that overlap
   * the message carry its label.
   */
  readonly parts: readonly [before: string, message: string, after: string];
}
