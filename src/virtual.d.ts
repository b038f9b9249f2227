/** The build's cache folder (Astro's cacheDir) as a path: the content loader writes files there for pages to read. */
declare module 'virtual:glossary/cache' {
  export const cacheDirectory: string;
  /** The project's folder: the card workers' code and the renderer's files are found from it. */
  export const projectRoot: string;
}

/** The pages' code as the glossary integration bundled it (src/integrations/page-scripts.ts). */
declare module 'virtual:glossary/scripts' {
  export const modules: { path: string; code: string }[];
  export const loaderScript: string;
  export const loaderHash: string;
}
