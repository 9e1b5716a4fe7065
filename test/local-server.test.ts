import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { renderConf } from '../src/neo4j/local-conf';
import {
  assertPortFree,
  checkJava,
  freePort,
  isOurNeo4j,
  statusLocal,
  stopLocal,
} from '../src/neo4j/local-server';
import { scratchDir } from './helpers';

describe('embedded Neo4j management', () => {
  it('generates a Bolt-only, loopback, authenticated, small configuration', () => {
    const conf = renderConf({ dir: '/d', lib: '/l', port: 7999, pageCache: '64m' });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('server.https.enabled=false');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('db.tx_log.preallocate=false');
    expect(conf).toContain('server.memory.pagecache.size=64m');
  });

  it('says in one sentence when the port is taken', async () => {
    const port = await freePort();
    const srv = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    try {
      await expect(assertPortFree(port)).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is already in use: stop what uses it or set LOCAL_NEO4J_PORT to a free port.`,
      );
    } finally {
      srv.close();
    }
  });

  it('treats a state file left by a killed run as stale', () => {
    const dir = scratchDir('neo4j-state-');
    writeFileSync(join(dir, 'neo4j.state.json'), JSON.stringify({ pid: 2 ** 22 + 12345, port: 7687 }));
    expect(statusLocal(dir).running).toBe(false);
    expect(existsSync(join(dir, 'neo4j.state.json'))).toBe(false);
  });

  it('never signals a live process that is not our Neo4j (a stale PID reused after a reboot)', async () => {
    const dir = scratchDir('neo4j-state-');
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    onTestFinished(() => void other.kill('SIGKILL'));
    const pid = other.pid ?? 0;
    writeFileSync(join(dir, 'neo4j.state.json'), JSON.stringify({ pid, port: 7687 }));
    expect(isOurNeo4j(pid, dir)).toBe(false);
    expect(await stopLocal(dir)).toBe(false);
    expect(other.exitCode).toBeNull();
    expect(other.signalCode).toBeNull();
    expect(() => process.kill(pid, 0)).not.toThrow(); // still alive
    expect(existsSync(join(dir, 'neo4j.state.json'))).toBe(false);
  });

  it('finds a Java it can run Neo4j on', () => {
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });
});
