/**
 * Reads Chromium's network log (`--log-net-log`): every request the browser made, from every
 * context — pages, content scripts, the extension's service worker, offscreen document and pages.
 */
import { readFile } from 'node:fs/promises';

export interface LoggedRequest {
  readonly url: string;
  /** The origin that caused the request (`chrome-extension://…` for the extension's own). */
  readonly initiator: string | null;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; initiator?: string } }[];
}

/** Every request that started a job, once per start, in order. Call after the browser closed. */
export async function loggedRequests(file: string): Promise<LoggedRequest[]> {
  const log = JSON.parse(await readFile(file, 'utf8')) as NetLog;
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  if (startJob === undefined) throw new Error('net log without URL_REQUEST_START_JOB events');
  return log.events
    .filter((event) => event.type === startJob && typeof event.params?.url === 'string')
    .map((event) => {
      const initiator = event.params?.initiator;
      return {
        url: event.params?.url ?? '',
        initiator: initiator && initiator !== 'not an origin' ? initiator : null,
      };
    });
}
