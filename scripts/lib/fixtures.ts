import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));

/** What a careful human says about a golden page (`expected.json`). */
export const expectedSchema = z.object({
  url: z.string(),
  isArticle: z.boolean(),
  isAIIndustry: z.boolean(),
  genre: z.enum(['news', 'analysis', 'opinion', 'press-release', 'other']),
  title: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  lang: z.string().nullable(),
  companies: z.array(z.string()),
  discovered: z.array(z.string()),
});
export type Expected = z.infer<typeof expectedSchema>;

export interface Fixture {
  readonly slug: string;
  readonly html: string;
  readonly expected: Expected;
}

/** Every golden page, sorted by slug; a malformed expected.json fails loudly with its slug. */
export async function loadFixtures(dir = FIXTURES_DIR): Promise<Fixture[]> {
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    slugs.map(async (slug) => {
      const html = await readFile(join(dir, slug, 'source.html'), 'utf8');
      const raw = JSON.parse(await readFile(join(dir, slug, 'expected.json'), 'utf8'));
      const parsed = expectedSchema.safeParse(raw);
      if (!parsed.success)
        throw new Error(`${slug}/expected.json: ${z.prettifyError(parsed.error)}`);
      return { slug, html, expected: parsed.data };
    }),
  );
}
