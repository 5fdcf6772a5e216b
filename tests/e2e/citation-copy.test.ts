/**
 * The copy button beside a citation: it copies exactly the citation text, with
 * the reader's access date, and says so; without JavaScript there is no button,
 * and the text is still there to select.
 */
import { describe, expect } from 'vitest';
import { it } from '../helpers/fixtures';

it.override({ site: 'base' });

describe('citation copy button', () => {
  it('copies the English citation, with today’s access date, and says it did', async ({ newPage, server }) => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${server.url}en/standards/gb-t-45654-2025/`);
    const button = page.getByRole('button', { name: 'Copy English citation' });
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status="cite-en"]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = (await page.locator('#cite-en').textContent())!.trim();
    expect(copied).toBe(shown);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(copied).toMatch(
      /^“GB\/T 45654-2025 Cybersecurity technology — Basic security requirements for generative AI services\.” .* dataset version \S+\. http/,
    );
    expect(copied).toContain(`/en/standards/gb-t-45654-2025/ (accessed ${today}).`);
  });

  it('shows no button without JavaScript, and keeps the citation text', async ({ newPage, server }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}standards/gb-t-45654-2025/`);
    expect(await page.locator('button[data-copy]').count()).toBe(2);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await page.locator('#cite-zh').textContent()).toMatch(/^GB\/T 45654-2025 网络安全技术 生成式人工智能服务安全基本要求［EB\/OL］/);
  });
});
