import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { factSheetJsonSchema } from '../facts/sheet';
import { printedSchema } from '../schema/print';

/** `npm run schema`: writes schema.graphql (sorted) and the fact sheets' JSON Schema. */
const graphql = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const sheet = fileURLToPath(new URL('../../data/fact-sheet.schema.json', import.meta.url));
writeFileSync(graphql, printedSchema());
writeFileSync(sheet, `${JSON.stringify(factSheetJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${graphql} and ${sheet}`);
