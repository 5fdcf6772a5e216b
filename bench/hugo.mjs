/**
 * A yardstick for the build: the same content as a minimal Hugo site, indexed
 * by the same Pagefind, so "how long should this take" has an answer from a
 * fast static site generator doing comparable work.
 *
 * The mirror is written into a temporary folder from the content folder's
 * files. It has one page per standard, framework node and risk, and the two
 * about pages, in both languages (Chinese at the root, English under /en/),
 * plus a home page and a list page per section. Every page carries what a page
 * of the site carries in kind, if not in detail:
 *
 * - a head (title, description, canonical link, one stylesheet), a header with
 *   the site title, the four sections and a link to the other language, and a
 *   footer of links;
 * - a breadcrumb, the title (with the number), the title in the other language
 *   and a list of facts with links: kind, status in V1.0, membership, dates,
 *   place in the framework, risks;
 * - on a standard's page, a summary box beside them (number, kind, status, place
 *   in the framework) and the citation_* tags in its head;
 * - the description in the page's language (Markdown, rendered by Hugo), then
 *   history, related standards, sources, the note and a citation: on a
 *   standard's page the standard and the page, each in two styles with a copy
 *   button, as the site shows them (the site renders them with a CSL processor,
 *   the mirror fills in a pattern);
 * - node and risk pages list every standard under them, as the site's tables do.
 *
 * It has none of the site's checks, search records, status derivation,
 * timeline, tree diagram, exports or feeds: it is a floor, not a port. Pagefind
 * (the site's own version, through its command line) indexes the entry pages
 * as the site's build does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { EVENT_LABEL, HTML_LANG, KIND_LABEL, LOCALES, MEMBERSHIP_LABEL, RISK_GROUP_LABEL, STATUS_LABEL } from '../src/lib/base/vocabulary.ts';
import { measure } from './measure.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const HUGO_CANDIDATES = [process.env.HUGO_PATH, '/usr/bin/hugo', '/usr/local/bin/hugo'].filter(Boolean);

/** The Hugo binary, if one is installed, with its version line. */
export function findHugo() {
  for (const path of HUGO_CANDIDATES) {
    if (!existsSync(path)) continue;
    const r = spawnSync(path, ['version'], { encoding: 'utf8' });
    if (r.status === 0) return { path, version: r.stdout.trim().split(' ').slice(0, 2).join(' ') };
  }
  return undefined;
}

/** Front matter and the two language blocks of an entry file. */
function readEntry(file) {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  const block = (tag) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(m[2])?.[1]?.trim() ?? '';
  return { id: basename(file, '.mdx'), data: parseYaml(m[1]), body: { zh: block('Zh'), en: block('En') } };
}

function readFolder(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readEntry(join(dir, f)));
}

const SECTION = {
  zh: { framework: '框架', standards: '标准', risks: '风险', about: '关于' },
  en: { framework: 'Framework', standards: 'Standards', risks: 'Risks', about: 'About' },
};
const WORDS = {
  zh: {
    number: '编号',
    kind: '类别',
    status: 'V1.0中的状态',
    membership: '是否列入',
    published: '发布',
    effective: '实施',
    place: '框架位置',
    risks: '相关风险',
    history: '历程',
    related: '相关标准',
    sources: '来源',
    note: '说明',
    cite: '引用本页',
    copy: '复制引文',
    below: '下属标准',
    children: '子领域',
    subtypes: '子类',
    nodes: '相关节点',
    site: '人工智能安全标准体系（V1.0）参考站',
  },
  en: {
    number: 'Number',
    kind: 'Kind',
    status: 'Status in V1.0',
    membership: 'Membership',
    published: 'Issued',
    effective: 'Effective',
    place: 'Place in the framework',
    risks: 'Risks',
    history: 'History',
    related: 'Related standards',
    sources: 'Sources',
    note: 'Note',
    cite: 'Cite this page',
    copy: 'Copy the citation',
    below: 'Standards',
    children: 'Sub-areas',
    subtypes: 'Sub-types',
    nodes: 'Linked nodes',
    site: 'AI Safety Standards System (V1.0) reference',
  },
};

const LAYOUTS = {
  '_default/baseof.html': `<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Params.siteTitle }}</title>
<meta name="description" content="{{ .Params.description }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">{{ end }}
<link rel="stylesheet" href="{{ "style.css" | absURL }}">
{{ range .Params.meta }}<meta name="{{ .name }}" content="{{ .content }}">{{ end }}
</head>
<body>
<a class="skip-link" href="#main">Skip</a>
<header class="site-header"><a class="site-title" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Params.siteTitle }}</a>
<nav aria-label="Main"><ul>{{ range .Site.Params.sections }}<li><a href="{{ (printf "%s/" .id) | relLangURL }}">{{ .label }}</a></li>{{ end }}</ul></nav>
{{ range .Translations }}<a class="language" href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}
</header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer class="site-footer"><p>{{ .Site.Params.siteTitle }}</p><ul>{{ range .Site.Params.sections }}<li><a href="{{ (printf "%s/" .id) | relLangURL }}">{{ .label }}</a></li>{{ end }}</ul></footer>
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body>
<nav class="breadcrumbs">{{ range .Params.trail }}<a href="{{ .url | relLangURL }}">{{ .title }}</a> › {{ end }}</nav>
<h1>{{ with .Params.number }}<span class="number">{{ . }}</span> {{ end }}{{ .Title }}</h1>
{{ with .Params.otherTitle }}<p class="lead">{{ . }}</p>{{ end }}
{{ with .Params.glance }}<aside class="entry-summary"><dl class="summary-list">{{ range . }}<div><dt>{{ .label }}</dt><dd>{{ if .links }}{{ range .links }}<a href="{{ .url | relLangURL }}">{{ .title }}</a> › {{ end }}{{ else }}{{ .value }}{{ end }}</dd></div>{{ end }}</dl></aside>{{ end }}
{{ with .Params.facts }}<dl class="record">{{ range . }}<dt>{{ .label }}</dt><dd>{{ if .links }}{{ range .links }}<a href="{{ .url | relLangURL }}">{{ .title }}</a> {{ end }}{{ else }}{{ .value }}{{ end }}</dd>{{ end }}</dl>{{ end }}
<div class="prose">{{ .Content }}</div>
{{ range .Params.lists }}{{ if .items }}<section><h2>{{ .heading }}</h2><ul>{{ range .items }}<li>{{ if .url }}<a href="{{ .url | relLangURL }}">{{ with .number }}<span class="number">{{ . }}</span> {{ end }}{{ .title }}</a>{{ else }}{{ .title }}{{ end }}{{ with .note }} — {{ . }}{{ end }}</li>{{ end }}</ul></section>{{ end }}{{ end }}
{{ with .Params.note }}<p class="note">{{ . }}</p>{{ end }}
<section class="citation" data-pagefind-ignore><h2>{{ .Params.citeHeading }}</h2>{{ range .Params.citations }}<figure><figcaption>{{ .style }}</figcaption><blockquote><p>{{ .text }}</p></blockquote><button type="button">{{ $.Params.copyLabel }}</button></figure>{{ end }}
<figure><figcaption>GB/T 7714—2025</figcaption><blockquote><p>{{ .Site.Params.siteTitle }}. {{ with .Params.number }}{{ . }} {{ end }}{{ .Title }}[EB/OL]. ({{ now.Format "2006-01-02" }})[{{ now.Format "2006-01-02" }}]. {{ .Permalink }}.</p></blockquote><button type="button">{{ .Params.copyLabel }}</button></figure>
<figure><figcaption>APA 7</figcaption><blockquote><p>{{ .Site.Params.siteTitle }}. ({{ now.Format "2006, January 2" }}). {{ with .Params.number }}{{ . }} {{ end }}{{ .Title }}. {{ .Permalink }}</p></blockquote><button type="button">{{ .Params.copyLabel }}</button></figure></section>
</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ with .Params.number }}{{ . }} {{ end }}{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>{{ .Site.Params.siteTitle }}</h1>
<ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>{{ end }}
`,
};

/**
 * Writes the Hugo mirror of a content folder.
 * @param {string} contentDir the site's content folder (real or synthetic)
 * @returns {string} the Hugo site's folder
 */
export function hugoMirror(contentDir) {
  const site = mkdtempSync(join(tmpdir(), 'aiss-hugo-'));
  const nodes = readFolder(join(contentDir, 'framework'));
  const standards = readFolder(join(contentDir, 'standards'));
  const risks = readFolder(join(contentDir, 'risks'));
  const pages = readFolder(join(contentDir, 'pages'));
  const sources = parseYaml(readFileSync(join(contentDir, 'sources.yaml'), 'utf8'));
  const node = new Map(nodes.map((n) => [n.id, n]));
  const standard = new Map(standards.map((s) => [s.id, s]));
  const risk = new Map(risks.map((r) => [r.id, r]));
  const path = (id) => (node.get(id).data.parent ? [...path(node.get(id).data.parent), id] : [id]);
  const under = new Map(nodes.map((n) => [n.id, []]));
  for (const s of standards) for (const n of new Set((s.data.nodes ?? []).flatMap(path))) under.get(n).push(s);
  const riskStandards = new Map(risks.map((r) => [r.id, []]));
  for (const s of standards) for (const r of s.data.risks ?? []) riskStandards.get(r).push(s);

  const write = (l, section, id, front, body) => {
    const dir = join(site, 'content', l, section);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${id}.md`), `${JSON.stringify(front, null, 1)}\n\n${body}\n`);
  };
  for (const l of LOCALES) {
    const w = WORDS[l];
    const other = l === 'zh' ? 'en' : 'zh';
    const nodeLink = (id) => ({ title: `${node.get(id).data.code ?? ''} ${node.get(id).data.title[l]}`.trim(), url: `framework/${id}/` });
    const stdItem = (s) => ({ url: `standards/${s.id}/`, number: s.data.number, title: s.data.title[l] });
    const sourceItems = (ids) => ids.map((id) => ({ title: sources[id]?.title ?? id, note: sources[id]?.url }));
    const common = { citeHeading: w.cite, copyLabel: w.copy };
    for (const [section, title] of Object.entries(SECTION[l])) {
      mkdirSync(join(site, 'content', l, section), { recursive: true });
      writeFileSync(join(site, 'content', l, section, '_index.md'), `${JSON.stringify({ title })}\n`);
    }
    writeFileSync(join(site, 'content', l, '_index.md'), `${JSON.stringify({ title: w.site })}\n`);

    for (const s of standards) {
      const d = s.data;
      write(
        l,
        'standards',
        s.id,
        {
          ...common,
          title: d.title[l],
          number: d.number,
          otherTitle: d.title[other],
          description: `${d.number ?? ''} ${d.title[l]}`.trim(),
          trail: [{ title: SECTION[l].framework, url: 'framework/' }, ...(d.nodes?.[0] ? path(d.nodes[0]).map(nodeLink) : [])],
          facts: [
            { label: w.number, value: d.number ?? '—' },
            { label: w.kind, value: KIND_LABEL[d.kind][l] },
            { label: w.status, value: STATUS_LABEL[d.status][l] },
            { label: w.membership, value: MEMBERSHIP_LABEL[d.membership][l] },
            { label: w.published, value: d.dates?.published ?? '—' },
            { label: w.effective, value: d.dates?.effective ?? '—' },
            { label: w.place, links: (d.nodes ?? []).flatMap(path).map(nodeLink) },
            { label: w.risks, links: (d.risks ?? []).map((r) => ({ title: risk.get(r).data.title[l], url: `risks/${r}/` })) },
          ],
          lists: [
            { heading: w.history, items: (d.history ?? []).map((h) => ({ title: `${h.date} ${EVENT_LABEL[h.event][l]}`, note: h.note[l] })) },
            { heading: w.related, items: (d.related ?? []).map((r) => ({ ...stdItem(standard.get(r.standard)), note: r.note[l] })) },
            { heading: w.sources, items: sourceItems(d.sources ?? []) },
          ],
          note: d.note?.[l],
          glance: [
            { label: w.number, value: `${d.number ?? '—'} · ${KIND_LABEL[d.kind][l]}` },
            { label: w.status, value: STATUS_LABEL[d.status][l] },
            { label: w.place, links: (d.nodes ?? []).flatMap(path).map(nodeLink) },
          ],
          meta: [
            { name: 'citation_title', content: `${d.number ?? ''} ${d.title[l]}`.trim() },
            ...(d.number ? [{ name: 'citation_technical_report_number', content: d.number }] : []),
            ...(d.dates?.published ? [{ name: 'citation_date', content: String(d.dates.published.date ?? d.dates.published).replaceAll('-', '/') }] : []),
            { name: 'citation_language', content: l },
          ],
          citations: [
            { style: 'GB/T 7714—2025', text: `${d.number ? `${d.number} ` : ''}${d.title.zh}[S]. ${String(d.dates?.published?.date ?? '').slice(0, 4)}.` },
            { style: 'APA 7', text: `${d.title.en}${d.number ? ` (${d.number})` : ''}. ${String(d.dates?.published?.date ?? 'n.d.').slice(0, 4)}.` },
          ],
        },
        s.body[l],
      );
    }
    for (const n of nodes) {
      const d = n.data;
      write(
        l,
        'framework',
        n.id,
        {
          ...common,
          title: `${d.code ?? ''} ${d.title[l]}`.trim(),
          otherTitle: d.title[other],
          description: d.summary[l],
          trail: [{ title: SECTION[l].framework, url: 'framework/' }, ...path(n.id).slice(0, -1).map(nodeLink)],
          facts: [{ label: w.note, value: d.summary[l] }],
          lists: [
            { heading: w.children, items: nodes.filter((c) => c.data.parent === n.id).map((c) => ({ ...nodeLink(c.id), note: c.data.summary[l] })) },
            { heading: w.below, items: under.get(n.id).map(stdItem) },
            { heading: w.risks, items: risks.filter((r) => r.data.nodes?.includes(n.id)).map((r) => ({ title: r.data.title[l], url: `risks/${r.id}/` })) },
            { heading: w.sources, items: sourceItems(d.sources ?? []) },
          ],
          note: d.note?.[l],
        },
        n.body[l],
      );
    }
    for (const r of risks) {
      const d = r.data;
      write(
        l,
        'risks',
        r.id,
        {
          ...common,
          title: d.title[l],
          otherTitle: d.title[other],
          description: RISK_GROUP_LABEL[d.group][l],
          trail: [{ title: SECTION[l].risks, url: 'risks/' }],
          facts: [{ label: w.kind, value: RISK_GROUP_LABEL[d.group][l] }],
          lists: [
            { heading: w.subtypes, items: d.subtypes.map((t) => ({ title: t[l] })) },
            { heading: w.nodes, items: (d.nodes ?? []).map(nodeLink) },
            { heading: w.below, items: riskStandards.get(r.id).map(stdItem) },
            { heading: w.sources, items: sourceItems(d.sources ?? []) },
          ],
        },
        r.body[l],
      );
    }
    for (const p of pages) {
      write(
        l,
        'about',
        p.id,
        { ...common, title: p.data.title[l], description: p.data.summary?.[l], trail: [{ title: SECTION[l].about, url: 'about/' }] },
        p.body[l],
      );
    }
  }

  const config = {
    baseURL: 'http://localhost:4321/',
    defaultContentLanguage: 'zh',
    defaultContentLanguageInSubdir: false,
    // The site has no tag pages, and its feeds are of events, not of pages: none here.
    disableKinds: ['taxonomy', 'term', 'RSS'],
    languages: Object.fromEntries(
      LOCALES.map((l, i) => [
        l,
        {
          contentDir: `content/${l}`,
          languageCode: HTML_LANG[l],
          languageName: l === 'zh' ? '中文' : 'English',
          weight: i + 1,
          params: { siteTitle: WORDS[l].site, sections: Object.entries(SECTION[l]).map(([id, label]) => ({ id, label })) },
        },
      ]),
    ),
  };
  writeFileSync(join(site, 'hugo.json'), JSON.stringify(config, null, 1));
  mkdirSync(join(site, 'static'), { recursive: true });
  writeFileSync(join(site, 'static/style.css'), 'body{font-family:system-ui;max-width:70rem;margin:auto}.number{font-variant-numeric:tabular-nums}\n');
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(site, 'layouts', file, '..'), { recursive: true });
    writeFileSync(join(site, 'layouts', file), text);
  }
  return site;
}

/** Pages Pagefind indexes in the mirror: the entry pages, as the site's build indexes its own. */
export const MIRROR_INDEXED = '**/{standards,framework,risks,about}/*/index.html';

/**
 * Builds the mirror with Hugo and indexes it with Pagefind's command line, both
 * timed; output folders are removed first, outside the timing.
 * @returns {Promise<{ seconds: number, hugoSeconds: number, pagefindSeconds: number, pages: number, hugoPeakMb: number, pagefindPeakMb: number }>}
 */
export async function buildHugoMirror(hugo, site) {
  const out = join(site, 'public');
  const cache = join(site, 'cache');
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const h = await measure(hugo.path, ['--quiet', '--source', site, '--destination', out, '--cacheDir', cache], { env: { ...process.env } });
  if (h.status !== 0) throw new Error(`hugo failed (exit ${h.status}):\n${h.stdout}\n${h.stderr}`);
  const p = await measure(process.execPath, [PAGEFIND, '--site', out, '--glob', MIRROR_INDEXED], { env: { ...process.env } });
  if (p.status !== 0) throw new Error(`pagefind failed (exit ${p.status}):\n${p.stdout}\n${p.stderr}`);
  const indexed = /Indexed (\d+) pages?/.exec(p.stdout)?.[1];
  if (!indexed || Number(indexed) === 0) throw new Error(`pagefind indexed nothing in the Hugo mirror:\n${p.stdout}`);
  const peak = (m, re) => Math.max(0, ...m.processes.filter((x) => re.test((x.cmdline[0] ?? x.name).split('/').pop())).map((x) => x.peakMb));
  let pages = 0;
  for (const e of readdirSync(out, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) pages++;
  return {
    seconds: h.seconds + p.seconds,
    hugoSeconds: h.seconds,
    pagefindSeconds: p.seconds,
    pages,
    indexed: Number(indexed),
    hugoPeakMb: peak(h, /^hugo$/),
    pagefindPeakMb: peak(p, /^pagefind/),
  };
}
