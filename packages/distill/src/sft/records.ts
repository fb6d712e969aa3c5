import { type ChatTurn, DEFAULT_SYSTEM_PROMPT, type Label, studentMessages } from '@piiguard/sdk';

/** One line of Fireworks' chat-format SFT data. */
export interface SftRecord {
  readonly messages: readonly ChatTurn[];
}

/**
 * The training example for one message: exactly the system and user turns `PiiClient` sends
 * (`studentMessages`, the sdk's one definition of them), and the teacher's label as the answer.
 * @param systemPrompt @default DEFAULT_SYSTEM_PROMPT
 */
export function sftRecord(
  text: string,
  label: Label,
  systemPrompt: string = DEFAULT_SYSTEM_PROMPT,
): SftRecord {
  return { messages: [...studentMessages(text, systemPrompt), { role: 'assistant', content: label }] };
}

/** One way a line breaks Fireworks' documented SFT format. */
export interface SftIssue {
  /** 1-based line; 0 for the file as a whole (too few examples). */
  readonly line: number;
  readonly message: string;
}

/** Fireworks' documented bounds on one dataset. */
export const SFT_MIN_EXAMPLES = 3;
export const SFT_MAX_EXAMPLES = 3_000_000;

const ROLES = new Set(['system', 'user', 'assistant']);

function lineIssues(value: unknown, line: number): SftIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ line, message: 'each line must be a JSON object' }];
  }
  const messages = (value as { messages?: unknown }).messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    return [{ line, message: 'each example needs a non-empty "messages" array' }];
  }
  const issues: SftIssue[] = [];
  messages.forEach((message, index) => {
    const m = message as Record<string, unknown> | null;
    if (typeof m !== 'object' || m === null) {
      issues.push({ line, message: `messages[${index}] must be an object` });
      return;
    }
    if (typeof m.role !== 'string' || !ROLES.has(m.role)) {
      issues.push({ line, message: `messages[${index}].role must be system, user or assistant` });
    } else if (m.role === 'system' && index !== 0) {
      issues.push({ line, message: 'a system message must be the first message' });
    }
    if (typeof m.content !== 'string')
      issues.push({ line, message: `messages[${index}].content must be a string` });
    if (m.weight !== undefined && m.weight !== 0 && m.weight !== 1) {
      issues.push({ line, message: `messages[${index}].weight must be 0 or 1` });
    }
  });
  return issues;
}

/**
 * Checks JSONL text against Fireworks' documented SFT format (docs.fireworks.ai, "Supervised Fine
 * Tuning - Text"): one JSON object per line with a non-empty `messages` array; each message has a
 * `role` of `system`, `user` or `assistant` and a string `content`; a system message, if any,
 * comes first; the optional `weight` is 0 or 1; between 3 and 3 million examples. Returns every
 * issue found (none for a valid file); never quotes the content.
 */
export function validateSftJsonl(text: string): SftIssue[] {
  const issues: SftIssue[] = [];
  let examples = 0;
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    examples++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      issues.push({ line: index + 1, message: 'not valid JSON' });
      return;
    }
    issues.push(...lineIssues(value, index + 1));
  });
  if (examples < SFT_MIN_EXAMPLES) {
    issues.push({
      line: 0,
      message: `a dataset needs at least ${SFT_MIN_EXAMPLES} examples (it has ${examples})`,
    });
  }
  if (examples > SFT_MAX_EXAMPLES) {
    issues.push({
      line: 0,
      message: `a dataset holds at most ${SFT_MAX_EXAMPLES} examples (it has ${examples})`,
    });
  }
  return issues;
}
