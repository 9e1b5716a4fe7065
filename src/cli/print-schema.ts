import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../schema/print';

/** `npm run schema`: writes schema.graphql from the Pothos schema (sorted). */
const file = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(file, printedSchema());
console.log(`Wrote ${file}`);
