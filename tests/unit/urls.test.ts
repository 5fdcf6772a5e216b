import { describe, expect, it } from 'vitest';
import { absoluteUrl, createUrls, normaliseBase } from '~/lib/site/urls';

describe.each([
  ['/', ''],
  ['/ai-safety-standards/', '/ai-safety-standards'],
])('URLs under base %s', (base, prefix) => {
  const urls = createUrls(base);

  it('puts Chinese at the root and English under /en/', () => {
    expect(urls.href('zh', { page: 'home' })).toBe(`${prefix}/`);
    expect(urls.href('en', { page: 'home' })).toBe(`${prefix}/en/`);
    expect(urls.href('zh', { page: 'standard', id: 'gb-t-45654-2025' })).toBe(`${prefix}/standards/gb-t-45654-2025/`);
    expect(urls.href('en', { page: 'node', id: 'c-safety-alignment' })).toBe(`${prefix}/en/framework/c-safety-alignment/`);
    expect(urls.href('en', { page: 'about-site' })).toBe(`${prefix}/en/about/site/`);
  });

  it('encodes query values', () => {
    expect(urls.href('zh', { page: 'search', q: 'GB/T 45654' })).toBe(`${prefix}/search/?q=GB%2FT%2045654`);
    expect(urls.href('en', { page: 'framework', focus: 'c' })).toBe(`${prefix}/en/framework/?focus=c`);
  });

  it('links data files and assets below the base', () => {
    expect(urls.data('standards.csv')).toBe(`${prefix}/data/standards.csv`);
    expect(urls.asset('/favicon.svg')).toBe(`${prefix}/favicon.svg`);
  });

  it('translates a page path to the same page in the other language', () => {
    expect(urls.translate(`${prefix}/standards/x/`, 'en')).toBe(`${prefix}/en/standards/x/`);
    expect(urls.translate(`${prefix}/en/standards/x/`, 'zh')).toBe(`${prefix}/standards/x/`);
    expect(urls.translate(`${prefix}/en/`, 'zh')).toBe(`${prefix}/`);
    expect(urls.translate(`${prefix}/`, 'en')).toBe(`${prefix}/en/`);
    // A Chinese path that merely starts with "en" is not English.
    expect(urls.translate(`${prefix}/entries/`, 'en')).toBe(`${prefix}/en/entries/`);
  });

  it('tells which language a path is in', () => {
    expect(urls.localeOf(`${prefix}/en/risks/`)).toBe('en');
    expect(urls.localeOf(`${prefix}/risks/`)).toBe('zh');
  });
});

describe('base path normalisation', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['repo', '/repo/'],
    ['/repo', '/repo/'],
    ['repo/', '/repo/'],
    ['//repo//', '/repo/'],
  ])('%j → %j', (input, out) => {
    expect(normaliseBase(input)).toBe(out);
  });
});

describe('absolute URLs', () => {
  const site = new URL('https://example.org');
  it.each([
    '/repo/en/standards/gb-t-45654-2025/',
    '/repo/data/standards/gb-t-45654-2025.csl.json',
    '/repo/standards/../risks/',
    '/repo/./about/',
    '/repo/标准/',
    '/repo/a b/',
    '/repo/search/?q=1',
    '//elsewhere.example/x',
  ])('%s is what the URL parser makes of it on the site', (path) => {
    expect(absoluteUrl(path, site)).toBe(new URL(path, site).href);
  });

  it('uses the site’s origin, not its path, for a path from the root', () => {
    expect(absoluteUrl('/repo/about/', new URL('https://example.org/ignored/'))).toBe('https://example.org/repo/about/');
  });
});
