import { z } from 'zod';

/**
 * The embedded Neo4j's memory by default, for a 2-core machine with 24 GB that also runs the
 * service: a page cache that holds the whole store of a graph of a million events (about 4.8 GB,
 * measured at 100k events: 482 MB) with room to grow, and a heap well above what the statements
 * need (transactions are capped at 256 MB in all). Neo4j's own memory-recommendation for 24 GB
 * (heap 8g, page cache 10g) assumes the machine runs nothing else. README.md gives sizes for
 * bigger machines.
 */
export const LOCAL_NEO4J_MEMORY = { heap: '4g', pageCache: '8g' } as const;

/**
 * The service's whole configuration, parsed once from the environment. Nothing else reads
 * `process.env`: `main.ts` and the CLIs call `loadConfig` and pass the typed result down.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const port = z.coerce.number().int().min(0).max(65535);
const ms = z.coerce.number().int().positive();
const optionalSecret = z
  .string()
  .min(16, 'must be at least 16 characters')
  .optional()
  .or(z.literal('').transform(() => undefined));

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PRODUCTION: bool.default(false),
  GRAPHIQL: bool.optional(),
  CORS_ORIGINS: z.string().default(''),
  WRITE_TOKEN: optionalSecret,
  READ_TOKEN: optionalSecret,
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  INTROSPECTION: bool.optional(),
  LIMIT_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(15),
  LIMIT_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(4_000),
  LIMIT_MAX_COST: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
  LIMIT_MAX_DIRECTIVES: z.coerce.number().int().min(1).max(1000).default(20),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_READ_TIMEOUT_MS: ms.default(5_000),
  NEO4J_WRITE_TIMEOUT_MS: ms.default(30_000),
  NEO4J_CONNECT_TIMEOUT_MS: ms.default(5_000),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j'),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must look like 512m or 1g')
    .default(LOCAL_NEO4J_MEMORY.heap),
  LOCAL_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, 'must look like 256m or 1g')
    .default(LOCAL_NEO4J_MEMORY.pageCache),
  LOCAL_NEO4J_STARTUP_TIMEOUT_MS: ms.default(120_000),
  LOCAL_NEO4J_RESTART_MIN_MS: ms.default(1_000),
  LOCAL_NEO4J_RESTART_MAX_MS: ms.default(30_000),
  SEED_ON_EMPTY: bool.default(true),
});

const SECRETS = new Set(['WRITE_TOKEN', 'READ_TOKEN', 'NEO4J_PASSWORD']);

export interface Config {
  http: { host: string; port: number; maxBodyBytes: number; corsOrigins: string[] };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  production: boolean;
  graphiql: boolean;
  introspection: boolean;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number; maxDirectives: number };
  auth: { writeToken?: string; readToken?: string };
  neo4j: {
    /** Set when an external server is used; undefined means "start the embedded local server". */
    uri?: string;
    username: string;
    password?: string;
    database: string;
    readTimeoutMs: number;
    writeTimeoutMs: number;
    connectTimeoutMs: number;
  };
  local: {
    port: number;
    dir: string;
    heap: string;
    pageCache: string;
    startupTimeoutMs: number;
    /** Backoff of the restarts of a crashed embedded server: first delay, doubled up to the max. */
    restart: { minMs: number; maxMs: number };
  };
  seedOnEmpty: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; reports every problem at once, each with the variable's name. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        // Never echo a secret, even a rejected one.
        const got = SECRETS.has(name) ? '' : ` (got ${JSON.stringify(env[name])})`;
        return `${i.path.join('.')}: ${i.message}${got}`;
      }),
    );
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError(['NEO4J_PASSWORD: required when NEO4J_URI is set']);
  }
  return {
    http: {
      host: e.HOST,
      port: e.PORT,
      maxBodyBytes: e.MAX_BODY_BYTES,
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    },
    logLevel: e.LOG_LEVEL,
    production: e.PRODUCTION,
    graphiql: e.GRAPHIQL ?? !e.PRODUCTION,
    introspection: e.INTROSPECTION ?? !e.PRODUCTION,
    limits: {
      maxDepth: e.LIMIT_MAX_DEPTH,
      maxAliases: e.LIMIT_MAX_ALIASES,
      maxTokens: e.LIMIT_MAX_TOKENS,
      maxCost: e.LIMIT_MAX_COST,
      maxDirectives: e.LIMIT_MAX_DIRECTIVES,
    },
    auth: { writeToken: e.WRITE_TOKEN, readToken: e.READ_TOKEN },
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      readTimeoutMs: e.NEO4J_READ_TIMEOUT_MS,
      writeTimeoutMs: e.NEO4J_WRITE_TIMEOUT_MS,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
    },
    local: {
      port: e.LOCAL_NEO4J_PORT,
      dir: e.LOCAL_NEO4J_DIR,
      heap: e.LOCAL_NEO4J_HEAP,
      pageCache: e.LOCAL_NEO4J_PAGECACHE,
      startupTimeoutMs: e.LOCAL_NEO4J_STARTUP_TIMEOUT_MS,
      restart: { minMs: e.LOCAL_NEO4J_RESTART_MIN_MS, maxMs: e.LOCAL_NEO4J_RESTART_MAX_MS },
    },
    seedOnEmpty: e.SEED_ON_EMPTY,
  };
}
