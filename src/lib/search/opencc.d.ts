/**
 * opencc-js ships types for its core and presets only; these are its
 * dictionary modules, imported one by one so that a bundle carries only the
 * dictionaries it converts with.
 */
declare module 'opencc-js/from/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
declare module 'opencc-js/dict/*' {
  /** "source replacement" pairs, separated by "|". */
  const dict: string;
  export default dict;
}
