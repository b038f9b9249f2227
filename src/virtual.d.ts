/** The build's cache folder (Astro's cacheDir) as a path: the content loader writes files there for pages to read. */
declare module 'virtual:glossary/cache' {
  export const cacheDirectory: string;
  /** The project's folder: the card workers' code and the renderer's files are found from it. */
  export const projectRoot: string;
}

/** The search code as the glossary integration bundled it (src/integrations/search-bundle.ts). */
declare module 'virtual:glossary/search' {
  export const modulePath: string;
  export const moduleCode: string;
  export const loaderScript: string;
  export const loaderHash: string;
}
