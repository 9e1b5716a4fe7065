import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Db } from '../neo4j/db';
import { isMigrated } from '../neo4j/migrate';

/**
 * GET /ready: 200 only when Neo4j answers and every migration on disk is applied, else 503. The
 * cause of a 503 is logged once when the state changes (ready → not ready, with the cause; not
 * ready → ready), not on every probe.
 */
export function readiness(db: Db, logger: Logger): Plugin {
  let wasReady: boolean | undefined;
  const check = async (): Promise<string | undefined> => {
    try {
      await db.ping();
      return (await isMigrated(db)) ? undefined : 'migrations on disk are not all applied';
    } catch (err) {
      const cause = (err as Error).cause as { message?: string } | undefined;
      return cause?.message ? `${(err as Error).message} (${cause.message})` : (err as Error).message;
    }
  };
  return useReadinessCheck({
    endpoint: '/ready',
    check: async () => {
      const cause = await check();
      const ready = cause === undefined;
      if (ready && wasReady !== true) logger.info('ready: Neo4j answers and the migrations are applied');
      if (!ready && wasReady !== false) logger.warn({ cause }, `not ready: ${cause}`);
      wasReady = ready;
      return ready;
    },
  });
}
