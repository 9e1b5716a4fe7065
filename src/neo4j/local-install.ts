import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './local-errors';

/** Where the project keeps Neo4j: neo4j/pom.xml, and the jars Maven fetches into neo4j/lib. */
export const NEO4J_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
export const LIB_DIR = join(NEO4J_DIR, 'lib');

export function neo4jVersion(): string {
  const pom = readFileSync(join(NEO4J_DIR, 'pom.xml'), 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new LocalNeo4jError('neo4j/pom.xml has no <neo4j.version> property.');
  return m[1];
}

export function isFetched(): boolean {
  return existsSync(join(LIB_DIR, `neo4j-${neo4jVersion()}.jar`));
}

/** Fetches the Neo4j jars with Maven on first use, streaming Maven's progress to the terminal. */
export async function ensureFetched(log: (line: string) => void = console.error): Promise<void> {
  if (isFetched()) return;
  requireTool(
    'mvn',
    ['-v'],
    'Maven is needed once to fetch Neo4j from Maven Central: install it (apt-get install maven) or set NEO4J_URI to use an existing Neo4j 5 server.',
  );
  log(
    `Fetching Neo4j Community ${neo4jVersion()} from Maven Central into neo4j/lib (first run only; this can take a few minutes)…`,
  );
  const code = await new Promise<number | null>((done) => {
    const mvn = spawn('mvn', ['-B', '-f', join(NEO4J_DIR, 'pom.xml'), 'package'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    mvn.on('exit', done);
    mvn.on('error', () => done(-1));
  });
  if (code !== 0 || !isFetched()) {
    throw new LocalNeo4jError(
      `Maven could not fetch Neo4j (exit ${code}); see its output above, or set NEO4J_URI to use an existing server.`,
    );
  }
}

function requireTool(cmd: string, args: string[], hint: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new LocalNeo4jError(hint);
  return `${r.stdout}${r.stderr}`;
}

export function checkJava(): number {
  const out = requireTool(
    'java',
    ['-version'],
    'Java 17 or newer is needed to run the local Neo4j: install a JDK (apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use an existing Neo4j 5 server.',
  );
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? 0);
  if (major < 17)
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java 17 or 21, but \`java\` is version ${major}: put a JDK 17 first on PATH or set NEO4J_URI.`,
    );
  return major;
}
