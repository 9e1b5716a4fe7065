import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from './cypher';
import type { Db } from './db';

/**
 * Versioned schema migrations, after neo4j-migrations' conventions: `V0001__Description.cypher`,
 * applied in version order, each recorded in the graph with a checksum; an applied file must never
 * change. Statements are separated by `;` at a line end and each runs in its own transaction, since
 * Neo4j does not mix schema and data changes in one.
 */
const MIGRATIONS_DIR = join(CYPHER_DIR, 'migrations');
const FILE = /^V(\d{4,})__([A-Za-z0-9_]+)\.cypher$/;

export interface Migration {
  version: string;
  description: string;
  checksum: string;
  statements: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const m = FILE.exec(file);
      if (!m?.[1] || !m[2])
        throw new MigrationError(`${file}: migration files are named V0001__Description.cypher`);
      const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      const statements = text
        .split(/;\s*$/m)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean);
      return {
        version: m[1],
        description: m[2].replace(/_/g, ' '),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements,
      };
    });
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(db: Db, migrations = loadMigrations()): Promise<MigrateResult> {
  const rows = await db.read<{ version: string; checksum: string }>('migrations/applied');
  const applied = new Map(rows.map((r) => [r.version, r.checksum]));
  const result: MigrateResult = { applied: [], alreadyApplied: 0 };
  for (const mig of migrations) {
    const checksum = applied.get(mig.version);
    if (checksum !== undefined) {
      if (checksum !== mig.checksum) {
        throw new MigrationError(
          `Migration V${mig.version} (${mig.description}) was edited after it was applied (checksum ${checksum.slice(0, 12)} in the graph, ${mig.checksum.slice(0, 12)} on disk); applied migrations are immutable: revert the edit and add a new migration instead.`,
        );
      }
      result.alreadyApplied++;
      continue;
    }
    for (const statement of mig.statements)
      await db.driver.executeQuery(statement, {}, { database: db.database });
    await db.write('migrations/record', {
      version: mig.version,
      description: mig.description,
      checksum: mig.checksum,
    });
    result.applied.push(`V${mig.version}`);
  }
  return result;
}

/** True when every migration on disk is recorded in the graph (used by /ready). */
export async function isMigrated(db: Db, migrations = loadMigrations()): Promise<boolean> {
  const rows = await db.read<{ version: string; checksum: string }>('migrations/applied');
  const applied = new Map(rows.map((r) => [r.version, r.checksum]));
  return migrations.every((m) => applied.get(m.version) === m.checksum);
}
