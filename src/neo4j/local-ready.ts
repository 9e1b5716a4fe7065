import neo4j, { type Driver } from 'neo4j-driver';
import { LocalNeo4jError } from './local-errors';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function tryQuery(
  uri: string,
  user: string,
  password: string,
): Promise<'ok' | 'auth' | 'expired' | 'down'> {
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.executeQuery('SHOW CURRENT USER YIELD user RETURN user', {}, { database: 'system' });
    return 'ok';
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'Neo.ClientError.Security.CredentialsExpired') return 'expired';
    if (code.startsWith('Neo.ClientError.Security')) return 'auth';
    return 'down';
  } finally {
    await driver.close();
  }
}

/** Waits until Bolt answers with these credentials; `exited` says whether the process died meanwhile. */
export async function waitForBolt(
  uri: string,
  password: string,
  timeoutMs: number,
  exited: () => string | undefined,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = exited();
    if (dead) throw new LocalNeo4jError(`The local Neo4j ${dead} before it was ready.`);
    const r = await tryQuery(uri, 'neo4j', password);
    if (r === 'ok') return;
    if (r === 'auth' || r === 'expired') return r;
    if (Date.now() > deadline)
      throw new LocalNeo4jError(`The local Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s.`);
    await sleep(500);
  }
}

/** Waits for the server, then on first start replaces the default password with the project's own. */
export async function setInitialPassword(
  uri: string,
  password: string,
  timeoutMs: number,
  exited: () => string | undefined,
) {
  const state = await waitForBolt(uri, password, timeoutMs, exited);
  if (!state) return;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { maxConnectionPoolSize: 1 });
  try {
    await driver.executeQuery(
      "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password",
      { password },
      { database: 'system' },
    );
  } catch (err) {
    throw new LocalNeo4jError(
      `The local Neo4j refused both the project's password and the default one (${(err as Error).message}); delete its data folder to start afresh.`,
    );
  } finally {
    await driver.close();
  }
}
