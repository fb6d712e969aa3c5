import type { Label } from '@piiguard/sdk';

/** Templates per label, grouped by intent (each intent is drawn equally often within its label). */
export type TemplateSet = Readonly<Record<Label, Readonly<Record<string, readonly string[]>>>>;

/** One generated, labelled message. */
export interface Example {
  readonly text: string;
  readonly label: Label;
}
