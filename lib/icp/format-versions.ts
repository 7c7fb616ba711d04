import type { IcpIssue } from './parse-icp-file';
import { CURRENT_ICP_FORMAT_VERSION, ICP_FORMAT } from './schema';

type IcpFile = Record<string, unknown>;
type Upgrade = { ok: true; file: IcpFile } | { ok: false; errors: IcpIssue[] };

/**
 * One step per old format version: MIGRATIONS[n] turns a format-n file into format n+1. Empty
 * while format 1 is the only one; when format 2 ships, MIGRATIONS[1] keeps every format-1 file
 * a team already shared importable.
 */
const MIGRATIONS: Readonly<Record<number, (file: IcpFile) => IcpFile>> = {};

/** Brings a file to the current format, or says why it cannot: not an ICP file, or from a newer Fitcheck. */
export function upgradeToCurrentFormat(file: IcpFile): Upgrade {
  if (file.format !== ICP_FORMAT) {
    const got = file.format === undefined ? 'it is missing' : `got ${JSON.stringify(file.format)}`;
    return refuse('format', `must be "${ICP_FORMAT}" (${got}); is this a Fitcheck ICP file?`);
  }
  const version = file.formatVersion;
  if (version === undefined) {
    return refuse('formatVersion', `missing: add "formatVersion": ${CURRENT_ICP_FORMAT_VERSION}`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('formatVersion', `must be a whole number from 1 (got ${JSON.stringify(version)})`);
  }
  if (version > CURRENT_ICP_FORMAT_VERSION) {
    return refuse(
      'formatVersion',
      `this file was written by a newer Fitcheck (format ${version}); this version reads format ${CURRENT_ICP_FORMAT_VERSION}`,
    );
  }
  let upgraded = file;
  for (let from = version; from < CURRENT_ICP_FORMAT_VERSION; from++) {
    const migrate = MIGRATIONS[from];
    if (!migrate) return refuse('formatVersion', `format ${from} files can no longer be read`);
    upgraded = { ...migrate(upgraded), formatVersion: from + 1 };
  }
  return { ok: true, file: upgraded };
}

function refuse(path: string, message: string): Upgrade {
  return { ok: false, errors: [{ path, message }] };
}
