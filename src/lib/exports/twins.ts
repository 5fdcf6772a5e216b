/**
 * Markdown twins: a plain-text version of each standard, framework node, risk
 * and later document page, in each language, for readers and AI assistants
 * that take text rather than HTML. Each says the same as its page's facts:
 * status today and what it rests on, the V1.0 status, dates with how sure they
 * are, sources and confidence. Generated from the model, never written by hand.
 * llms.txt indexes them after the llms.txt proposal; llms-full.txt holds them all.
 */
import { formatDate } from '../base/dates';
import { otherLocale } from '../i18n/locale';
import { titleIn } from '../i18n/event-text';
import { v1StatusValue } from '../i18n/status-text';
import { statusTodayWords } from './status-words';
import { recordFieldsText } from '../i18n/record-fields-text';
import { separator, t, tf, type StringKey } from '../i18n/ui';
import { nodeLabel, type Taxonomy } from '../model/taxonomy';
import type { DatedEvent, DateFact, FrameworkNode, LaterDocument, Regulation, Risk, Standard } from '../model/types';
import { urls, type TwinRoute } from '../site/urls';
import {
  CONFIDENCE_FACET_LABEL,
  CONFIDENCE_LABEL,
  INTERNATIONAL_RELATION_LABEL,
  ISSUER_LABEL,
  REGULATION_DATE_LABEL,
  REGULATION_DATES,
  REGULATION_KIND_LABEL,
  REGULATION_RELATION_LABEL,
  ADOPTION_DEGREE_LABEL,
  EVENT_LABEL,
  HTML_LANG,
  KIND_LABEL,
  LATER_KIND_LABEL,
  LOCALES,
  MEMBERSHIP_LABEL,
  NODE_LEVEL_LABEL,
  RISK_GROUP_LABEL,
  type ConfidenceFacet,
  type Confidence,
  type Locale,
} from '../base/vocabulary';

/** Makes a site path absolute under the site's public URL. */
export type Absolute = (path: string) => string;

/** Text as Markdown shows it literally: ASCII punctuation that Markdown reads as markup is escaped. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>&|#]/g, (c) => `\\${c}`);
}

const link = (text: string, href: string) => `[${md(text)}](<${href}>)`;

class Twin {
  private lines: string[] = [];
  constructor(readonly locale: Locale) {}
  line(text = ''): this {
    this.lines.push(text);
    return this;
  }
  /** "- Label: value", the value already Markdown. */
  fact(key: StringKey, value: string | undefined): this {
    if (value) this.lines.push(`- ${md(t(this.locale, key))}${t(this.locale, 'colon')}${value}`);
    return this;
  }
  facts(list: readonly [StringKey, string][]): this {
    for (const [key, value] of list) this.fact(key, value);
    return this;
  }
  heading(key: StringKey): this {
    return this.line()
      .line(`## ${md(t(this.locale, key))}`)
      .line();
  }
  toString(): string {
    return `${this.lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`;
  }
}

/** Where a twin and its page live, in a language. */
export interface TwinFile {
  route: TwinRoute;
  locale: Locale;
  /** The twin's path with the base, as urls.twin gives it. */
  path: string;
  /** The name a list shows for it. */
  name: string;
  /** Its Markdown, written when asked for: llms.txt lists every twin by name and needs none of their text. */
  text: () => string;
}

function confidenceWords(c: Confidence, locale: Locale): string {
  return md(CONFIDENCE_LABEL[c][locale]);
}

/** A date with how sure it is, its sources and any claim that disagrees. */
function dateFact(f: DateFact | DatedEvent, locale: Locale): string {
  const main = `${md(formatDate(f.date, locale))}${md(tf(locale, 'parenthetical', { text: `${CONFIDENCE_LABEL[f.confidence][locale]}${separator(locale, 'clauses')}${t(locale, 'sources')}${t(locale, 'colon')}${f.sources.join(separator(locale, 'items'))}` }))}`;
  const others = f.otherClaims.map(
    (c) =>
      `${md(formatDate(c.date, locale))}${md(tf(locale, 'parenthetical', { text: [c.basis?.[locale], `${t(locale, 'sources')}${t(locale, 'colon')}${c.sources.join(separator(locale, 'items'))}`].filter(Boolean).join(separator(locale, 'clauses')) }))}`,
  );
  return others.length
    ? `${main}${separator(locale, 'clauses')}${md(t(locale, 'twinOtherClaims'))}${t(locale, 'colon')}${others.join(separator(locale, 'items'))}`
    : main;
}

function sourcesSection(twin: Twin, tax: Taxonomy, ids: readonly string[]): void {
  twin.heading('sources');
  for (const id of ids) {
    const s = tax.source(id);
    twin.line(`- ${md(id)}${t(twin.locale, 'colon')}${s.url ? link(s.title, s.url) : `${md(s.title)} (${md(s.httpOnlyAddress ?? '')})`}`);
  }
}

function confidenceSection(twin: Twin, facets: Partial<Record<ConfidenceFacet, Confidence>>, note: string): void {
  twin.heading('confidence');
  for (const [facet, c] of Object.entries(facets) as [ConfidenceFacet, Confidence][]) {
    twin.line(`- ${md(CONFIDENCE_FACET_LABEL[facet][twin.locale])}${t(twin.locale, 'colon')}${confidenceWords(c, twin.locale)}`);
  }
  twin.line().line(md(note));
}

function header(twin: Twin, title: string, page: string, otherTitle?: { key: StringKey; text: string }): void {
  twin.line(`# ${md(title)}`).line();
  if (otherTitle) twin.line(`${md(t(twin.locale, otherTitle.key))}${t(twin.locale, 'colon')}${md(otherTitle.text)}`).line();
  twin.line(md(tf(twin.locale, 'twinGenerated', { url: page }))).line();
}

/** The label of a title in each language. */
const TITLE_IN: Record<Locale, StringKey> = { zh: 'titleZh', en: 'titleEn' };

export function standardTwin(tax: Taxonomy, s: Standard, locale: Locale, abs: Absolute): string {
  const twin = new Twin(locale);
  const other = otherLocale(locale);
  const page = abs(urls.href(locale, { page: 'standard', id: s.id }));
  header(twin, s.number ? `${s.number} ${s.title[locale]}` : s.title[locale], page, { key: TITLE_IN[other], text: s.title[other] });
  twin
    .fact('number', md(s.number ?? t(locale, 'noNumber')))
    .fact('kind', md(KIND_LABEL[s.kind][locale]))
    .fact(
      'statusToday',
      `${md(statusTodayWords(s, locale))}${md(tf(locale, 'parenthetical', { text: tf(locale, 'countsAsOf', { date: formatDate(tax.today, locale) }) }))}`,
    )
    .fact('statusInV1Dated', md(v1StatusValue(s.status, locale)))
    .fact('membership', md(MEMBERSHIP_LABEL[s.membership][locale]))
    .fact('committee', s.committee && md(s.committee))
    .fact('published', s.dates.published && dateFact(s.dates.published, locale))
    .fact('effective', s.dates.effective && dateFact(s.dates.effective, locale))
    .fact('printDates', !s.dates.published && !s.dates.effective ? md(t(locale, 'printNoDates')) : undefined)
    .fact('officialRecord', s.officialRecord && link(s.officialRecord.url, s.officialRecord.url))
    .facts(recordFieldsText(s, locale).map(([key, text]) => [key, md(text)]))
    .fact(
      'placement',
      s.nodes.length
        ? s.nodes
            .map((id) =>
              link(
                tax
                  .node(id)
                  .path.map((p) => nodeLabel(tax.node(p), locale))
                  .join(' › '),
                abs(urls.twin(locale, { page: 'node', id })),
              ),
            )
            .join(separator(locale, 'items'))
        : md(t(locale, 'notPlaced')),
    )
    .fact(
      'risks',
      s.risks.length
        ? s.risks.map((id) => link(tax.risk(id).title[locale], abs(urls.twin(locale, { page: 'risk', id })))).join(separator(locale, 'items'))
        : md(t(locale, 'noRisks')),
    )
    .fact('checked', md(formatDate(s.checked, locale)));
  if (s.history.length) {
    twin.heading('history');
    for (const h of s.history) twin.line(`- ${md(EVENT_LABEL[h.event][locale])}${t(locale, 'colon')}${dateFact(h, locale)} — ${md(h.note[locale])}`);
  }
  if (s.related.length) {
    twin.heading('related');
    for (const r of s.related) {
      const o = tax.standard(r.standard);
      twin.line(
        `- ${link(o.number ? `${o.number} ${o.title[locale]}` : o.title[locale], abs(urls.twin(locale, { page: 'standard', id: o.id })))} — ${md(r.note[locale])}`,
      );
    }
  }
  regulationLinesOfStandard(twin, tax, s, abs);
  confidenceSection(twin, s.confidence, s.note[locale]);
  twin.line().line(md(tax.document.confidence.placement[locale]));
  sourcesSection(twin, tax, s.citedSources);
  return twin.toString();
}

export function nodeTwin(tax: Taxonomy, n: FrameworkNode, locale: Locale, abs: Absolute): string {
  const twin = new Twin(locale);
  header(twin, nodeLabel(n, locale), abs(urls.href(locale, { page: 'node', id: n.id })));
  twin
    .line(md(n.summary[locale]))
    .line()
    .fact(n.level === 'part' ? 'part' : 'area', md(NODE_LEVEL_LABEL[n.level][locale]))
    .fact('system', n.path.length > 1 ? link(nodeLabel(tax.node(n.path[0]!), locale), abs(urls.twin(locale, { page: 'node', id: n.path[0]! }))) : undefined);
  if (n.children.length) {
    twin.heading('childNodes');
    for (const c of n.children) twin.line(`- ${link(nodeLabel(tax.node(c), locale), abs(urls.twin(locale, { page: 'node', id: c })))}`);
  }
  twin.heading('standardsHere');
  if (n.standards.length === 0) twin.line(md(t(locale, 'noStandardsHere')));
  for (const id of n.standards) twin.line(`- ${standardItem(tax, tax.standard(id), locale, abs)}`);
  confidenceSection(twin, n.confidence, n.note[locale]);
  sourcesSection(twin, tax, n.sources);
  return twin.toString();
}

/** A standard in a list: a link to its twin, its status today and what that rests on. */
function standardItem(tax: Taxonomy, s: Standard, locale: Locale, abs: Absolute): string {
  return `${link(s.number ? `${s.number} ${s.title[locale]}` : s.title[locale], abs(urls.twin(locale, { page: 'standard', id: s.id })))} — ${md(statusTodayWords(s, locale))}`;
}

export function riskTwin(tax: Taxonomy, r: Risk, locale: Locale, abs: Absolute): string {
  const twin = new Twin(locale);
  header(twin, r.title[locale], abs(urls.href(locale, { page: 'risk', id: r.id })));
  twin.fact('riskGroup', md(RISK_GROUP_LABEL[r.group][locale]));
  twin.heading('subtypes');
  for (const st of r.subtypes) twin.line(`- ${md(st[locale])}${md(tf(locale, 'parenthetical', { text: CONFIDENCE_LABEL[st.confidence][locale] }))}`);
  twin.heading('linkedNodes');
  for (const id of r.nodes) twin.line(`- ${link(nodeLabel(tax.node(id), locale), abs(urls.twin(locale, { page: 'node', id })))}`);
  twin.heading('linkedStandards');
  if (r.standards.length === 0) twin.line(md(t(locale, 'noRisks')));
  for (const id of r.standards) twin.line(`- ${standardItem(tax, tax.standard(id), locale, abs)}`);
  twin.line().line(md(tax.document.confidence.risks[locale]));
  sourcesSection(twin, tax, r.sources);
  return twin.toString();
}

export function laterTwin(tax: Taxonomy, d: LaterDocument, locale: Locale, abs: Absolute): string {
  const twin = new Twin(locale);
  const title = titleIn(d, locale);
  header(twin, d.number ? `${d.number} ${title}` : title, abs(urls.href(locale, { page: 'later-document', id: d.id })));
  twin
    .line(md(t(locale, 'laterNotice')))
    .line()
    .fact('number', d.number && md(d.number))
    .fact('kind', md(LATER_KIND_LABEL[d.kind][locale]))
    .fact('issuer', md(d.issuer[locale]))
    .fact('officialPage', d.url && link(d.url, d.url))
    .fact('confidence', confidenceWords(d.confidence, locale))
    .fact('checked', md(formatDate(d.checked, locale)));
  twin.heading('relationToV1').line(md(d.relation[locale]));
  twin.heading('laterEvents');
  for (const h of d.history) twin.line(`- ${md(EVENT_LABEL[h.event][locale])}${t(locale, 'colon')}${dateFact(h, locale)} — ${md(h.note[locale])}`);
  twin.heading('aboutThis').line(md(d.note[locale]));
  sourcesSection(twin, tax, d.sources);
  return twin.toString();
}

/** A link's relation, confidence and sources, as a parenthetical. */
function linkGrounds(relation: string, confidence: Confidence, sources: readonly string[], locale: Locale): string {
  const parts = [
    relation,
    CONFIDENCE_LABEL[confidence][locale],
    ...(sources.length ? [`${t(locale, 'sources')}${t(locale, 'colon')}${sources.join(separator(locale, 'items'))}`] : []),
  ];
  return md(tf(locale, 'parenthetical', { text: parts.join(separator(locale, 'clauses')) }));
}

/** A standard's regulations (sourced, then the site's own reading) and its international references, as on its page. */
function regulationLinesOfStandard(twin: Twin, tax: Taxonomy, s: Standard, abs: Absolute): void {
  const { locale } = twin;
  const sourced = s.regulations.filter((l) => l.relation !== 'inferred');
  const readings = s.regulations.filter((l) => l.relation === 'inferred');
  twin.heading('regulationSupported');
  if (sourced.length === 0) twin.line(md(t(locale, 'regulationNoneFound')));
  for (const l of sourced) {
    const r = tax.regulation(l.regulation);
    twin.line(
      `- ${link(r.title[locale], abs(urls.twin(locale, { page: 'regulation', id: r.id })))}${linkGrounds(REGULATION_RELATION_LABEL[l.relation][locale], l.confidence, l.sources, locale)} — ${md(l.note[locale])}`,
    );
  }
  if (readings.length) {
    twin
      .line()
      .line(`${md(t(locale, 'regulationOurReading'))}${t(locale, 'colon')}${md(t(locale, 'regulationOurReadingNote'))}`)
      .line();
    for (const l of readings)
      twin.line(
        `- ${link(tax.regulation(l.regulation).title[locale], abs(urls.twin(locale, { page: 'regulation', id: l.regulation })))} — ${md(l.note[locale])}`,
      );
  }
  internationalLines(twin, s.international);
}

function internationalLines(twin: Twin, refs: Standard['international']): void {
  const { locale } = twin;
  if (refs.length === 0) return;
  twin.heading('internationalRefs');
  for (const x of refs) {
    const relation = `${INTERNATIONAL_RELATION_LABEL[x.relation][locale]}${x.degree ? ` ${ADOPTION_DEGREE_LABEL[x.degree][locale]}` : ''}`;
    twin.line(`- ${md(x.counterpart)}${linkGrounds(relation, x.confidence, x.sources, locale)} — ${md(x.note[locale])}`);
  }
}

export function regulationTwin(tax: Taxonomy, r: Regulation, locale: Locale, abs: Absolute): string {
  const twin = new Twin(locale);
  const other = otherLocale(locale);
  header(twin, r.title[locale], abs(urls.href(locale, { page: 'regulation', id: r.id })), { key: TITLE_IN[other], text: r.title[other] });
  const claim = (c: { confidence: Confidence; sources: readonly string[]; basis?: { zh: string; en: string } | undefined }) =>
    md(
      tf(locale, 'parenthetical', {
        text: [
          c.basis?.[locale],
          CONFIDENCE_LABEL[c.confidence][locale],
          `${t(locale, 'sources')}${t(locale, 'colon')}${c.sources.join(separator(locale, 'items'))}`,
        ]
          .filter(Boolean)
          .join(separator(locale, 'clauses')),
      }),
    );
  twin
    .fact('regulationKind', md(REGULATION_KIND_LABEL[r.kind][locale]))
    .fact('regulationIssuers', `${md(r.issuers.map((i) => ISSUER_LABEL[i][locale]).join(separator(locale, 'items')))}${claim(r.identity)}`)
    .fact('regulationNumber', r.number ? `${md(r.number.value)}${claim(r.number)}` : md(r.numberNote?.[locale] ?? ''));
  for (const d of REGULATION_DATES) {
    const c = r.dates[d];
    if (c) twin.line(`- ${md(REGULATION_DATE_LABEL[d][locale])}${t(locale, 'colon')}${md(formatDate(c.date, locale))}${claim(c)}`);
  }
  if (r.datesNote) twin.fact('regulationDates', md(r.datesNote[locale]));
  twin.fact(
    'regulationOfficialText',
    r.officialText ? `${link(r.officialText.url, r.officialText.url)}${claim(r.officialText)}` : md(r.officialTextNote?.[locale] ?? ''),
  );
  twin.fact('checked', md(formatDate(r.checked, locale)));
  twin.heading('regulationLinkedStandards');
  const sourced = r.links.filter((l) => l.relation !== 'inferred');
  if (sourced.length === 0) twin.line(md(t(locale, 'regulationNoLinkedStandards')));
  for (const l of sourced) {
    const s = tax.standard(l.standard);
    twin.line(
      `- ${link(s.number ? `${s.number} ${s.title[locale]}` : s.title[locale], abs(urls.twin(locale, { page: 'standard', id: s.id })))}${linkGrounds(REGULATION_RELATION_LABEL[l.relation][locale], l.confidence, l.sources, locale)} — ${md(l.note[locale])}`,
    );
  }
  const readings = r.links.filter((l) => l.relation === 'inferred');
  if (readings.length) {
    twin
      .line()
      .line(`${md(t(locale, 'regulationOurReading'))}${t(locale, 'colon')}${md(t(locale, 'regulationOurReadingNote'))}`)
      .line();
    for (const l of readings) {
      const s = tax.standard(l.standard);
      twin.line(
        `- ${link(s.number ? `${s.number} ${s.title[locale]}` : s.title[locale], abs(urls.twin(locale, { page: 'standard', id: s.id })))} — ${md(l.note[locale])}`,
      );
    }
  }
  twin.heading('aboutThis').line(md(r.note[locale]));
  sourcesSection(twin, tax, r.citedSources);
  return twin.toString();
}

/** Every twin in both languages, in the order llms.txt lists them: standards, framework, risks, later documents, regulations. */
export function allTwins(tax: Taxonomy, abs: Absolute): TwinFile[] {
  const out: TwinFile[] = [];
  const add = (route: TwinRoute, name: (l: Locale) => string, text: (l: Locale) => string) => {
    for (const locale of LOCALES) out.push({ route, locale, path: urls.twin(locale, route), name: name(locale), text: () => text(locale) });
  };
  for (const s of tax.standards)
    add(
      { page: 'standard', id: s.id },
      (l) => (s.number ? `${s.number} ${s.title[l]}` : s.title[l]),
      (l) => standardTwin(tax, s, l, abs),
    );
  for (const n of tax.nodes)
    add(
      { page: 'node', id: n.id },
      (l) => nodeLabel(n, l),
      (l) => nodeTwin(tax, n, l, abs),
    );
  for (const r of tax.risks)
    add(
      { page: 'risk', id: r.id },
      (l) => r.title[l],
      (l) => riskTwin(tax, r, l, abs),
    );
  for (const d of tax.later)
    add(
      { page: 'later-document', id: d.id },
      (l) => (d.number ? `${d.number} ${titleIn(d, l)}` : titleIn(d, l)),
      (l) => laterTwin(tax, d, l, abs),
    );
  for (const r of tax.regulations)
    add(
      { page: 'regulation', id: r.id },
      (l) => r.title[l],
      (l) => regulationTwin(tax, r, l, abs),
    );
  return out;
}

const SECTIONS: { page: TwinRoute['page']; key: StringKey }[] = [
  { page: 'standard', key: 'llmsStandards' },
  { page: 'node', key: 'llmsFramework' },
  { page: 'risk', key: 'llmsRisks' },
  { page: 'later-document', key: 'llmsLater' },
  { page: 'regulation', key: 'llmsRegulations' },
];

/** Both languages of a text, Chinese first: llms.txt is one file for the whole bilingual site. */
const both = (key: StringKey) => LOCALES.map((l) => t(l, key)).join(' / ');

/**
 * /llms.txt after the llms.txt proposal: an H1 with the site's name, a
 * blockquote summary, a paragraph on how to read the list, then one H2
 * section per kind of entry, each a list of links to the twins ("Optional"
 * holds what an assistant may skip).
 */
export function llmsTxt(tax: Taxonomy, abs: Absolute): string {
  const twins = allTwins(tax, abs);
  const lines = [
    `# ${md(both('siteTitle'))}`,
    '',
    ...LOCALES.map((l) => `> ${md(t(l, 'llmsSummary'))}`)
      .join('\n>\n')
      .split('\n'),
    '',
  ];
  lines.push(...LOCALES.map((l) => md(t(l, 'llmsHow'))), '');
  // Each entry's twins by route, found in one pass rather than by comparing every twin with every other.
  const routeKey = (f: TwinFile) => `${f.route.page}/${'id' in f.route ? f.route.id : ''}`;
  const byRoute = Map.groupBy(twins, routeKey);
  for (const { page, key } of SECTIONS) {
    lines.push(`## ${md(both(key))}`, '');
    // Each entry once: its twin in the first language, then the same entry's in the others.
    const first = twins.filter((f) => f.route.page === page && f.locale === LOCALES[0]);
    for (const f of first) {
      const others = byRoute.get(routeKey(f))!.filter((o) => o.locale !== f.locale);
      lines.push(`- ${link(f.name, abs(f.path))}${others.map((o) => `: ${link(o.name, abs(o.path))}`).join('')}`);
    }
    lines.push('');
  }
  lines.push(`## Optional`, '');
  lines.push(`- ${link(both('llmsFull'), abs(urls.asset('llms-full.txt')))}`);
  lines.push(`- ${link('standards.csl.json', abs(urls.data('standards.csl.json')))}: CSL-JSON`);
  lines.push(`- ${link('standards.json', abs(urls.data('standards.json')))}: JSON`);
  lines.push(`- ${link('framework.json', abs(urls.data('framework.json')))}: JSON`);
  lines.push(`- ${link('relationships.csv', abs(urls.data('relationships.csv')))}: CSV`);
  lines.push(`- ${link('relationships.json', abs(urls.data('relationships.json')))}: JSON`);
  for (const l of LOCALES) lines.push(`- ${link(t(l, 'printTitle'), abs(urls.href(l, { page: 'print' })))}`);
  return `${lines.join('\n')}\n`;
}

/** /llms-full.txt: every twin in one file, each under a line naming its address; in pieces, a twin at a time (pieces.ts). */
export function* llmsFullPieces(tax: Taxonomy, abs: Absolute): Generator<string> {
  yield `# ${md(both('siteTitle'))}\n\n${LOCALES.map((l) => `> ${md(t(l, 'llmsSummary'))}`).join('\n>\n')}\n\n---\n\n`;
  let first = true;
  for (const f of allTwins(tax, abs)) {
    yield `${first ? '' : '\n---\n\n'}<!-- ${abs(f.path)} (${HTML_LANG[f.locale]}) -->\n\n${f.text()}`;
    first = false;
  }
}
