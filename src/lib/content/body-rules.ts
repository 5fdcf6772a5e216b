/**
 * Entry bodies are content, not markup. A body may hold markdown, links to
 * https addresses or relative links to pages of the site, and the components
 * listed in BODY_COMPONENTS — nothing else: no other element, no event
 * handler, no script expression, no import, no image from another host, no
 * link that runs code or leaves https. The site is forked and edited by
 * researchers, and the Content Security Policy is a meta tag that a fork, a
 * proxy or an embed may drop, so the content itself must carry no markup.
 *
 * Bodies are parsed with Sätteri, the parser Astro renders them with, so what
 * is checked here is exactly what would reach the page.
 */
import { mdxToMdast } from 'satteri';
import type { ContentIssue } from './error';
import { BODY_COMPONENTS } from './layout';
import { isAllowedBodyLink } from './safe-url';

interface BodyNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string }[];
  children?: BodyNode[];
  position?: { start: { line: number; column: number } };
}

const COMPONENT_LIST = BODY_COMPONENTS.map((c) => `<${c}>…</${c}>`).join(', ');
const ALLOWED = `markdown text, links to https:// addresses or relative links to pages of this site, and the blocks ${COMPONENT_LIST}`;

/** Problems in one body, and whether it could be parsed at all; `firstLine` is the file line the body starts on, so lines point into the file. */
export function bodyIssues(file: string, body: string, firstLine: number): { parsed: boolean; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  let tree: BodyNode;
  try {
    tree = mdxToMdast(body) as BodyNode;
  } catch (e) {
    // Sätteri reports "line:column: reason (rule)".
    const m = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec((e as Error).message);
    issues.push({
      file,
      line: m ? firstLine + Number(m[1]) - 1 : firstLine,
      column: m ? Number(m[2]) : undefined,
      value: undefined,
      // Positions inside the reason ("(8:1)") count from the body; readers need file lines.
      problem: `the body cannot be read as MDX: ${(m ? m[3]! : (e as Error).message).replace(/\((\d+):\d+\)/g, (_, l: string) => `(line ${firstLine + Number(l) - 1})`)}`,
      expected: `${ALLOWED}; write a literal "<" as "&lt;" and a literal "{" as "\\{"`,
    });
    return { parsed: false, issues };
  }
  const at = (n: BodyNode) => ({ file, line: firstLine + (n.position?.start.line ?? 1) - 1, column: n.position?.start.column });
  const visit = (n: BodyNode) => {
    switch (n.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        const attributes = (n.attributes ?? []).map((a) => (a.type === 'mdxJsxAttribute' ? a.name! : '{…}'));
        const handlers = attributes.filter((a) => /^on/i.test(a));
        if (!(BODY_COMPONENTS as readonly string[]).includes(name)) {
          const what = name === '' ? 'a fragment <>' : /^[A-Z]/.test(name) ? `the unknown component <${name}>` : `the HTML element <${name}>`;
          const withHandlers = handlers.length > 0 ? ` with the event handler ${handlers.join(', ')}` : '';
          issues.push({ ...at(n), value: undefined, problem: `${what}${withHandlers} is not allowed in a body`, expected: ALLOWED });
        } else {
          for (const a of attributes) {
            const what = handlers.includes(a) ? `the event handler attribute ${a}` : `the attribute ${a}`;
            issues.push({ ...at(n), value: undefined, problem: `${what} on <${name}> is not allowed`, expected: `<${name}> without attributes` });
          }
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        issues.push({
          ...at(n),
          value: undefined,
          problem: 'a script expression in braces {…} is not allowed in a body',
          expected: `${ALLOWED}; write a literal "{" as "\\{"`,
        });
        break;
      case 'mdxjsEsm':
        issues.push({ ...at(n), value: undefined, problem: 'an import or export statement is not allowed in a body', expected: ALLOWED });
        break;
      case 'image':
      case 'imageReference':
        issues.push({ ...at(n), value: n.url, problem: 'an image is not allowed in a body (nothing on the site loads from another host)', expected: ALLOWED });
        break;
      case 'link':
      case 'definition':
        if (!isAllowedBodyLink(n.url ?? '')) {
          issues.push({
            ...at(n),
            value: n.url,
            problem: 'a link to an address that is neither https nor a page of this site',
            expected: 'an https:// address, or a relative link to a page of this site such as ../tc260-003/',
          });
        }
        break;
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return { parsed: true, issues };
}
