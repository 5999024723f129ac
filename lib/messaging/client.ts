import type { RequestOf, RequestType, ResponseOf } from './protocol.ts';

/** Sends one message and resolves with the raw answer (`browser.runtime.sendMessage` in the extension). */
export type Send = (message: unknown) => Promise<unknown>;

/** An error answered by the background, or an answer that does not fit the protocol. */
export class MessagingError extends Error {
  override name = 'MessagingError';
}

/**
 * Sends a typed request and returns the background's value, or throws a `MessagingError`.
 * The answer comes from our own background, which builds it from validated data; the client only
 * checks the envelope, so the content script does not carry the schemas (see ARCHITECTURE.md).
 */
export async function request<T extends RequestType>(
  send: Send,
  message: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const answer: unknown = await send(message);
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) {
    throw new MessagingError(`No valid answer to ${message.type}`);
  }
  if (answer.ok === true && 'value' in answer) return answer.value as ResponseOf<T>;
  const error = 'error' in answer && typeof answer.error === 'string' ? answer.error : null;
  throw new MessagingError(error ?? `No valid answer to ${message.type}`);
}
