import { z } from 'zod';
import { type AnalyzedPage, analyzeDocument } from '../../lib/analyze/analyze-page.ts';
import { offscreenAnalyzeRequest, type Result } from '../../lib/messaging/protocol.ts';
import type { SenderInfo } from '../../lib/messaging/sender.ts';

/**
 * Answers an `offscreen/analyze` request from our own background, or returns null for any other
 * message (the offscreen document shares `runtime.onMessage` with every extension page).
 */
export function answerOffscreen(
  raw: unknown,
  sender: SenderInfo,
  own: { readonly id: string; readonly backgroundUrl: string },
  parse: (html: string) => Document,
): Result<AnalyzedPage> | null {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { type?: unknown }).type !== 'offscreen/analyze'
  ) {
    return null;
  }
  if (sender.id !== own.id || sender.url !== own.backgroundUrl) {
    return { ok: false, error: 'Rejected offscreen/analyze: not from the background' };
  }
  const request = offscreenAnalyzeRequest.safeParse(raw);
  if (!request.success) {
    return { ok: false, error: `Invalid message: ${z.prettifyError(request.error)}` };
  }
  try {
    const { html, url, pastPrefilter } = request.data;
    return { ok: true, value: analyzeDocument(parse(html), url, Date.now(), { pastPrefilter }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
