/**
 * Reading a response body under a byte cap, then decoding it with the charset the response or
 * the XML declaration names (UTF-8 otherwise). The cap is checked against Content-Length first
 * and then while streaming, so an endless or huge body costs at most `maxBytes` of memory.
 */

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(maxBytes: number): ReadResult {
  return { ok: false, error: `the feed is larger than ${megabytes(maxBytes)}; not read` };
}

export async function readCapped(
  response: Response,
  maxBytes: number,
  contentType: string | null,
): Promise<ReadResult> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge(maxBytes);
  }
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: decode(bytes, contentType) };
}

/** The charset named by the Content-Type header, else by the XML declaration, else UTF-8. */
export function decode(bytes: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const fromXml = /^\uFEFF?\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  for (const label of [fromHeader, fromXml, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown charset label: try the next source.
    }
  }
  return new TextDecoder().decode(bytes);
}
