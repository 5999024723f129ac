/**
 * Every request a browser made while a scenario ran, from every context (pages, content scripts,
 * the extension's background, its pages, and the browser's own services), attributed to the
 * context that caused it, as each browser records it:
 *
 * - Chromium's network log (`--log-net-log`): each request's initiator origin.
 * - Firefox's Content Security Manager log (`MOZ_LOG=CSMLog:5`): each channel's triggering
 *   principal. (WebDriver BiDi's network events leave out the extension's background page.)
 *
 * The audit then sorts them by attribution, never by a list of the browsers' own addresses, which
 * change with each release.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface LoggedRequest {
  readonly url: string;
  /**
   * The origin that caused the request (`chrome-extension://…`, `moz-extension://…` for an
   * extension's own, a web origin for a page's), or null for the browser itself.
   */
  readonly initiator: string | null;
  /** A frame's navigation (a document load), or another kind of request. */
  readonly navigation: boolean;
  /** What loaded it: Chromium's traffic annotation, Firefox's content policy type. */
  readonly loader: string | null;
}

/** Who a request is attributed to. */
export interface Attribution {
  /** Started by one of the extension's contexts (its origin is the initiator). */
  readonly extension: LoggedRequest[];
  /** Started by a web page or by a content script running in one (a web origin initiated it). */
  readonly pages: LoggedRequest[];
  /** Frame navigations the browser started: the tabs the test (or the extension) opened. */
  readonly navigations: LoggedRequest[];
  /**
   * The browser's own: no page or extension of ours caused them (account checks, component,
   * autofill and remote-settings queries, the browser's built-in add-ons). They change with each
   * release.
   */
  readonly browser: LoggedRequest[];
}

const isWeb = (origin: string | null) => origin !== null && /^https?:\/\//.test(origin);

/** Sorts requests by who started them; `own` is the extension's origin, without a slash. */
export function attribute(requests: readonly LoggedRequest[], own: string): Attribution {
  const attribution: Attribution = { extension: [], pages: [], navigations: [], browser: [] };
  for (const request of requests) {
    if (request.initiator === own) attribution.extension.push(request);
    else if (isWeb(request.initiator)) attribution.pages.push(request);
    else if (request.navigation) attribution.navigations.push(request);
    else attribution.browser.push(request);
  }
  return attribution;
}

/** "accounts.google.com ×3, update.googleapis.com ×2": the hosts of some requests, for a report. */
export function hostCounts(requests: readonly LoggedRequest[]): string {
  const counts = new Map<string, number>();
  for (const { url } of requests) {
    const host = URL.canParse(url) ? new URL(url).host : url;
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return [...counts].map(([host, n]) => `${host} ×${n}`).join(', ') || 'none';
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: {
    type: number;
    source: { id: number };
    params?: {
      url?: string;
      initiator?: string;
      request_type?: string;
      traffic_annotation?: number;
    };
  }[];
}

/** The requests in a Chromium network log, once per job start, in order. Read after it closed. */
export async function chromiumRequests(file: string): Promise<LoggedRequest[]> {
  const log = JSON.parse(await readFile(file, 'utf8')) as NetLog;
  const { URL_REQUEST_START_JOB: startJob, REQUEST_ALIVE: alive } = log.constants.logEventTypes;
  if (startJob === undefined || alive === undefined) {
    throw new Error('net log without URL_REQUEST_START_JOB or REQUEST_ALIVE events');
  }
  const annotations = new Map<number, number>();
  const requests: LoggedRequest[] = [];
  for (const { type, source, params } of log.events) {
    if (type === alive && typeof params?.traffic_annotation === 'number') {
      annotations.set(source.id, params.traffic_annotation);
    }
    if (type !== startJob || typeof params?.url !== 'string') continue;
    // A log that does not say what kind of request this is cannot be attributed: fail loudly.
    if (typeof params.request_type !== 'string') {
      throw new Error(`net log entry without request_type: ${params.url}`);
    }
    const initiator = params.initiator;
    requests.push({
      url: params.url,
      initiator: initiator && initiator !== 'not an origin' ? initiator : null,
      navigation: params.request_type.endsWith('frame'),
      loader: String(annotations.get(source.id) ?? 'unknown'),
    });
  }
  return requests;
}

const NETWORK = /^(https?|wss?):\/\//;

/**
 * The origin a Firefox principal stands for: a codebase principal's origin; for an expanded
 * principal (a content script: the page's origin and the extension's), the web page's origin;
 * null for the system principal, a null principal or none.
 */
export function principalOrigin(principal: string): string | null {
  const origins = [...principal.matchAll(/(?:https?|moz-extension):\/\/[^/\s",\]]+/g)].map(
    ([match]) => match,
  );
  return origins.find((origin) => isWeb(origin)) ?? origins[0] ?? null;
}

/**
 * The network requests in Firefox's Content Security Manager log: every file of one launch (one
 * per process: `<prefix>.moz_log`, `<prefix>.child-N.moz_log`), each channel once per check.
 */
export async function firefoxRequests(prefix: string): Promise<LoggedRequest[]> {
  const dir = dirname(prefix);
  const files = (await readdir(dir)).filter((name) => name.startsWith(basename(prefix)));
  if (files.length === 0) throw new Error(`no Firefox log at ${prefix}*`);
  const requests: LoggedRequest[] = [];
  for (const name of files) {
    let current: { url?: string; principal?: string; type?: string; again?: boolean } | null = null;
    const flush = () => {
      // The parent process checks a content process's channel again: count it once.
      if (current?.url && NETWORK.test(current.url) && !current.again) {
        if (current.principal === undefined || current.type === undefined) {
          throw new Error(`Firefox log entry without principal or type: ${current.url}`);
        }
        requests.push({
          url: current.url,
          initiator: principalOrigin(current.principal),
          navigation: current.type === 'TYPE_DOCUMENT' || current.type === 'TYPE_SUBDOCUMENT',
          loader: current.type,
        });
      }
    };
    for (const line of (await readFile(join(dir, name), 'utf8')).split('\n')) {
      const field =
        /CSMLog\s+(doContentSecurityCheck:|channelURI: "(.*)"|triggeringPrincipal: (.*)|externalContentPolicyType: (\S+)|initialSecurityChecksDone: (true|false))$/.exec(
          line,
        );
      if (!field) continue;
      if (field[1] === 'doContentSecurityCheck:') {
        flush();
        current = {};
      } else if (current && field[2] !== undefined) current.url = field[2];
      else if (current && field[3] !== undefined) current.principal = field[3];
      else if (current && field[4] !== undefined) current.type = field[4];
      else if (current && field[5] !== undefined) current.again = field[5] === 'true';
    }
    flush();
  }
  return requests;
}
