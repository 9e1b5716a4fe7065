import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { renderConf } from './local-conf';
import { LocalNeo4jError } from './local-errors';
import { checkJava, ensureFetched, isFetched, LIB_DIR, neo4jVersion } from './local-install';
import { assertPortFree } from './local-ports';
import { setInitialPassword, waitForBolt } from './local-ready';
import { type SupervisorLogger, supervise, tailLines } from './local-supervisor';

/**
 * Runs a real Neo4j Community server from the jars that `neo4j/pom.xml` fetches from Maven Central.
 * There is no Docker and no Debian package for Neo4j on our machines, so the project starts the
 * server's own entry point on the JVM itself, with a generated neo4j.conf (see local-conf.ts).
 */
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export { checkJava, ensureFetched } from './local-install';
export { assertPortFree, freePort } from './local-ports';

export interface LocalOptions {
  dir: string;
  port: number;
  heap: string;
  pageCache: string;
  startupTimeoutMs: number;
  /** Detached servers outlive this process (`npm run db:start`); attached ones are ours to stop. */
  detached?: boolean;
  /** Restart an attached server of ours whenever it dies, reporting through this logger. */
  supervise?: { logger: SupervisorLogger; minMs: number; maxMs: number };
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

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The command line of a live process, or undefined when there is none (or it cannot be read). */
function commandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    // no /proc (macOS, BSD): ask ps, whose output is split on spaces
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'args='], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout.trim().split(/\s+/) : undefined;
  }
}

/**
 * True only when `pid` is our Neo4j: Neo4j's entry point run on this data folder. After a reboot a
 * state file's PID may belong to any other process, which must never be signalled.
 */
export function isOurNeo4j(pid: number, dir: string): boolean {
  const args = alive(pid) ? commandLine(pid) : undefined;
  return Boolean(args?.includes(ENTRY_POINT) && args.includes(`--home-dir=${resolve(dir)}`));
}

function readState(dir: string): State | undefined {
  const file = join(dir, 'neo4j.state.json');
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as State;
    if (isOurNeo4j(state.pid, dir)) return state;
  } catch {
    // unreadable state is treated like a stale one
  }
  rmSync(file, { force: true }); // stale: left behind by a killed run, or its PID was reused
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
  log(`Starting local Neo4j ${neo4jVersion()} on bolt://127.0.0.1:${opts.port} (data in ${dir})…`);
  let child = await launch(dir, opts, password);
  const supervisor =
    opts.supervise && !opts.detached
      ? supervise(child, {
          ...opts.supervise,
          restart: async () => {
            child = await launch(dir, opts, password);
            return child;
          },
          logTail: () => [
            ...tailLines(join(dir, 'logs', 'neo4j.log'), 20),
            ...tailLines(join(dir, 'logs', 'console.log'), 10),
          ],
        })
      : undefined;
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    username: 'neo4j',
    password,
    get pid() {
      return child.pid ?? 0;
    },
    startedHere: true,
    stop: async () => {
      await supervisor?.stop();
      await stopLocal(dir);
    },
  };
}

/**
 * Starts the JVM on a freshly written neo4j.conf and waits until Bolt answers (setting the
 * password on first start); stops it again when it does not answer in time.
 */
async function launch(dir: string, opts: LocalOptions, password: string): Promise<ChildProcess> {
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
  closeSync(out); // the child has its own copy
  if (!child.pid) throw new LocalNeo4jError('Could not start java for the local Neo4j.');
  writeFileSync(
    join(dir, 'neo4j.state.json'),
    JSON.stringify({ pid: child.pid, port: opts.port } satisfies State),
  );
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = `exited with ${signal ?? code}`;
  });
  if (opts.detached) child.unref();
  try {
    await setInitialPassword(`bolt://127.0.0.1:${opts.port}`, password, opts.startupTimeoutMs, () => exited);
  } catch (err) {
    await stopLocal(dir);
    throw err instanceof LocalNeo4jError
      ? new LocalNeo4jError(`${err.message} Its log: ${join(dir, 'logs')}`)
      : err;
  }
  return child;
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

/**
 * Stops the server recorded in `dir` (SIGTERM, then SIGKILL after 30 s); a no-op when none runs,
 * or when the recorded PID is not our Neo4j any more.
 */
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
