import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from '../context';

/**
 * The schema builder and its plugins. It defines no types: each domain's schema.ts does. Arguments
 * are checked in one style, in the resolvers (checkBetween, badInput, checkFilter…), each refusal a
 * BAD_USER_INPUT that names the argument; no validation plugin.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { read: boolean; write: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ read: ctx.auth.canRead, write: ctx.auth.canWrite }),
    unauthorizedError: (_parent, ctx, _info, result) => ctx.auth.deny(result.message),
  },
  relay: {
    // Ids are the fact sheets' own readable ids, unique across articles, entities and events,
    // so `node(id)` is defined in schema/node.ts instead of through global ids.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

// Reads are open unless a READ_TOKEN is configured (then the read scope is needed everywhere).
builder.queryType({
  description: 'Timelines, entities and their links, from news articles.',
  authScopes: { read: true },
});
