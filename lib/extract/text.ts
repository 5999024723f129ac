const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  apos: "'",
  gt: '>',
  hellip: '…',
  laquo: '«',
  ldquo: '“',
  lsquo: '‘',
  lt: '<',
  mdash: '—',
  nbsp: ' ',
  ndash: '–',
  quot: '"',
  raquo: '»',
  rdquo: '”',
  rsquo: '’',
};

/**
 * Decodes the HTML entities that CMSs leave in JSON-LD and meta values ("Q&amp;A",
 * "it&#8217;s"). Unknown names are left as written.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Collapses whitespace and trims; null when nothing is left. Only the first `max` characters
 * are kept, and only about that much of the input is ever scanned, so huge values stay cheap.
 */
export function cleanText(value: unknown, max = 1_000): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const head = String(value).slice(0, max * 2 + 64);
  const clean = decodeEntities(head).replace(/\s+/g, ' ').trim().slice(0, max).trim();
  return clean || null;
}

/** The text of an element, whitespace collapsed and capped (see {@link cleanText}). */
export function elementText(element: Element | null | undefined, max = 1_000): string | null {
  return element ? cleanText(element.textContent ?? '', max) : null;
}

/** Elements whose text is a separate field in a byline ("Jane Doe" / "Senior reporter"). */
const FIELD_TAGS = new Set([
  'BR',
  'DIV',
  'P',
  'LI',
  'SPAN',
  'TIME',
  'IMG',
  'H2',
  'H3',
  'H4',
  'UL',
  'DD',
  'DT',
]);

/**
 * The text of an element with a line break around each block or span child, so that fields
 * written without spaces between them ("<span>Jane Doe</span><span>Editor</span>") stay apart.
 * Walks at most `maxNodes` nodes and keeps at most `max` characters.
 */
export function fieldText(element: Element, max = 500, maxNodes = 300): string {
  const pieces: string[] = [];
  let length = 0;
  let visited = 0;
  const visit = (node: Node): void => {
    if (++visited > maxNodes || length > max) return;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      pieces.push(text);
      length += text.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const field = FIELD_TAGS.has((node as Element).tagName.toUpperCase());
    if (field) pieces.push('\n');
    for (const child of Array.from(node.childNodes)) visit(child);
    if (field) pieces.push('\n');
  };
  visit(element);
  return pieces.join('').slice(0, max);
}

/** Lower-case letters and digits only: "The Verge" and "theverge.com" compare as "theverge…". */
export function squash(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
