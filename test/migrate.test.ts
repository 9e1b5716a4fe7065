import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMigrated, loadMigrations, MigrationError, migrate } from '../src/neo4j/migrate';
import { scratchDir, testDb } from './helpers';

describe('migrations', () => {
  const db = testDb();

  it('are named, ordered and checksummed', () => {
    const all = loadMigrations();
    expect(all.map((m) => m.version)).toEqual([...all.map((m) => m.version)].sort());
    expect(all[0]).toMatchObject({ version: '0001', description: 'Constraints' });
    expect(all.every((m) => /^[0-9a-f]{64}$/.test(m.checksum) && m.statements.length > 0)).toBe(true);
  });

  it('are applied (by the test setup) and a second run is a no-op', async () => {
    expect(await isMigrated(db)).toBe(true);
    const again = await migrate(db);
    expect(again).toEqual({ applied: [], alreadyApplied: loadMigrations().length });
  });

  it('refuse an applied migration that was edited', async () => {
    const dir = scratchDir('migrations-');
    writeFileSync(
      join(dir, 'V0001__Constraints.cypher'),
      'CREATE CONSTRAINT other IF NOT EXISTS FOR (n:Other) REQUIRE n.id IS UNIQUE;\n',
    );
    await expect(migrate(db, loadMigrations(dir))).rejects.toThrow(MigrationError);
    await expect(migrate(db, loadMigrations(dir))).rejects.toThrow(
      /V0001 \(Constraints\) was edited after it was applied/,
    );
  });

  it('refuse a badly named file', () => {
    const dir = scratchDir('migrations-');
    writeFileSync(join(dir, 'add-things.cypher'), 'RETURN 1;');
    expect(() => loadMigrations(dir)).toThrow(/named V0001__Description.cypher/);
  });
});
