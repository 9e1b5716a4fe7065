import { ConfigError } from '../config';
import { LocalNeo4jError } from '../neo4j/local-errors';
import { MigrationError } from '../neo4j/migrate';

/** Runs a CLI action: expected failures print one clear line and exit non-zero, never a stack. */
export async function runCli(action: () => Promise<void>, expected: (new (...a: never[]) => Error)[] = []) {
  try {
    await action();
  } catch (err) {
    const known = [ConfigError, LocalNeo4jError, MigrationError, ...expected].some((E) => err instanceof E);
    console.error(known ? (err as Error).message : err);
    process.exit(1);
  }
}
