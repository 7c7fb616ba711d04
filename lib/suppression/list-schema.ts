import { z } from 'zod';
import { OPERATOR_VALUE_SCHEMAS } from '@/lib/icp/operator-values';

/** A list is named in ICP files by this id (`"operator": "on_list", "value": "customers"`). */
export const listIdSchema = OPERATOR_VALUE_SCHEMAS.on_list;

// A CRM export of every account a large team ever touched stays well under this.
const MAX_ENTRIES = 500_000;

/** A suppression list as the options page sends it to be stored (lib/db.ts SuppressionList). */
export const suppressionListSchema = z.strictObject({
  id: listIdSchema,
  label: z.string().trim().min(1).max(200),
  domains: z.array(z.string().max(253)).max(MAX_ENTRIES),
  linkedinSlugs: z.array(z.string().max(200)).max(MAX_ENTRIES),
  fileName: z.string().max(500),
  importedAt: z.iso.datetime(),
  rows: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});
