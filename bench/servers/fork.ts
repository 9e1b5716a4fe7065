import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Target } from './servers';

export type Ports = { ours: number; raw: number; neo: number };

/**
 * Starts the three servers in a child process (see child.ts) and returns their ports and a stop
 * function; with `profile`, the child writes V8 CPU profiles to bench/results/profiles on exit.
 */
export async function forkServers(
  target: Target,
  profile: boolean,
): Promise<{ ports: Ports; stop: () => Promise<void> }> {
  const profileDir = fileURLToPath(new URL('../results/profiles', import.meta.url));
  const child: ChildProcess = fork(fileURLToPath(new URL('./child.ts', import.meta.url)), [], {
    // Production mode, as `npm start` runs: graphql-js skips its development-only checks.
    env: { ...process.env, NODE_ENV: 'production', BENCH_TARGET: JSON.stringify(target) },
    execArgv: [...process.execArgv, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    if (child.connected) child.disconnect();
    else child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const ports = await new Promise<Ports>((done, fail) => {
      child.once('message', (m) => done((m as { ports: Ports }).ports));
      child.once('exit', (code) => fail(new Error(`the server process exited (${code}) before listening`)));
    });
    return { ports, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
