/** Saves text as a file through the browser's own download (no downloads permission needed). */
export function downloadText(text: string, fileName: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.click();
  // The download has started by then; keeping the object alive longer only holds memory.
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}

export function datedFileName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
