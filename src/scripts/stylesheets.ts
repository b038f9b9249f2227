/** A module's own stylesheet (imported as text: see integrations/page-scripts.ts) given to the page, once, when the module first draws. */
export function adoptStylesheet(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
