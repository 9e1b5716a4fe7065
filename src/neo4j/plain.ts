import neo4j from 'neo4j-driver';

/**
 * Converts driver values to plain JSON-like values once, at the database boundary: temporal values
 * become ISO strings, nodes and relationships their properties. Integers are numbers already: every
 * driver comes from createDriver, which decodes them so (driver.ts).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

/**
 * Parameters going in: JavaScript integers become Neo4j Integers (else Cypher sees floats, which
 * LIMIT and integer properties refuse). Applied deeply, once, at the boundary.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toParams);
  if (neo4j.isInt(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
  return out;
}
