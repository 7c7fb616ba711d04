import type { FitcheckDb } from '@/lib/db';
import { type IcpParseResult, parseIcpText, parseIcpValue } from './parse-icp-file';
import { SAMPLE_ICP } from './sample-icp';
import type { Icp } from './schema';

export const ACTIVE_ICP_KEY = 'activeIcpId';

/**
 * The active ICP. On first use (a fresh install) the sample ICP is stored and made active,
 * so the SDR sees a fit on the first company page they open.
 */
export async function getActiveIcp(db: FitcheckDb): Promise<Icp> {
  return db.transaction('rw', db.icps, db.settings, async () => {
    const setting = await db.settings.get(ACTIVE_ICP_KEY);
    if (typeof setting?.value !== 'string') {
      await storeAndActivate(db, SAMPLE_ICP);
      return SAMPLE_ICP;
    }
    const stored = await db.icps.get(setting.value);
    const parsed = stored ? parseIcpValue(stored.icp) : undefined;
    if (parsed?.ok) return parsed.icp;
    // The team's ICP is never overwritten here: scoring falls back to the sample until a valid
    // ICP is imported or synced, and the stored one stays for RevOps to fix.
    console.warn(
      `Fitcheck: the active ICP "${setting.value}" could not be read; scoring with the sample ICP`,
    );
    return SAMPLE_ICP;
  });
}

/**
 * Imports an ICP file's text. Only a file that passes every check is stored and made active;
 * any error leaves the stored ICPs and the active one exactly as they were.
 */
export async function importIcpText(db: FitcheckDb, text: string): Promise<IcpParseResult> {
  const result = parseIcpText(text);
  if (result.ok) await db.transaction('rw', db.icps, db.settings, () => storeAndActivate(db, result.icp));
  return result;
}

/** Stores an ICP and makes it the active one; call inside a transaction over icps and settings. */
export async function storeAndActivate(
  db: FitcheckDb,
  icp: Icp,
  importedAt = new Date().toISOString(),
): Promise<void> {
  await db.icps.put({ id: icp.id, icp, importedAt });
  await db.settings.put({ key: ACTIVE_ICP_KEY, value: icp.id });
}
