/** A problem with the embedded Neo4j that the user can fix; its message is one sentence saying how. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
