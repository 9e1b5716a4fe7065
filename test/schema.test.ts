import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factSheetJsonSchema } from '../src/facts/sheet';
import { printedSchema } from '../src/schema/print';

describe('schema.graphql', () => {
  it('is the printed Pothos schema (run `npm run schema` when this fails)', () => {
    const checkedIn = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(checkedIn).toBe(printedSchema());
  });
});

describe('data/fact-sheet.schema.json', () => {
  it('is generated from the zod fact-sheet schema (run `npm run schema` when this fails)', () => {
    const checkedIn = JSON.parse(
      readFileSync(new URL('../data/fact-sheet.schema.json', import.meta.url), 'utf8'),
    );
    expect(checkedIn).toEqual(factSheetJsonSchema());
  });
});
