import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { authFor } from '../auth';
import type { Config } from '../config';

/**
 * Query limits, checked before anything runs: depth, cost, aliases, tokens and directives
 * (graphql-armor), and, when introspection is off, no introspection and no field suggestions;
 * with a read token configured, introspection needs it.
 */
export function limitPlugins(config: Config): Plugin[] {
  const l = config.limits;
  // Refusals are expected errors: give them the code clients branch on, and say which limit.
  const codedRefusal = (limit: string) => ({
    onReject: [
      (_ctx: unknown, error: GraphQLError) => {
        Object.assign(error.extensions as Record<string, unknown>, { code: 'BAD_USER_INPUT', limit });
      },
    ],
  });
  const armor = new EnvelopArmor({
    maxDepth: { n: l.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...codedRefusal('depth') },
    maxAliases: { n: l.maxAliases, allowList: [], ...codedRefusal('aliases') },
    maxTokens: { n: l.maxTokens, ...codedRefusal('tokens') },
    costLimit: { maxCost: l.maxCost, ignoreIntrospection: true, ...codedRefusal('cost') },
    maxDirectives: { n: l.maxDirectives, ...codedRefusal('directives') },
    blockFieldSuggestion: { enabled: !config.introspection },
  });
  const plugins = armor.protect().plugins as unknown as Plugin[];
  if (!config.introspection) plugins.push(useDisableIntrospection() as unknown as Plugin);
  else if (config.auth.readToken) {
    // Closed reads close the schema too: introspection needs the read (or write) token.
    const closed = useDisableIntrospection({
      isDisabled: (request) => !authFor(request, config.auth).canRead,
    });
    plugins.push(closed as unknown as Plugin);
  }
  return plugins;
}
