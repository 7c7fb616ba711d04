import type { Icp } from '../schema';
import { uniqueId } from './unique-id';

/**
 * A segment variant (SMB, enterprise…) starts as a copy of its primary ICP, so RevOps changes only
 * what differs: usually the size band, the weights and the tiers.
 */
export function segmentVariantOf(primary: Icp, name: string, takenIds: ReadonlySet<string>): Icp {
  const { $schema: _schema, ...rest } = primary;
  return {
    ...rest,
    id: uniqueId(name, takenIds),
    name,
    segmentOf: primary.id,
    version: 1,
    description: `A segment variant of ${primary.name}.`,
  };
}

/** A copy under a new id and name: the quickest start for a second, unrelated ICP. */
export function copyOfIcp(source: Icp, name: string, takenIds: ReadonlySet<string>): Icp {
  const { $schema: _schema, segmentOf: _segmentOf, ...rest } = source;
  return { ...rest, id: uniqueId(name, takenIds), name, version: 1 };
}
