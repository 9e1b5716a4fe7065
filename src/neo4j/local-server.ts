import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderConf } from './local-conf';
import { LocalNeo4jError } from './local-errors';
import { setInitialPassword, waitForBolt } from './local-ready';

/**
 * Runs a real Neo4j Community server from the jars that `neo4j/pom.xml` fetches from Maven Central.
 * There is no Docker and no Debian package for Neo4j on our machines, so the project starts the
 * server's own entry point on the JVM itself, with a generated neo4j.conf (see local-conf.ts).
 */
export const NEO4J_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const LIB_DIR = join(NEO4J_DIR, 'lib');
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export interface LocalOptions {
  dir: string;
  port: number;
  heap: string;
  pageCache: string;
  startupTimeoutMs: number;
  /** Detached servers outlive this process (`npm run db:start`); attached ones are ours to stop. */
  detached?: boolean;
  log?: (line: string) => void;
}

export interface LocalServer {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** True when this call started the server, so this process should stop it. */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface State {
  pid: number;
  port: number;
}

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

export async function assertPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((done) => {
    const srv = createServer();
    srv.once('error', () => done(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => done(true)));
  });
  if (!free)
    throw new LocalNeo4jError(
      `Port ${port} on 127.0.0.1 is already in use: stop what uses it or set LOCAL_NEO4J_PORT to a free port.`,
    );
}

/** Asks the OS for a free loopback port (tests run a throwaway server on one). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? done(addr.port) : fail(new Error('no port'))));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function readState(dir: string): State | undefined {
  const file = join(dir, 'neo4j.state.json');
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as State;
    if (alive(state.pid)) return state;
  } catch {
    // unreadable state is treated like a stale one
  }
  rmSync(file, { force: true }); // stale: left behind by a killed run
  return undefined;
}

function readPassword(dir: string): string {
  const file = join(dir, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

export async function startLocal(opts: LocalOptions): Promise<LocalServer> {
  const log = opts.log ?? console.error;
  const dir = resolve(opts.dir);
  mkdirSync(join(dir, 'conf'), { recursive: true });
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const password = readPassword(dir);
  const running = readState(dir);
  if (running) {
    const uri = `bolt://127.0.0.1:${running.port}`;
    await waitForBolt(uri, password, 10_000, () => undefined);
    return {
      uri,
      username: 'neo4j',
      password,
      pid: running.pid,
      startedHere: false,
      stop: async () => void (await stopLocal(dir)),
    };
  }
  checkJava();
  await ensureFetched(log);
  await assertPortFree(opts.port);
  writeFileSync(
    join(dir, 'conf', 'neo4j.conf'),
    renderConf({ dir, lib: LIB_DIR, port: opts.port, pageCache: opts.pageCache }),
  );
  const out = openSync(join(dir, 'logs', 'console.log'), 'a');
  const child: ChildProcess = spawn('java', jvmArgs(dir, opts.heap), {
    detached: opts.detached ?? false,
    stdio: ['ignore', out, out],
  });
  if (!child.pid) throw new LocalNeo4jError('Could not start java for the local Neo4j.');
  const pid = child.pid;
  writeFileSync(join(dir, 'neo4j.state.json'), JSON.stringify({ pid, port: opts.port } satisfies State));
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = `exited with ${signal ?? code}`;
  });
  if (opts.detached) child.unref();
  log(`Starting local Neo4j ${neo4jVersion()} on bolt://127.0.0.1:${opts.port} (data in ${dir})…`);
  const uri = `bolt://127.0.0.1:${opts.port}`;
  try {
    await setInitialPassword(uri, password, opts.startupTimeoutMs, () => exited);
  } catch (err) {
    await stopLocal(dir);
    throw err instanceof LocalNeo4jError
      ? new LocalNeo4jError(`${err.message} Its log: ${join(dir, 'logs')}`)
      : err;
  }
  return {
    uri,
    username: 'neo4j',
    password,
    pid,
    startedHere: true,
    stop: async () => void (await stopLocal(dir)),
  };
}

function jvmArgs(dir: string, heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    // Module opens Neo4j 5 needs on Java 17+ (the same ones its own launcher script passes).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${LIB_DIR}/*`,
    ENTRY_POINT,
    `--home-dir=${dir}`,
    `--config-dir=${join(dir, 'conf')}`,
  ];
}

/** Stops the server recorded in `dir` (SIGTERM, then SIGKILL after 30 s); a no-op when none runs. */
export async function stopLocal(dir: string): Promise<boolean> {
  const state = readState(resolve(dir));
  if (!state) return false;
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (alive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(state.pid)) process.kill(state.pid, 'SIGKILL');
  rmSync(join(resolve(dir), 'neo4j.state.json'), { force: true });
  return true;
}

export function statusLocal(dir: string): {
  running: boolean;
  pid?: number;
  port?: number;
  fetched: boolean;
  databases: string[];
} {
  const state = readState(resolve(dir));
  const dbDir = join(resolve(dir), 'data', 'databases');
  const databases = existsSync(dbDir) ? readdirSync(dbDir).filter((d) => !d.startsWith('store_lock')) : [];
  return { running: Boolean(state), pid: state?.pid, port: state?.port, fetched: isFetched(), databases };
}
