import neo4j from 'neo4j-driver';

/**
 * Converts driver values to plain JSON-like values once, at the database boundary: temporal values
 * become ISO strings, nodes and relationships their properties. Integers are numbers already: every
 * driver comes from createDriver, which decodes them so (driver.ts).
 *
 * Lists and maps are converted in place: the driver decodes each record into fresh arrays and plain
 * objects that nothing else holds, and a page of 100 events with their participants and evidence is
 * thousands of them, so copying each one again was a large share of a page's garbage.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const map = value as Record<string, unknown>;
    for (const k of Object.keys(map)) map[k] = toPlain(map[k]);
    return map;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  // Any other driver value (a point): its fields, copied.
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
