/** A strict XML reader for the feeds, their stylesheets and OpenSearch: malformed XML throws. */
import sax from 'sax';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

export interface XmlDocument {
  root: XmlNode;
  /** Processing instructions before the root, such as xml-stylesheet, with their raw body. */
  instructions: { name: string; body: string }[];
}

export function parseXml(xml: string): XmlDocument {
  const parser = sax.parser(true, { xmlns: false });
  const top: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [top];
  const instructions: XmlDocument['instructions'] = [];
  parser.onprocessinginstruction = (pi) => void instructions.push({ name: pi.name, body: pi.body });
  parser.onopentag = (tag) => {
    const node: XmlNode = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => void (stack[stack.length - 1]!.text += t);
  parser.oncdata = (t) => void (stack[stack.length - 1]!.text += t);
  parser.onerror = (e) => {
    throw e;
  };
  parser.write(xml).close();
  return { root: top.children[0]!, instructions };
}

export const children = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);
export const child = (n: XmlNode, name: string) => n.children.find((c) => c.name === name);
/** The value of a pseudo-attribute of a processing instruction: href="…" in xml-stylesheet. */
export const piAttribute = (body: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(body)?.[1];
