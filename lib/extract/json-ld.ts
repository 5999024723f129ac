/** Work caps: hostile or bloated pages must not stall the content script. */
const MAX_SCRIPTS = 20;
const MAX_SCRIPT_LENGTH = 500_000;
const MAX_NODES = 5_000;
const MAX_DEPTH = 16;

/** A JSON-LD object as parsed; fields are read defensively. */
export type LdNode = Readonly<Record<string, unknown>>;

/** A typed JSON-LD node with where it was found (depth 0 is top level or directly in @graph). */
export interface LdEntry {
  readonly node: LdNode;
  readonly types: readonly string[];
  readonly depth: number;
}

export interface JsonLd {
  /** Typed nodes in document order, nested ones included. */
  readonly entries: readonly LdEntry[];
  /** Every type found, deduplicated, without the schema.org prefix. */
  readonly types: readonly string[];
  /** Nodes by `@id`, to resolve references such as `"author": { "@id": "#jane" }`. */
  readonly byId: ReadonlyMap<string, LdNode>;
}

/** Raw newlines and tabs inside strings are the most common way CMSs break their JSON. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g;

export const isNode = (value: unknown): value is LdNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses JSON that CMSs broke in the usual ways: comment or CDATA wrappers, raw newlines in
 * strings, trailing commas and semicolons. Returns undefined when it still does not parse. */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, '')
      .replace(/(?:\/\/\s*)?(?:-->|\]\]>)\s*$/, '')
      .replace(CONTROL_CHARACTERS, ' ')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/;\s*$/, '')
      .trim();
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function typesOf(node: LdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((type): type is string => typeof type === 'string' && type.length < 100)
    .map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').trim())
    .filter((type) => type !== '');
}

/** Reads every `application/ld+json` script of the document (within the caps above). */
export function readJsonLd(doc: Document): JsonLd {
  const roots: unknown[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && roots.length < MAX_SCRIPTS; i++) {
    const script = scripts[i];
    const type = script?.getAttribute('type')?.toLowerCase() ?? '';
    if (!script || !type.includes('ld+json')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_LENGTH) continue;
    const parsed = parseLenientJson(text.trim());
    if (parsed !== undefined) roots.push(parsed);
  }
  return walk(roots);
}

function walk(roots: readonly unknown[]): JsonLd {
  const entries: LdEntry[] = [];
  const types = new Set<string>();
  const byId = new Map<string, LdNode>();
  // Depth-first in document order: a stack of [value, depth] pushed in reverse.
  const stack: Array<[unknown, number]> = roots.map((root) => [root, 0] as [unknown, number]);
  stack.reverse();
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const [value, depth] = stack.pop() as [unknown, number];
    visited++;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      // Items of a list sit at the list's depth; a list inside a list goes one level deeper.
      for (let i = Math.min(value.length, MAX_NODES) - 1; i >= 0; i--) {
        stack.push([value[i], Array.isArray(value[i]) ? depth + 1 : depth]);
      }
      continue;
    }
    if (!isNode(value)) continue;
    const nodeTypes = typesOf(value);
    if (nodeTypes.length > 0) {
      entries.push({ node: value, types: nodeTypes, depth });
      for (const type of nodeTypes) types.add(type);
    }
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1) {
      const known = byId.get(id);
      if (!known || Object.keys(known).length < Object.keys(value).length) byId.set(id, value);
    }
    const children = Object.entries(value).filter(([key]) => key !== '@context');
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as [string, unknown];
      if (typeof child === 'object' && child !== null) {
        stack.push([child, key === '@graph' ? depth : depth + 1]);
      }
    }
  }
  return { entries, types: [...types], byId };
}

/** Follows an `{ "@id": ... }` reference to the full node when the document has it. */
export function resolveNode(value: unknown, byId: ReadonlyMap<string, LdNode>): unknown {
  if (!isNode(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string') return value;
  const full = byId.get(id);
  return full && Object.keys(full).length > Object.keys(value).length ? full : value;
}
