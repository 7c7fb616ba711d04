import { z } from 'zod';
import type { FitcheckDb } from '@/lib/db';
import { type TechnologyFingerprint, technologyFingerprintSchema } from './fingerprint-schema';
import { type ImportIssue, importWappalyzerTechnologies } from './wappalyzer-import';

const SETTING_KEY = 'customFingerprints';
const MAX_CUSTOM = 5000;
const storedSchema = z.array(technologyFingerprintSchema).max(MAX_CUSTOM);

export type FingerprintImportResult =
  { ok: true; imported: number; skipped: ImportIssue[] } | { ok: false; errors: ImportIssue[] };

/**
 * A team's own fingerprints, in the Wappalyzer technologies.json format, added to the built-in
 * set. A file that is not JSON or yields no usable fingerprint changes nothing; the patterns it
 * could not use (headers, raw-HTML rules, bad regexes) are listed with their path.
 */
export async function importCustomFingerprints(
  db: FitcheckDb,
  text: string,
): Promise<FingerprintImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  const { fingerprints, errors } = importWappalyzerTechnologies(json);
  if (fingerprints.length === 0) {
    return {
      ok: false,
      errors: errors.length > 0 ? errors : [{ path: '(file)', message: 'no technology in the file' }],
    };
  }
  if (fingerprints.length > MAX_CUSTOM) {
    return {
      ok: false,
      errors: [{ path: '(file)', message: `at most ${MAX_CUSTOM} technologies, got ${fingerprints.length}` }],
    };
  }
  await db.settings.put({ key: SETTING_KEY, value: fingerprints });
  return { ok: true, imported: fingerprints.length, skipped: errors };
}

/** The stored custom fingerprints, checked again on the way out. */
export async function getCustomFingerprints(db: FitcheckDb): Promise<TechnologyFingerprint[]> {
  const parsed = storedSchema.safeParse((await db.settings.get(SETTING_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

export async function clearCustomFingerprints(db: FitcheckDb): Promise<void> {
  await db.settings.delete(SETTING_KEY);
}
