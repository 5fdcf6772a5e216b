/**
 * The sanitiser behind the body check: whatever markup gets past the check
 * (a fork that drops it, a future change) is removed from the rendered body.
 * Bodies are compiled with Sätteri, Astro's MDX processor, and the plugin.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodySanitiser } from '~/lib/content/body-sanitiser';

const compile = (body: string) => mdxToJs(body, { hastPlugins: [bodySanitiser] }).code;

describe('body sanitiser', () => {
  it('keeps markdown, https and relative links, and the language blocks', () => {
    const code = compile(
      '<En>\n\nSee **the notice** at [TC260](https://www.tc260.org.cn/) and [the other standard](../tc260-003/).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n</En>\n',
    );
    expect(code).toContain('"https://www.tc260.org.cn/"');
    expect(code).toContain('"../tc260-003/"');
    expect(code).toMatch(/_components\.strong/);
    expect(code).toMatch(/_components\.td/);
    expect(code).toMatch(/_jsxs?\(En,/);
  });

  it('removes elements, event handlers, expressions and imports', () => {
    const code = compile('import X from "./x.js"\n\n<En>\n\nText <script>alert(1)</script> <img src="x" onerror="alert(2)" /> {alert(3)} <X />\n\n</En>\n');
    expect(code).not.toMatch(/alert\(/);
    expect(code).not.toMatch(/onerror|"script"|_components\.img|\bX\b/);
    expect(code).toContain('Text');
  });

  it('drops link targets that are not https or relative, keeping the link text', () => {
    const code = compile('<En>\n\n[one](javascript:alert(1)) [two](data:text/html,x) [three](http://example.org) www.example.org\n\n</En>\n');
    expect(code).not.toMatch(/javascript:|data:text|http:\/\//);
    expect(code).toContain('"one"');
    expect(code).toContain('"three"');
  });

  it('removes a language block that carries attributes', () => {
    const code = compile('<En onClick="alert(1)">\n\nText\n\n</En>\n');
    expect(code).not.toMatch(/alert|onClick/);
  });
});
