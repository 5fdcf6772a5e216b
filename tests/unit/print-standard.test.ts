/**
 * The print edition writes each standard as HTML itself (src/lib/exports/print-standard.ts):
 * whatever a content file holds is shown as text, never read as markup.
 */
import { describe, expect, it } from 'vitest';
import { printStandardHtml } from '~/lib/exports/print-standard';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';

const tax = modelOf(loadContent(REAL_CONTENT), '2026-12-07');
const site = new URL('https://example.org/');

describe("a standard's entry in the print edition", () => {
  const base = tax.standards.find((s) => s.officialRecord)!;

  it('shows a title with markup characters as text, in both languages', () => {
    const s = { ...base, title: { zh: '标题 <b>加粗</b> & “引号”', en: `A <script>"quoted"</script> & 'apostrophe'` } };
    const en = printStandardHtml('en', s, 3, site);
    expect(en).not.toContain('<script>');
    expect(en).not.toContain('<b>');
    expect(en).toContain('A &lt;script&gt;&quot;quoted&quot;&lt;/script&gt; &amp; &#39;apostrophe&#39;');
    expect(en).toContain('标题 &lt;b&gt;加粗&lt;/b&gt; &amp; “引号”');
  });

  it("keeps an address's ampersands and quotes inside its attribute", () => {
    const url = 'https://std.samr.gov.cn/gb/search/gbDetailed?id=1&q="x"';
    const html = printStandardHtml('zh', { ...base, officialRecord: { ...base.officialRecord!, url } }, 4, site);
    expect(html).toContain('href="https://std.samr.gov.cn/gb/search/gbDetailed?id=1&amp;q=&quot;x&quot;"');
    expect(html).toMatch(/^<article class="print-standard" aria-labelledby="print-[^"]+"><h4 id="print-[^"]+" class="print-standard__title">/);
  });

  it('names its page on the site, in the language of the edition', () => {
    expect(printStandardHtml('en', base, 3, site)).toContain(`<dd class="print-url">https://example.org/en/standards/${base.id}/</dd>`);
    expect(printStandardHtml('zh', base, 3, site)).toContain(`<dd class="print-url">https://example.org/standards/${base.id}/</dd>`);
  });
});
