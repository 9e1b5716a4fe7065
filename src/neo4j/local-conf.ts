import { join } from 'node:path';

/**
 * neo4j.conf for the embedded server: Bolt only, on loopback; HTTP off; auth on; sized for a
 * 2-core machine; no usage reporting; no 256 MiB transaction-log preallocation.
 */
export function renderConf(o: { dir: string; lib: string; port: number; pageCache: string }): string {
  return [
    `server.directories.data=${join(o.dir, 'data')}`,
    `server.directories.logs=${join(o.dir, 'logs')}`,
    `server.directories.run=${join(o.dir, 'run')}`,
    `server.directories.import=${join(o.dir, 'import')}`,
    `server.directories.plugins=${join(o.dir, 'plugins')}`,
    `server.directories.lib=${o.lib}`,
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${o.port}`,
    `server.bolt.advertised_address=127.0.0.1:${o.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${o.pageCache}`,
    'dbms.memory.transaction.total.max=256m',
    'db.memory.transaction.max=128m',
    'dbms.usage_report.enabled=false',
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.retention_policy=100M size',
    'server.threads.worker_count=8',
    'db.transaction.timeout=60s',
    '',
  ].join('\n');
}
