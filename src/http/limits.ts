import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { type GraphQLError, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { authFor } from '../auth';
import type { Config } from '../config';

/**
 * Validation stops at this many errors (graphql-js adds one closing "Too many validation errors"
 * error). Its default is 100, so a document of many bad parts, e.g. one field with ten unknown
 * directives, was answered with one error each: work and response size grew with the attack.
 */
export const MAX_VALIDATION_ERRORS = 5;

const capValidationErrors: Plugin = {
  onValidate({ setValidationFn }) {
    setValidationFn((schema, documentAST, rules) =>
      validate(schema, documentAST, rules, { maxErrors: MAX_VALIDATION_ERRORS }),
    );
  },
};

/**
 * Query limits, checked before anything runs: depth, cost, aliases, tokens and directives
 * (graphql-armor), at most MAX_VALIDATION_ERRORS validation errors, and, when introspection is
 * off, no introspection and no field suggestions; with a read token configured, introspection
 * needs it.
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
  const plugins = [capValidationErrors, ...(armor.protect().plugins as unknown as Plugin[])];
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
