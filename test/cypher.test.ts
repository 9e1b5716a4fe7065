import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allQueryNames, CYPHER_DIR, cypher } from '../src/neo4j/cypher';
import { loadMigrations } from '../src/neo4j/migrate';
import { runCypher, testDb } from './helpers';

describe('cypher/queries', () => {
  const db = testDb();

  it('every query file is one statement that Neo4j can plan', async () => {
    const names = allQueryNames();
    expect(names.length).toBeGreaterThan(25);
    const broken: string[] = [];
    for (const name of names) {
      try {
        await runCypher(db, `EXPLAIN ${cypher(name)}`);
      } catch (err) {
        broken.push(`${name}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** Every fragment file (no loader lists them: compose names the ones it joins). */
function fragmentFiles(): { path: string; text: string }[] {
  const dir = join(CYPHER_DIR, 'fragments');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => ({ path: `fragments/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The (label, property) pairs the migrations back with a single-property index or uniqueness constraint. */
function indexedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const text of loadMigrations().flatMap((m) => m.statements)) {
    for (const m of text.matchAll(/FOR \(\w+:(\w+)\) (?:ON \(\w+\.(\w+)\)|REQUIRE \w+\.(\w+) IS UNIQUE)/g))
      keys.add(`${m[1]}.${m[2] ?? m[3]}`);
  }
  return keys;
}

describe('lookups by key', () => {
  // A plan made while a load is under way (statistics from an emptier graph) scanned a whole index
  // instead of seeking one key: seconds to minutes per statement. A hint pins the seek.
  it('name their index, so no statistics can turn a seek into a scan', () => {
    const indexed = indexedKeys();
    expect(indexed).toContain('Event.id');
    const unpinned: string[] = [];
    let lookups = 0;
    const queries = allQueryNames().map((name) => ({ path: `queries/${name}`, text: cypher(name) }));
    for (const { path, text } of [...queries, ...fragmentFiles()]) {
      for (const line of text.split('\n')) {
        const clause = line.match(/^\s*(?:OPTIONAL )?MATCH (.*)$/)?.[1];
        if (!clause) continue;
        for (const [, v, label, prop] of clause.matchAll(/\((\w+):(\w+) \{(\w+): /g)) {
          if (!indexed.has(`${label}.${prop}`)) continue;
          lookups++;
          if (!clause.includes(`USING INDEX ${v}:${label}(${prop})`))
            unpinned.push(`${path}: ${line.trim()}`);
        }
      }
    }
    expect(lookups).toBeGreaterThan(40);
    expect(unpinned).toEqual([]);
  });
});
