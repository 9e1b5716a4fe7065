import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built explorer (`npm run build:web`, also run by `npm install` and `npm start`). */
export const EXPLORER_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Paths the explorer's router shows a view for; each is a shareable deep link. */
const VIEW_PATHS = /^\/(?:|search|path|entity\/[^/]+|event\/[^/]+)$/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves the explorer: its page for every view path and its files under /assets/. Only a name the
 * build wrote can be asked for: the name from the URL is looked up in the folder's listing, never
 * joined into a path on its own. Files are read per request, so a rebuild shows without a restart.
 */
export function explorerFiles(dir = EXPLORER_DIST) {
  const read = (name: string): Buffer | undefined =>
    existsSync(dir) && readdirSync(dir).includes(name) ? readFileSync(join(dir, name)) : undefined;
  return (request: Request, url: URL): Response | undefined => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const asset = /^\/assets\/([\w.-]+)$/.exec(url.pathname)?.[1];
    const name = asset ?? (VIEW_PATHS.test(url.pathname) ? 'index.html' : undefined);
    if (!name) return undefined;
    const body = read(name);
    if (!body) {
      if (asset)
        return new Response('Not found.\n', {
          status: 404,
          headers: { 'content-type': TYPES['.txt'] ?? '' },
        });
      return new Response(
        'The explorer is not built: run `npm run build:web` (npm install and npm start do).\n',
        {
          status: 503,
          headers: { 'content-type': TYPES['.txt'] ?? '' },
        },
      );
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      headers: {
        'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      },
    });
  };
}
