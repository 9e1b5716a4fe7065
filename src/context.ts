import type { GraphQLError } from 'graphql';
import type { Config } from './config';
import type { Db } from './neo4j/db';

export interface Auth {
  canRead: boolean;
  canWrite: boolean;
  /** The error for a refused field: UNAUTHENTICATED without a token, FORBIDDEN with a weak one. */
  deny(reason?: string): GraphQLError;
}

/** Per request: the shared executor and config, and what the caller may do. */
export interface Context {
  db: Db;
  config: Config;
  auth: Auth;
  requestId: string;
  /** Per-request DataLoaders (see loaders.ts). */
  loaders: Map<string, unknown>;
  /** Work counted per request, to bound what one request may cause. */
  counters: { timelines: number };
}
