/**
 * Values a widget reads back from the page the build wrote. A value outside
 * its vocabulary means the page and the script disagree: reading it throws,
 * naming the element, the attribute, the value and what was expected, so the
 * widget stops before it changes anything and the page stays as served.
 */
import type { Guard } from '~/lib/base/vocabulary';

/** How an element is named in an error: its tag and the attribute that identifies it. */
function describe(element: Element): string {
  const key = element.getAttribute('data-key') ?? element.id;
  return key ? `<${element.localName}> "${key}"` : `<${element.localName}>`;
}

export function dataValue<T extends string>(element: HTMLElement | SVGElement, name: string, guard: Guard<T>): T {
  const value = element.dataset[name];
  if (guard(value)) return value;
  const attribute = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new Error(`${describe(element)}: ${attribute} is ${JSON.stringify(value ?? null)}; expected one of ${guard.values.map((v) => `"${v}"`).join(', ')}`);
}
