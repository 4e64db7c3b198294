import type { MessageKey, MessageParams } from './i18n';

/** A refusal meant for the person: its message is translated, never a stack trace. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    /** The input field the refusal is about; `form` for the input as a whole. */
    readonly field = 'form',
  ) {
    super(key);
    this.name = 'UserError';
  }
}

/** Refuses one input field (the sidebar shows the message beside it), before anything is written. */
export function refuse(field: string, key: MessageKey, params?: MessageParams): never {
  throw new UserError(key, params, field);
}
