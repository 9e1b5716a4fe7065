import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { testApp } from '../helpers';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when missing). */
export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots land here (ignored by git); look at them after a run. */
export const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');

export interface Site {
  origin: string;
  browser: Browser;
  /** A fresh page whose requests may not leave the origin; `offOrigin` lists any that tried. */
  page(options?: {
    width?: number;
    height?: number;
  }): Promise<{ page: Page; context: BrowserContext; offOrigin: string[]; cspViolations: string[] }>;
  shot(page: Page, name: string): Promise<void>;
}

/**
 * The app over the test Neo4j, listening on a free loopback port, and a headless Chromium. Every
 * request a page makes to another origin is aborted and recorded, and so is every CSP violation.
 */
export function browserSite(env: Record<string, string> = {}): Site {
  // Generous read time limit: a fresh test Neo4j plans each query once, slowly on a busy machine.
  const { yoga } = testApp({ NEO4J_READ_TIMEOUT_MS: '30000', ...env });
  const server = createServer(yoga);
  const site = { origin: '', browser: undefined as unknown as Browser } as Site;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    site.browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await site.browser?.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  site.page = async ({ width = 1280, height = 800 } = {}) => {
    const context = await site.browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
    const offOrigin: string[] = [];
    const cspViolations: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === site.origin) return route.continue();
      offOrigin.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    return { page, context, offOrigin, cspViolations };
  };
  site.shot = async (page, name) => {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  };
  return site;
}
