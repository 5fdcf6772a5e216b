/**
 * The built sites the build and browser tests inspect. Global setup builds the
 * real content twice — at the root and under a GitHub Pages style base path —
 * and hands the folders to the tests through `inject`.
 */
import { inject } from 'vitest';

export const BASE_PATH = '/ai-safety-standards/';

export interface BuiltSite {
  dir: string;
  base: string;
}

export function rootSite(): BuiltSite {
  return { dir: inject('rootDist'), base: '/' };
}

export function baseSite(): BuiltSite {
  return { dir: inject('baseDist'), base: BASE_PATH };
}

/** The two builds by name, for suites that run once on each. */
export const SITES = { root: rootSite, base: baseSite } as const;
export type SiteName = keyof typeof SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    rootDist: string;
    baseDist: string;
  }
}
