/** The build's cache folder (Astro's cacheDir) as a path: the content loader writes files there for pages to read. */
declare module 'virtual:glossary/cache' {
  export const cacheDirectory: string;
}

/** The pages' code as the glossary integration bundled it (src/integrations/page-scripts.ts). */
declare module 'virtual:glossary/scripts' {
  export const modules: { path: string; code: string }[];
  export const loaderScript: string;
  export const loaderHash: string;
}
