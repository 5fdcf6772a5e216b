import { describe, expect, it } from 'vitest';
import { repoFrom } from '~/lib/site/repo';

describe('repository links', () => {
  it('are absent when no repository is given', () => {
    expect(repoFrom(undefined)).toBeUndefined();
    expect(repoFrom('  ')).toBeUndefined();
  });

  it('link a pre-filled new issue whose title and body survive the round trip', () => {
    const r = repoFrom('https://github.com/owner/site.git/')!;
    expect(r.url).toBe('https://github.com/owner/site');
    const issue = new URL(r.newIssue('错误报告：GB/T 45654-2025', 'Page: https://example.org/standards/x/?a=1&b=2\nEntry: x'));
    expect(issue.origin + issue.pathname).toBe('https://github.com/owner/site/issues/new');
    expect(issue.searchParams.get('title')).toBe('错误报告：GB/T 45654-2025');
    expect(issue.searchParams.get('body')).toBe('Page: https://example.org/standards/x/?a=1&b=2\nEntry: x');
  });

  it('link the editor for a content file on the main branch', () => {
    expect(repoFrom('https://github.com/owner/site')!.edit('content/standards/gb-t-45654-2025.mdx')).toBe(
      'https://github.com/owner/site/edit/main/content/standards/gb-t-45654-2025.mdx',
    );
  });

  it('refuse a value that is not an https URL, naming it', () => {
    expect(() => repoFrom('github.com/owner/site')).toThrow(/REPO_URL: "github.com\/owner\/site"/);
    expect(() => repoFrom('http://github.com/owner/site')).toThrow(/not https/);
  });
});
