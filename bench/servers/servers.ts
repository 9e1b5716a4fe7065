import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';

import { Db } from '../../src/neo4j/db';
import { createDriver } from '../../src/neo4j/driver';
import { toParams } from '../../src/neo4j/plain';
import { BEST } from '../shapes/best-statements';
import type { ShapeParams } from '../shapes/params';
import { autoCommitRun, type InTx, plainRows, RAW, type Run, statementText } from '../shapes/raw-sequences';
import { typeDefs } from './neo4j-graphql-typedefs';

export interface Target {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Each server gets its own driver with the same settings (pool of 50, as src/neo4j/driver.ts). */
const driverFor = (t: Target) => createDriver({ ...t, connectTimeoutMs: 5_000 });

const listen = (server: Server) =>
  new Promise<number>((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port)),
  );

/** Our API: createApp behind node:http, exactly as src/main.ts serves it (logging off). */
export function oursServer(t: Target) {
  const db = new Db(driverFor(t), t.database, { readMs: 30_000, writeMs: 60_000 });
  const config = loadConfig({ LOG_LEVEL: 'silent', GRAPHIQL: 'false' });
  return {
    server: createServer(createApp({ db, config, logger: pino({ level: 'silent' }) })),
    driver: db.driver,
  };
}

const body = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ShapeParams;
};

/**
 * The physical limits: POST /<shape> with the shape's parameters runs the same .cypher files, in
 * the same sequence a resolver would, straight through neo4j-driver, and answers the rows as JSON;
 * POST /best/<shape> runs the best single hand-written statement for the shape instead.
 */
export function rawServer(t: Target) {
  const driver = driverFor(t);
  const run = autoCommitRun(driver, t.database);
  const inTx: InTx = async (work) => {
    const session = driver.session({ database: t.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) =>
        work(async (name, params) =>
          plainRows(await tx.run(statementText(name), toParams(params) as object)),
        ),
      );
    } finally {
      await session.close();
    }
  };
  const server = createServer(async (req, res) => {
    const url = req.url ?? '';
    const best = url.startsWith('/best/') ? BEST[url.slice('/best/'.length)] : undefined;
    const sequence = best ? (_r: Run, _t: InTx, p: ShapeParams) => best(run, p) : RAW[url.slice(1)];
    try {
      if (!sequence) throw new Error(`no shape ${req.url}`);
      const out = JSON.stringify(await sequence(run, inTx, await body(req)));
      res.writeHead(200, { 'content-type': 'application/json' }).end(out);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err) }));
    }
  });
  return { server, driver };
}

/** @neo4j/graphql over the same graph, served by graphql-yoga like ours. */
export async function neoServer(t: Target) {
  const driver = driverFor(t);
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    logging: false,
    landingPage: false,
    graphiql: false,
    context: { sessionConfig: { database: t.database } },
  });
  return { server: createServer(yoga), driver };
}

/** Starts the three servers on loopback, free ports; returns their ports and a stop function. */
export async function startServers(t: Target) {
  const all = [oursServer(t), rawServer(t), await neoServer(t)];
  const [ours, raw, neo] = await Promise.all(all.map((s) => listen(s.server)));
  const stop = async () => {
    for (const s of all) {
      s.server.closeAllConnections();
      await new Promise((done) => s.server.close(done));
      await (s.driver as Driver).close();
    }
  };
  return { ports: { ours: ours as number, raw: raw as number, neo: neo as number }, stop };
}
