import type { IcpIssue } from './parse-icp-file';
import { CURRENT_ICP_FORMAT_VERSION, ICP_FORMAT } from './schema';

type IcpFile = Record<string, unknown>;
type Upgrade = { ok: true; file: IcpFile } | { ok: false; errors: IcpIssue[] };

/**
 * One step per old format version: MIGRATIONS[n] turns a format-n file into format n+1, so every
 * file a team ever shared stays importable.
 *
 * Format 2 added segment variants (`segmentOf`) and the `on_list` operator; everything a format-1
 * file could say means the same in format 2, so its step only moves the version on. A format-1
 * reader refuses format-2 files, which is why the version moved at all: such a file may use a
 * list that build cannot check.
 */
const MIGRATIONS: Readonly<Record<number, (file: IcpFile) => IcpFile>> = {
  1: (file) => file,
};

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
