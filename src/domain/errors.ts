import type { MessageKey, MessageParams } from './i18n';

/** A refusal meant for the person: its message is translated, never a stack trace. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}
