import { useGraphQlJit } from '@envelop/graphql-jit';
import { type ExecutionArgs, getVariableValues, Kind, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';

/**
 * Whether an operation runs compiled: a document with exactly one operation, a query, whose
 * variables graphql-js accepts. Everything else runs through graphql-js's own executor, which stays
 * the reference for what a client is told:
 * - the plugin keys its cache by document alone, not by operation name, so a document holding
 *   several operations (GraphiQL's tabs often do) would run whichever was compiled first;
 * - graphql-jit reports a bad variable as "Expected type Date." without the scalar's own message,
 *   and fails on a subscription document with an internal error instead of a GraphQL one;
 * - mutations are rare and write-bound: compiling them gains nothing.
 * test/execution.test.ts, the timeline argument tests and the hostile-input fuzzing pin these.
 */
function runsCompiled({ schema, document, variableValues }: ExecutionArgs): boolean {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const [operation] = operations;
  if (operations.length !== 1 || operation?.operation !== 'query') return false;
  const definitions = operation.variableDefinitions ?? [];
  return (
    !definitions.length ||
    !getVariableValues(schema, definitions, variableValues ?? {}, { maxErrors: 1 }).errors
  );
}

/**
 * Runs each read operation as a compiled function (graphql-jit) instead of walking its AST on every
 * request: about a quarter less CPU per timeline page (see bench/results). Compiled operations are
 * kept per parsed document, which Yoga already caches in a bounded LRU, so memory stays bounded.
 */
export function compiledExecution(logger: Logger) {
  return useGraphQlJit(
    {},
    {
      enableIf: runsCompiled,
      onError: (result) =>
        logger.error({ errors: result.errors }, 'graphql-jit could not compile an operation'),
    },
  );
}
