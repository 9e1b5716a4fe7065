import type { Plugin } from 'graphql-yoga';

export type Route = (request: Request, url: URL) => Response | undefined | Promise<Response | undefined>;

/** Pages and files served beside /graphql: the first route that answers a request ends it. */
export function routesPlugin(routes: Route[]): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      for (const r of routes) {
        const res = await r(request, url);
        if (res) return endResponse(res);
      }
    },
  };
}
