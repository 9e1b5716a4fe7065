import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { isOwnMemoryLimit, translateNeo4jError } from '../errors';
import { type Composed, cypher } from './cypher';
import { toParams, toPlain } from './plain';

export type Params = Record<string, unknown>;

/** A query file's name, or a statement composed from fragments (see compose in cypher.ts). */
export type Query = string | Composed;

/** Runs named queries inside one transaction; rows come back as plain objects. */
export interface Tx {
  run<T = Record<string, unknown>>(query: Query, params?: Params): Promise<T[]>;
}

/**
 * The executor: one driver per process, every call says read or write and names the database,
 * carries a timeout, and has its Neo4j errors translated here and nowhere else. `queries` counts
 * round trips (tests use it to prove there is no N+1).
 */
export class Db {
  queries = 0;
  /**
   * Transaction functions run (readTx, writeTx): each costs a COMMIT exchange on top of its
   * statements. Tests use it to prove a GraphQL request's single reads take one exchange each.
   */
  transactions = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly timeouts: { readMs: number; writeMs: number },
  ) {}

  /** One read statement in a transaction function, retried on transient errors (background work, CLIs). */
  read<T = Record<string, unknown>>(query: Query, params: Params = {}): Promise<T[]> {
    return this.readTx((tx) => tx.run<T>(query, params));
  }

  /**
   * One read statement in an auto-commit transaction: one exchange with the server where a
   * transaction function takes two (its COMMIT waits for the results). Not retried on transient
   * errors, so only for single idempotent reads whose caller may simply ask again: every read a
   * GraphQL request makes in one statement (timeline pages, counts, histograms, search, the
   * loaders behind the fields).
   */
  readOnce<T = Record<string, unknown>>(query: Query, params: Params = {}): Promise<T[]> {
    return this.session('READ', (s) =>
      this.rows<T>(query, params, (text, p) => s.run(text, p, { timeout: this.timeouts.readMs })),
    );
  }

  write<T = Record<string, unknown>>(query: Query, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => tx.run<T>(query, params));
  }

  /** A read transaction (retried by the driver on transient errors: it must be idempotent). */
  readTx<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    this.transactions++;
    return this.session('READ', (s) =>
      s.executeRead((tx) => work(this.wrap(tx)), { timeout: this.timeouts.readMs }),
    );
  }

  /** A write transaction: all of `work` commits or none of it. */
  writeTx<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    this.transactions++;
    return this.session('WRITE', (s) =>
      s.executeWrite((tx) => work(this.wrap(tx)), { timeout: this.timeouts.writeMs }),
    );
  }

  /** Cheap liveness probe of the database itself: one auto-commit query, no retries. */
  async ping(): Promise<void> {
    await this.session('READ', async (s) => {
      await s.run('RETURN 1', {}, { timeout: 2_000 });
    });
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private wrap(tx: ManagedTransaction): Tx {
    return {
      run: <T>(query: Query, params: Params = {}) => this.rows<T>(query, params, (t, p) => tx.run(t, p)),
    };
  }

  /** Sends one statement (counted as a round trip) and converts its records to plain rows. */
  private async rows<T>(
    query: Query,
    params: Params,
    send: (text: string, params: Params) => Promise<QueryResult>,
  ): Promise<T[]> {
    this.queries++;
    const text = typeof query === 'string' ? cypher(query) : query.text;
    let result: QueryResult;
    try {
      result = await send(text, toParams(params) as Params);
    } catch (err) {
      // Translated here, inside the transaction function, so that the driver does not retry what
      // will fail again (the transaction's own memory limit); the rest is translated in session().
      throw isOwnMemoryLimit(err) ? translateNeo4jError(err) : err;
    }
    return result.records.map((r) => toPlain(r.toObject()) as T);
  }

  private async session<R>(mode: 'READ' | 'WRITE', fn: (s: Session) => Promise<R>): Promise<R> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await fn(session);
    } catch (err) {
      throw translateNeo4jError(err);
    } finally {
      await session.close();
    }
  }
}
