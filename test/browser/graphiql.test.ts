import { describe, expect, it } from 'vitest';
import { browserSite } from './browser';

const site = browserSite();

describe('GraphiQL in Chromium, offline', { timeout: 90_000 }, () => {
  it('loads from our own process with its example tabs, and runs one', async () => {
    const { page, offOrigin, cspViolations, context } = await site.page();
    await page.goto(`${site.origin}/graphql`);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    expect(
      tabs.map((t) =>
        t
          .replace(/\W*icon$/, '')
          .trim()
          .slice(0, 16),
      ),
    ).toEqual(expect.arrayContaining(['MinistryTimeline', 'GulerToSyrianArm']));
    // The tab strip is a drag-to-reorder list whose tabs move while it settles: send the click to the tab itself.
    await page
      .locator('.graphiql-tab-button', { hasText: 'GulerToSyrianArmy' })
      .first()
      .dispatchEvent('click');
    const active = page.locator('.graphiql-tab-active');
    await expect.poll(() => active.textContent(), { timeout: 10_000 }).toContain('GulerToSyrianArmy');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('"length"');
    await site.shot(page, 'graphiql');
    expect(offOrigin).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
