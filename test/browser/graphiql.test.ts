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
    // GraphiQL picks the operation to run from the editor's text, on a debounce (100–200 ms) after the
    // text changes: run only once the new tab's text is in and that has passed, as a person would.
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 10_000 })
      .toContain('GulerToSyrianArmy');
    await page.waitForTimeout(1_000);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('"length"');
    await site.shot(page, 'graphiql');
    expect(offOrigin).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
