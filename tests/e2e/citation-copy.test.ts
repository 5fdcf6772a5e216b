/**
 * The citations on a standard's page: the reader picks GB/T 7714—2025 or APA 7
 * with a radio button and sees only that style's citations, without any
 * script; the copy button copies exactly the citation shown, with the reader's
 * own access date where the style prints one, and says so; without JavaScript
 * there is no button, and the text is still there to select.
 */
import { describe, expect } from 'vitest';
import { it } from '../helpers/fixtures';

it.override({ site: 'base' });

describe('citations on a standard’s page', () => {
  it('copies the English citation of the standard itself, in APA, and says it did', async ({ newPage, server }) => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${server.url}en/standards/gb-t-45654-2025/`);
    await page.getByRole('button', { name: 'Copy the citation of the standard (APA 7)' }).click();
    await expect.poll(() => page.locator('[data-copy-status="cite-standard-apa"]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-standard-apa').textContent())!.trim());
    // Issued by SAMR and SAC, as the cover prints; the Chinese title with its English translation in brackets, as APA 7 asks.
    expect(copied).toBe(
      'State Administration for Market Regulation & Standardization Administration of China. (2025). 网络安全技术 生成式人工智能服务安全基本要求 [Cybersecurity technology — Basic security requirements for generative AI services] (GB/T 45654-2025).',
    );
  });

  it('copies the Chinese citation of the page with the reader’s own access date', async ({ newPage, server }) => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${server.url}standards/gb-t-45654-2025/`);
    await page.getByRole('button', { name: '复制本页的引用（GB/T 7714—2025）' }).click();
    await expect.poll(() => page.locator('[data-copy-status="cite-page-gbt7714"]').textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-page-gbt7714').textContent())!.trim());
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(copied).toMatch(
      /^人工智能安全标准体系（V1\.0）参考站\. GB\/T 45654-2025 网络安全技术 生成式人工智能服务安全基本要求\[EB\/OL\]\. （\d{4}-\d{2}-\d{2}）\[/,
    );
    expect(copied).toContain(`[${today}]. https://example.github.io/ai-safety-standards/standards/gb-t-45654-2025/.`);
  });

  it('shows one style at a time, the page’s own language’s first, and switches with the keyboard, without JavaScript', async ({ newPage, server }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}standards/gb-t-45654-2025/`);
    expect(await page.locator('#cite-standard-gbt7714').isVisible()).toBe(true);
    expect(await page.locator('#cite-standard-apa').isVisible()).toBe(false);
    expect(await page.locator('#cite-page-apa').isVisible()).toBe(false);
    await page.getByRole('radio', { name: /GB\/T 7714—2025/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: /APA 7/ }).isChecked()).toBe(true);
    expect(await page.locator('#cite-standard-apa').isVisible()).toBe(true);
    expect(await page.locator('#cite-page-apa').isVisible()).toBe(true);
    expect(await page.locator('#cite-standard-gbt7714').isVisible()).toBe(false);
    await page.goto(`${server.url}en/standards/gb-t-45654-2025/`);
    expect(await page.locator('#cite-standard-apa').isVisible()).toBe(true);
    expect(await page.locator('#cite-standard-gbt7714').isVisible()).toBe(false);
  });

  it('shows no button without JavaScript, and keeps the citation text', async ({ newPage, server }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}standards/gb-t-45654-2025/`);
    // Each citation has its button (the record box at the top has one more), and none shows without a script to run it.
    for (const id of ['cite-standard-gbt7714', 'cite-standard-apa', 'cite-page-gbt7714', 'cite-page-apa'])
      expect(await page.locator(`button[data-copy="${id}"]`).count(), id).toBeGreaterThanOrEqual(1);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await page.locator('#cite-standard-gbt7714').textContent()).toBe('GB/T 45654—2025\u2003网络安全技术 生成式人工智能服务安全基本要求[S].');
  });
});
