/** Small readers for built HTML: pages, their links and the files they load. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Decode the few entities Astro writes into attribute values. */
function decode(v: string): string {
  return v
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export interface Ref {
  tag: string;
  attr: string;
  value: string;
  /** The whole opening tag, to check other attributes such as data-language-switch. */
  element: string;
}

/** Every href/src/srcset-like reference in the page's markup. */
export function refs(html: string): Ref[] {
  const out: Ref[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const [element, tag, attrs] = m;
    for (const a of attrs!.matchAll(/\s(href|src|action|content)\s*=\s*"([^"]*)"/g)) {
      out.push({ tag: tag!.toLowerCase(), attr: a[1]!, value: decode(a[2]!), element });
    }
  }
  return out.filter((r) => r.attr !== 'content' || /^https?:|^\//.test(r.value));
}

/** The file a site-absolute path resolves to in a built folder, or null. */
export function resolvePath(dir: string, base: string, path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  if (!clean.startsWith(base)) return null;
  const rest = clean.slice(base.length);
  const candidates = [join(dir, rest), join(dir, rest, 'index.html')];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Path of the page a file is served at, e.g. "en/standards/x/index.html" → "/en/standards/x/". */
export function pagePath(base: string, file: string): string {
  return base + file.replace(/index\.html$/, '').replace(/\\/g, '/');
}
