import { createServer } from 'node:net';
import { LocalNeo4jError } from './local-errors';

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
