import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Yoga parses the `variables` and `extensions` of a GET request with a bare JSON.parse, so bad JSON
 * there became a masked 500; POST already answers 400. This makes GET answer 400 too.
 */
export const getParamsAreJson: Plugin = {
  onRequestParse({ request, requestParser, setRequestParser }) {
    if (request.method !== 'GET' || !requestParser) return;
    setRequestParser(async (req) => {
      try {
        return await requestParser(req);
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        throw createGraphQLError('The "variables" or "extensions" parameter is not valid JSON.', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      }
    });
  },
};
