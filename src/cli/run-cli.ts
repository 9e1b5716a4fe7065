import { GraphQLError } from 'graphql';
import { ConfigError } from '../config';
import { LocalNeo4jError } from '../neo4j/local-errors';
import { MigrationError } from '../neo4j/migrate';

/** Runs a CLI action: expected failures print one clear line and exit non-zero, never a stack. */
export async function runCli(action: () => Promise<void>, expected: (new (...a: never[]) => Error)[] = []) {
  try {
    await action();
  } catch (err) {
    const known = [ConfigError, LocalNeo4jError, MigrationError, ...expected].some((E) => err instanceof E);
    // An expected error of the stores (a time or memory limit, an outage, a bad argument) is coded.
    if (err instanceof GraphQLError && typeof err.extensions.code === 'string')
      console.error(`${err.message} (${err.extensions.code})`);
    else console.error(known ? (err as Error).message : err);
    process.exit(1);
  }
}
