/**
 * The shape shown beside a status's colour, for readers who cannot tell the
 * colours apart. Its own module so the search page's script can use it without
 * the interface strings.
 */
import type { Status } from './schema';

export const STATUS_GLYPH: Record<Status, string> = { published: '●', 'in-development': '◐', planned: '○', unknown: '?' };
