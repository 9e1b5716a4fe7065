import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../../src/neo4j/cypher';
import type { Shape } from './shapes';

/**
 * Why a shape cannot be measured in this checkout (a query file or the Query field is missing,
 * e.g. while a colleague is still writing it), or undefined when it can.
 */
export async function unavailable(shape: Shape): Promise<string | undefined> {
  const missing = shape.needs.queries.filter((q) => !existsSync(join(CYPHER_DIR, 'queries', `${q}.cypher`)));
  if (missing.length) return `not available: cypher/queries/${missing.join('.cypher, ')}.cypher missing`;
  const { schema } = await import('../../src/schema');
  if (!schema.getQueryType()?.getFields()[shape.needs.field])
    return `not available: the API has no Query.${shape.needs.field}`;
  return undefined;
}
