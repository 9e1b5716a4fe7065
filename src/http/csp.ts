import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/** The sha256 CSP sources of every inline <script> in a page, so a policy can allow exactly those. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
    );
  }
  return hashes;
}

/**
 * The Content-Security-Policy of every response: nothing may load from another host. Scripts come
 * from this origin, or are the inline scripts whose hashes are given (GraphiQL's page is one inline
 * bundle); GraphiQL's editor runs its workers from blob: URLs; styles may be inline because the
 * timeline, graph and editor libraries set style attributes.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sets the policy (and two companions) on every response; the hashes are read when it is sent. */
export function securityHeaders(scriptHashes: () => readonly string[]): Plugin {
  return {
    onResponse({ response }) {
      response.headers.set('content-security-policy', contentSecurityPolicy(scriptHashes()));
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  };
}
