import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { inlineScriptHashes } from '../http/csp';

/**
 * GraphiQL from our own process: Yoga's bundled renderer inlines the whole editor (no CDN). The page
 * is rendered once per set of options, and the hashes of its inline scripts are kept for the CSP.
 */
export function offlineGraphiQL() {
  let cached: { key: string; html: string } | undefined;
  let hashes: string[] = [];
  return {
    render(options: GraphiQLOptions): string {
      const key = JSON.stringify(options);
      if (cached?.key !== key) {
        const html = renderGraphiQL(options);
        cached = { key, html };
        hashes = [...new Set([...hashes, ...inlineScriptHashes(html)])];
      }
      return cached.html;
    },
    scriptHashes: (): readonly string[] => hashes,
  };
}
