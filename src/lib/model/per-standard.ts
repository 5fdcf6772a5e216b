/**
 * What a build asks of one standard many times (its search record, its export
 * record: its pages, the title map and every export read them), made once per
 * taxonomy, standard and `keyOf` its other argument, and the same object each
 * time after: read it, never change it.
 */
import type { Standard, Taxonomy } from './types';

export function perStandard<A, V>(make: (tax: Taxonomy, s: Standard, arg: A) => V, keyOf: (arg: A) => string): (tax: Taxonomy, s: Standard, arg: A) => V {
  const made = new WeakMap<Taxonomy, WeakMap<Standard, Map<string, V>>>();
  return (tax, s, arg) => {
    let byStandard = made.get(tax);
    if (!byStandard) made.set(tax, (byStandard = new WeakMap()));
    let byKey = byStandard.get(s);
    if (!byKey) byStandard.set(s, (byKey = new Map()));
    const key = keyOf(arg);
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = make(tax, s, arg)));
    return value;
  };
}
