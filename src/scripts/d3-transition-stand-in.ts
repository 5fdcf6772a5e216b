/**
 * What the browser bundle gets for `d3-transition` (the alias is in
 * astro.config.mjs). d3-zoom imports that module only to stop a running d3
 * transition when a gesture or a programmatic zoom begins (`interrupt`, and
 * the `selection.interrupt()` it adds). The tree never starts one: it animates
 * its moves itself, and double-click zoom, d3-zoom's one transition, is off.
 * With nothing to stop, interrupting is a no-op, exactly what d3-transition
 * does on a node that has no transition; and the page is spared d3-transition
 * with the d3-color, d3-ease and d3-timer it brings (about 4.5 KB gzip of the
 * tree's 26). Importing anything else from d3-transition fails the build, and
 * asking a selection for a transition throws, so nothing relies on this by
 * accident.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

selection.prototype.interrupt = function interrupt() {
  return this;
};
selection.prototype.transition = function transition() {
  throw new Error('d3 transitions are not bundled: d3-transition is replaced by src/scripts/d3-transition-stand-in.ts (see astro.config.mjs)');
};
