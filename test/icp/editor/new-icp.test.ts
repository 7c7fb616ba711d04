import { describe, expect, it } from 'vitest';
import { copyOfIcp, segmentVariantOf } from '@/lib/icp/editor/new-icp';
import { checkDraft } from '@/lib/icp/editor/draft-issues';
import { toIdSlug, uniqueId } from '@/lib/icp/editor/unique-id';
import { SAMPLE_ICP } from '@/lib/icp/sample-icp';

describe('new ICPs', () => {
  it('starts a segment variant as a valid copy that names its primary', () => {
    const segment = segmentVariantOf(SAMPLE_ICP, 'Enterprise (EMEA)', new Set([SAMPLE_ICP.id]));
    expect(segment).toMatchObject({
      id: 'enterprise-emea',
      name: 'Enterprise (EMEA)',
      segmentOf: SAMPLE_ICP.id,
      version: 1,
    });
    expect(segment.criteria).toEqual(SAMPLE_ICP.criteria);
    expect(checkDraft(segment)).toEqual([]);
  });

  it('copies an ICP under a new id that is not taken, without making it a segment', () => {
    const copy = copyOfIcp({ ...SAMPLE_ICP, segmentOf: 'x' }, 'SMB', new Set(['smb']));
    expect(copy.id).toBe('smb-2');
    expect(copy.segmentOf).toBeUndefined();
  });
});

describe('ids', () => {
  it.each([
    ['Mid-market (EMEA)', 'mid-market-emea'],
    ['Größe & Branche', 'grosse-branche'],
    ['  ---  ', ''],
  ])('%j -> %j', (text, slug) => {
    expect(toIdSlug(text)).toBe(slug);
  });

  it('numbers a taken id', () => {
    expect(uniqueId('tier', new Set(['tier', 'tier-2']))).toBe('tier-3');
    expect(uniqueId('!!!', new Set())).toBe('item');
  });
});
