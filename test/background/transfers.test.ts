import { describe, expect, it } from 'vitest';
import {
  appendUpload,
  readDownload,
  stashDownload,
  takeUpload,
  TRANSFER_PART_CHARS,
} from '@/lib/background/transfers';

describe('transfers in parts', () => {
  it('joins an upload sent in parts, once', () => {
    const id = appendUpload(undefined, 'abc');
    expect(appendUpload(id, 'def')).toBe(id);
    expect(takeUpload(id)).toBe('abcdef');
    expect(takeUpload(id)).toBeUndefined();
    expect(() => appendUpload(id, 'late')).toThrow(/no upload/);
  });

  it('reads a download larger than one message in parts, and frees it after the last', () => {
    const text = 'x'.repeat(TRANSFER_PART_CHARS * 2 + 5);
    const id = stashDownload(text);
    const first = readDownload(id, 0);
    const second = readDownload(id, TRANSFER_PART_CHARS);
    const last = readDownload(id, TRANSFER_PART_CHARS * 2);
    expect([first.done, second.done, last.done]).toEqual([false, false, true]);
    expect(first.part + second.part + last.part).toBe(text);
    expect(() => readDownload(id, 0)).toThrow(/no download/);
  });
});
