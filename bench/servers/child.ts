import { startServers, type Target } from './servers';

/**
 * The servers run in a child process, apart from the load generator (autocannon), as a client
 * would be: on 2 cores, sharing one event loop would charge autocannon's work to the server.
 * The parent passes the Neo4j target in BENCH_TARGET and gets the ports back over IPC.
 */
const target = JSON.parse(process.env.BENCH_TARGET ?? '{}') as Target;
const { ports, stop } = await startServers(target);
process.send?.({ ports });

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await stop().catch(() => undefined);
  process.exit(0);
};
process.on('disconnect', shutdown);
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
