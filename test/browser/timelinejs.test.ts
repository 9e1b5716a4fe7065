import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSite } from './browser';

const site = browserSite();
const tlDist = join(
  dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')),
  'dist',
);

/**
 * A page of our own that loads TimelineJS from its npm package (served from the test, on the same
 * origin) and hands it our export. Nothing comes from elsewhere: any such request fails the test.
 */
const HARNESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/__timelinejs/css/timeline.css"></head><body>
<div id="tl" style="width: 1200px; height: 640px"></div>
<script src="/__timelinejs/js/timeline.js"></script>
<script>
  fetch('/export/timelinejs.json').then((r) => r.json()).then((data) => {
    window.exported = data;
    window.tl = new TL.Timeline('tl', data, { script_path: '/__timelinejs/js/', font: null, language: 'en', ga_measurement_id: null });
    window.tl.on('loaded', () => { window.tlLoaded = true; });
  }).catch((e) => { window.tlError = String(e); });
</script></body></html>`;

describe('TimelineJS reads our export', { timeout: 90_000 }, () => {
  it('loads the TimelineJS export in TimelineJS itself (npm @knight-lab/timelinejs)', async () => {
    const { page, context, offOrigin } = await site.page();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await context.route(`${site.origin}/__timelinejs/**`, (route) => {
      const rel = new URL(route.request().url()).pathname.replace('/__timelinejs/', '');
      if (rel === 'harness.html') return route.fulfill({ contentType: 'text/html', body: HARNESS });
      const type = rel.endsWith('.css')
        ? 'text/css'
        : rel.endsWith('.json')
          ? 'application/json'
          : 'text/javascript';
      return route.fulfill({ contentType: type, body: readFileSync(join(tlDist, rel)) });
    });
    await page.goto(`${site.origin}/__timelinejs/harness.html`);
    await page.waitForFunction(() => (window as unknown as { tlLoaded?: boolean }).tlLoaded === true, null, {
      timeout: 30_000,
    });
    const exported = await page.evaluate(
      () => (window as unknown as { exported: { events: unknown[] } }).exported,
    );
    // TimelineJS made one slide per exported event, plus the title slide.
    const slides = await page.locator('.tl-slide').count();
    expect(slides).toBe(exported.events.length + 1);
    expect(exported.events.length).toBeGreaterThan(3);
    // A precise day and a part of a month, as TimelineJS shows them.
    const dates = await page.locator('.tl-slide .tl-headline-date').allTextContents();
    expect(dates.some((d) => d.includes('part of month, approximate'))).toBe(true);
    await page.evaluate(() =>
      (window as unknown as { tl: { goToId: (id: string) => void } }).tl.goToId(
        '2025-06-guler-statement-on-turkish-forces-in-syria',
      ),
    );
    await page.waitForTimeout(1500);
    await site.shot(page, 'timelinejs');
    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });
});
