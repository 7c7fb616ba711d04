import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { icpJsonSchemaText } from '@/lib/icp/icp-json-schema';

/** Writes docs/icp.schema.json; test/icp/json-schema.test.ts fails when it is out of date. */
const target = fileURLToPath(new URL('../docs/icp.schema.json', import.meta.url));
writeFileSync(target, icpJsonSchemaText());
console.log(`Wrote ${target}`);
