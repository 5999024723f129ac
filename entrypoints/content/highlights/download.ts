/** Saves a text as a file the reader downloads (a Blob URL, revoked right after). */
export function downloadText(filename: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  // A detached link: it never enters the page, and its click is ours, not the page's.
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
