/**
 * Saves text as a file through the browser's own download, from an extension page (no downloads
 * permission needed). Parts are joined by the Blob, so a large text need not be one string.
 */
export function saveAsFile(content: string | readonly string[], fileName: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : [...content], { type }));
  link.download = fileName;
  link.click();
  // The download has started by then; keeping the object alive longer only holds memory.
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}

/** "fitcheck-accounts-2026-11-23.csv": a name that sorts by date in a downloads folder. */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
