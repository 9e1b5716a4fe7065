import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSite } from './browser';

const site = browserSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Waits until the explorer has rendered the view named (the router sets data-view when done). */
const viewReady = (page: Page, view: string) => page.waitForSelector(`body[data-view="${view}"]`);

/** axe-core, injected from our node_modules (evaluated over the DevTools protocol, so the CSP stays on). */
async function seriousViolations(page: Page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('explorer in Chromium', { timeout: 90_000 }, () => {
  it('finds Zeki Aktürk from اكتورك, shows the weekly briefing on his timeline, and its quote highlighted', async () => {
    const { page, offOrigin, cspViolations, context } = await site.page();
    await page.goto(`${site.origin}/`);
    await viewReady(page, 'home');
    await site.shot(page, 'home');
    // Keyboard only: the search field, the query, Enter.
    await page.focus('#q');
    await page.keyboard.type('اكتورك');
    await page.keyboard.press('Enter');
    await viewReady(page, 'search');
    expect(new URL(page.url()).searchParams.get('q')).toBe('اكتورك');
    const hit = page.locator('.hits a', { hasText: 'Zeki Aktürk' });
    await expect.poll(() => hit.count()).toBe(1);
    await site.shot(page, 'search-akturk');
    await hit.click();
    await viewReady(page, 'entity');
    expect(new URL(page.url()).pathname).toBe('/entity/zeki-akturk');
    expect(await page.locator('h1').textContent()).toBe('Zeki Aktürk');
    // Names in every language, the Arabic right to left.
    const arabic = page.locator('.names [lang="ar"]');
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.textContent()).toBe('زكي أكتورك');
    // The weekly briefing is drawn on the visual timeline, as a single-day point.
    const briefing = page.locator('.vis-item.day', { hasText: 'weekly press briefing' });
    await briefing.waitFor();
    await expect.poll(() => page.locator('.histogram rect').count()).toBeGreaterThan(0);
    await page.locator('.graph-box canvas').first().waitFor();
    await site.shot(page, 'entity-akturk');
    await briefing.click();
    await viewReady(page, 'event');
    expect(new URL(page.url()).pathname).toBe('/event/2025-07-23-mod-weekly-press-briefing');
    // The quote is highlighted inside the article text, right to left.
    const mark = page.locator('.article-text mark', { hasText: 'أعلنت وزارة الدفاع التركية' });
    await expect.poll(() => mark.count()).toBe(1);
    const text = mark.locator('xpath=..');
    expect(await text.getAttribute('dir')).toBe('rtl');
    expect((await text.textContent())?.length).toBeGreaterThan((await mark.textContent())?.length ?? 0);
    expect(await page.locator('.when dd').first().textContent()).toContain('23 من تموز');
    await mark.scrollIntoViewIfNeeded();
    await site.shot(page, 'event-briefing');
    expect(offOrigin).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows how Yaşar Güler connects to the Syrian army, from a shared link', async () => {
    const { page, offOrigin, context } = await site.page();
    await page.goto(`${site.origin}/path?from=yasar-guler&to=syrian-army`);
    await viewReady(page, 'path');
    expect(await page.locator('h1').textContent()).toBe('How does Yaşar Güler connect to Syrian army?');
    const steps = page.locator('.paths > li').first().locator('.steps > li');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.first().textContent()).toContain('Yaşar Güler');
    expect(await steps.last().textContent()).toContain('Syrian army');
    await site.shot(page, 'path-guler-syrian-army');
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('says so when nothing is found, and when an id is unknown', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.origin}/search?q=zzqqxx`);
    await viewReady(page, 'search');
    expect(await page.locator('.empty').textContent()).toContain('No entity matches');
    await page.goto(`${site.origin}/entity/no-such-entity`);
    await viewReady(page, 'entity');
    expect(await page.locator('h1').textContent()).toBe('No such entity');
    await page.goto(`${site.origin}/path?from=zeki-akturk&to=syrian-army&maxHops=1`);
    await viewReady(page, 'path');
    expect(await page.locator('.empty').textContent()).toContain('No path of at most 1 steps');
    await context.close();
  });

  it('is readable on a phone-sized screen', async () => {
    const { page, context } = await site.page({ width: 390, height: 844 });
    await page.goto(`${site.origin}/entity/turkish-ministry-of-defence`);
    await viewReady(page, 'entity');
    await page.locator('.vis-item').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await site.shot(page, 'phone-ministry');
    await context.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const { page, context } = await site.page();
    const found: Record<string, string[]> = {};
    for (const [path, view] of [
      ['/', 'home'],
      ['/search?q=Akturk', 'search'],
      ['/entity/zeki-akturk', 'entity'],
      ['/event/2025-07-23-mod-weekly-press-briefing', 'event'],
      ['/path?from=yasar-guler&to=syrian-army', 'path'],
    ] as const) {
      await page.goto(`${site.origin}${path}`);
      await viewReady(page, view);
      found[path] = await seriousViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await context.close();
  });
});
