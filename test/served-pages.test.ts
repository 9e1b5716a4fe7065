import { describe, expect, it } from 'vitest';
import { testApp } from './helpers';

/** Every source a CSP directive allows must be this origin or an inline/data/blob source, never a host. */
function hostSources(csp: string): string[] {
  return csp
    .split(';')
    .flatMap((d) => d.trim().split(/\s+/).slice(1))
    .filter((s) => !/^'(self|none|unsafe-inline|sha256-[A-Za-z0-9+/=]+)'$|^(data|blob):$/.test(s));
}

/** URLs a page or its files would load: src/href attributes, CSS url(), import() and fetch(). */
function loadedUrls(text: string): string[] {
  const found = [
    ...text.matchAll(/\b(?:src|href)\s*=\s*["']?(https?:)?\/\/[^"'\s>]+/gi),
    ...text.matchAll(/url\(\s*["']?(?:https?:)?\/\/[^)]+\)/gi),
    ...text.matchAll(/\b(?:import|fetch)\(\s*["'`](?:https?:)?\/\/[^"'`]+/g),
  ];
  return found.map((m) => m[0]);
}

describe('served pages', () => {
  const { yoga } = testApp();
  const switchedOff = [testApp({ PRODUCTION: 'true' }).yoga, testApp({ GRAPHIQL: 'false' }).yoga];
  const html = { accept: 'text/html' };

  it('send a Content-Security-Policy with no external source on every page, file and export', async () => {
    const paths = [
      '/',
      '/entity/zeki-akturk',
      '/event/2025-07-23-mod-weekly-press-briefing',
      '/path?from=yasar-guler&to=syrian-army',
      '/assets/explorer.js',
      '/assets/explorer.css',
      '/graphql',
      '/export/events.csv?limit=1',
    ];
    for (const path of paths) {
      const res = await yoga.fetch(`http://test${path}`, { headers: html });
      expect([path, res.status]).toEqual([path, 200]);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect([path, hostSources(csp)]).toEqual([path, []]);
    }
  });

  it('GraphiQL is served whole from this process: no script, style or font from another host', async () => {
    const res = await yoga.fetch('http://test/graphql', { headers: html });
    const page = await res.text();
    expect(page).toContain('News timeline graph');
    expect(page).toContain('MinistryTimeline');
    expect(page).not.toContain('__TITLE__');
    expect(loadedUrls(page)).toEqual([]);
    // Its one inline script is allowed by hash, nothing else inline is.
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[^']+'/);
  });

  it('the explorer and its files load nothing from another host', async () => {
    for (const path of ['/', '/assets/explorer.js', '/assets/explorer.css']) {
      const text = await (await yoga.fetch(`http://test${path}`)).text();
      expect([path, loadedUrls(text)]).toEqual([path, []]);
    }
    const page = await (await yoga.fetch('http://test/')).text();
    expect(page).toContain('<script type="module" src="/assets/explorer.js">');
  });

  it('serves only files the build wrote', async () => {
    for (const path of ['/assets/..%2Fbuild.ts', '/assets/../build.ts', '/assets/nope.js', '/assets/.']) {
      const res = await yoga.fetch(`http://test${path}`);
      expect([path, res.status]).not.toEqual([path, 200]);
    }
  });

  it('GraphiQL still switches off with PRODUCTION and GRAPHIQL', async () => {
    for (const off of switchedOff) {
      const res = await off.fetch('http://test/graphql', { headers: html });
      expect(await res.text()).not.toContain('YogaGraphiQL');
    }
  });
});
