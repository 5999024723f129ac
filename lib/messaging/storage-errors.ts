/** What the reader is told when the browser refuses to store more. */
export const QUOTA_MESSAGE =
  'Your browser has no room left for the Backstory archive, so this article was not saved. Nothing already saved was lost. Free some disk space, or delete old articles in the library.';

/** Whether an error (or the error inside a Dexie error) is the browser's storage quota. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    current = inner;
  }
  return false;
}

/** Rethrows a quota error as the message a reader can act on; other errors pass unchanged. */
export async function explainStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new Error(QUOTA_MESSAGE);
    throw error;
  }
}
