import { z } from 'zod';
import { icpSchema } from './schema';

/**
 * The published JSON Schema of the ICP file (docs/icp.schema.json), for editors that validate
 * and autocomplete as the RevOps lead types. It describes the file as written (`io: 'input'`),
 * so fields with defaults, like mustHave, are optional. The checks across entries (unique ids,
 * operator fits field, tiers) are zod refinements, which JSON Schema leaves out: Fitcheck's own
 * import still runs them. Parts with a meta id (Id, Text, SignalField…) are defined once in $defs.
 */
export function icpJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(icpSchema, { io: 'input' }), null, 2)}\n`;
}
