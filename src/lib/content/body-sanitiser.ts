/**
 * The second line of defence behind the body check (src/lib/content/body-rules.ts):
 * a Sätteri hast plugin that passes every element of a rendered body through
 * hast-util-sanitize, the engine of rehype-sanitize, with GitHub's schema
 * narrowed to https links. Astro 7 renders Markdown and MDX with Sätteri, which
 * does not run rehype plugins, so rehype-sanitize itself cannot be used. MDX
 * nodes are handled here because the sanitiser does not know them: only the
 * listed body components survive, without attributes, and script expressions
 * and imports are dropped.
 */
import { defineHastPlugin } from 'satteri';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
// Imported with its extension: the Astro config loads this file directly.
import { BODY_COMPONENTS } from './layout.ts';

const schema: Schema = {
  ...defaultSchema,
  // Nothing on the site loads from another host.
  tagNames: defaultSchema.tagNames?.filter((t) => t !== 'img'),
  protocols: { ...defaultSchema.protocols, href: ['https'], cite: ['https'] },
  // Elements are checked one at a time, so structure rules that look at ancestors cannot apply.
  ancestors: {},
  // Heading ids are Astro's own anchors, not author input: keep them as they are.
  clobber: [],
};

const components = new Set<string>(BODY_COMPONENTS);

/** Only the listed components survive, and only without attributes: the body check rejects anything else. */
const keepComponent = (name: string | null | undefined, attributes: readonly unknown[]) => components.has(name ?? '') && attributes.length === 0;

export const bodySanitiser = defineHastPlugin({
  name: 'body-sanitiser',
  element: {
    filter: [],
    visit(node, ctx) {
      const shell = sanitize({ type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: [] }, schema);
      const clean = shell.type === 'root' ? shell.children[0] : shell;
      if (!clean || clean.type !== 'element') {
        ctx.removeNode(node);
      } else if (JSON.stringify(clean.properties) !== JSON.stringify(node.properties)) {
        ctx.replaceNode(node, { ...clean, children: node.children });
      }
    },
  },
  mdxJsxFlowElement: {
    filter: [],
    visit(node, ctx) {
      if (!keepComponent(node.name, node.attributes)) ctx.removeNode(node);
    },
  },
  mdxJsxTextElement: {
    filter: [],
    visit(node, ctx) {
      if (!keepComponent(node.name, node.attributes)) ctx.removeNode(node);
    },
  },
  mdxFlowExpression: (node, ctx) => ctx.removeNode(node),
  mdxTextExpression: (node, ctx) => ctx.removeNode(node),
  mdxjsEsm: (node, ctx) => ctx.removeNode(node),
  raw: (node, ctx) => ctx.removeNode(node),
  comment: (node, ctx) => ctx.removeNode(node),
});
