import { z } from 'zod';
import {
  allowedSenders,
  type RequestOf,
  type RequestType,
  type ResponseOf,
  type Result,
  requestSchema,
} from './protocol.ts';
import { classifySender, type OwnExtension, type SenderInfo } from './sender.ts';

/** What a handler knows about who asked, after the sender check. */
export interface RequestContext {
  readonly tabId?: number;
  /** The sender's tab is in a private window: nothing from it is ever stored. */
  readonly incognito: boolean;
}

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, context: RequestContext) => Promise<ResponseOf<T>>;
};

/**
 * Parses a raw message, checks its sender and runs its handler. Never throws: every failure comes
 * back as `{ ok: false, error }` with a message a developer (or a reader, in the UI) can act on.
 */
export async function dispatch(
  raw: unknown,
  sender: SenderInfo,
  own: OwnExtension,
  handlers: Handlers,
): Promise<Result<unknown>> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: `Invalid message: ${z.prettifyError(parsed.error)}` };
  }
  const request = parsed.data;
  const context = classifySender(sender, own);
  if (!context || !allowedSenders[request.type].includes(context)) {
    return { ok: false, error: `Rejected ${request.type}: not allowed from this sender` };
  }
  try {
    const handler = handlers[request.type] as (
      request: RequestOf<RequestType>,
      context: RequestContext,
    ) => Promise<unknown>;
    const value = await handler(request, {
      tabId: sender.tab?.id,
      incognito: sender.tab?.incognito === true,
    });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
