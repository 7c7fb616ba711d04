import type { FitcheckDb } from '@/lib/db';
import { ACTIVE_ICP_KEY, getActiveIcp, storeAndActivate } from './icp-store';
import { type IcpParseResult, parseIcpValue } from './parse-icp-file';
import type { Icp } from './schema';

/** A stored ICP as the editor lists it; one that no longer parses says why instead of vanishing. */
export type LibraryEntry =
  | { id: string; ok: true; icp: Icp; savedAt: string }
  | { id: string; ok: false; savedAt: string; problem: string };

/** The answer to a change of the library: refused changes say why. */
export type LibraryChange = { ok: true } | { ok: false; problem: string };

export interface IcpLibrary {
  /** The ICP accounts are scored with: the sample one while the chosen primary cannot be read. */
  primaryId: string;
  entries: LibraryEntry[];
  /** Set when the ICP chosen as primary no longer parses: its id and why. */
  unreadablePrimary?: { id: string; problem: string };
}

/** Every stored ICP, the primary first, then its segment variants, then the rest by name. */
export async function listIcpLibrary(db: FitcheckDb): Promise<IcpLibrary> {
  const primary = await getActiveIcp(db);
  const rows = await db.icps.toArray();
  const entries = rows.map((row): LibraryEntry => {
    const parsed = parseIcpValue(row.icp);
    if (parsed.ok) return { id: row.id, ok: true, icp: parsed.icp, savedAt: row.importedAt };
    const first = parsed.errors[0];
    return { id: row.id, ok: false, savedAt: row.importedAt, problem: `${first?.path}: ${first?.message}` };
  });
  const rank = (entry: LibraryEntry) =>
    entry.id === primary.id ? 0 : entry.ok && entry.icp.segmentOf === primary.id ? 1 : 2;
  const nameOf = (entry: LibraryEntry) => (entry.ok ? entry.icp.name : entry.id);
  entries.sort((a, b) => rank(a) - rank(b) || nameOf(a).localeCompare(nameOf(b)));
  const chosen = (await db.settings.get(ACTIVE_ICP_KEY))?.value;
  const broken = entries.find((entry) => entry.id === chosen && !entry.ok);
  const unreadablePrimary = broken && !broken.ok ? { id: broken.id, problem: broken.problem } : undefined;
  return { primaryId: primary.id, entries, ...(unreadablePrimary ? { unreadablePrimary } : {}) };
}

/**
 * Saves an edited ICP as a new version: the version number moves past the stored one, reviewedAt
 * becomes today (saving is the review), and the version it replaces is kept in the history. Only
 * an ICP that passes every check is stored; otherwise nothing changes and the errors say where.
 */
export async function saveIcpVersion(
  db: FitcheckDb,
  draft: unknown,
  now: Date,
  baseVersion?: number,
): Promise<IcpParseResult> {
  const parsed = parseIcpValue(draft);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', db.icps, db.icpHistory, db.settings, async () => {
    const stored = await db.icps.get(parsed.icp.id);
    // Read the stored version from the raw row: a stored ICP that no longer parses still has one.
    const raw: unknown = stored?.icp;
    const storedVersion =
      raw && typeof raw === 'object' && 'version' in raw && typeof raw.version === 'number'
        ? raw.version
        : undefined;
    const conflict = versionConflict(storedVersion, baseVersion);
    if (conflict) return { ok: false, errors: [{ path: 'version', message: conflict }] };
    const version =
      storedVersion === undefined ? parsed.icp.version : Math.max(storedVersion, parsed.icp.version) + 1;
    const icp: Icp = { ...parsed.icp, version, reviewedAt: now.toISOString().slice(0, 10) };
    if (stored) {
      const savedAt = stored.importedAt;
      await db.icpHistory.add({ icpId: stored.id, version: storedVersion ?? 0, icp: stored.icp, savedAt });
    }
    await db.icps.put({ id: icp.id, icp, importedAt: now.toISOString() });
    return { ok: true, icp };
  });
}

/**
 * The editor says which stored version its draft started from (0 for a new ICP). Another
 * version stored since (an import, the team file's daily sync) must not be overwritten unseen.
 */
function versionConflict(stored: number | undefined, base: number | undefined): string | undefined {
  if (base === undefined || stored === undefined || stored === base) return undefined;
  if (base === 0) return 'an ICP with this id is already stored; give the new one another name';
  return `version ${stored} was stored while you edited (an import or the team ICP file); export your draft, then reload the page to edit version ${stored}`;
}

/** Makes a stored, readable ICP the primary one: the one the badge and the popup's tier follow. */
export async function setPrimaryIcp(db: FitcheckDb, id: string): Promise<LibraryChange> {
  return db.transaction('rw', db.icps, db.settings, async () => {
    const stored = await db.icps.get(id);
    if (!stored) return { ok: false, problem: `no stored ICP has the id "${id}"` };
    const parsed = parseIcpValue(stored.icp);
    if (!parsed.ok) return { ok: false, problem: `"${id}" cannot be read: ${parsed.errors[0]?.message}` };
    await storeAndActivate(db, parsed.icp, stored.importedAt);
    return { ok: true };
  });
}

/** Deletes a stored ICP and its history; the primary cannot be deleted (make another primary first). */
export async function deleteIcp(db: FitcheckDb, id: string): Promise<LibraryChange> {
  return db.transaction('rw', db.icps, db.icpHistory, db.settings, async () => {
    const active = await db.settings.get(ACTIVE_ICP_KEY);
    if (active?.value === id)
      return { ok: false, problem: 'the primary ICP cannot be deleted; make another ICP primary first' };
    await db.icps.delete(id);
    await db.icpHistory.where('icpId').equals(id).delete();
    return { ok: true };
  });
}

/** Stored ICPs that refine the primary one (segmentOf), readable ones only. */
export async function listSegments(db: FitcheckDb, primaryId: string): Promise<Icp[]> {
  const rows = await db.icps.toArray();
  return rows.flatMap((row) => {
    if (row.id === primaryId) return [];
    const parsed = parseIcpValue(row.icp);
    return parsed.ok && parsed.icp.segmentOf === primaryId ? [parsed.icp] : [];
  });
}
