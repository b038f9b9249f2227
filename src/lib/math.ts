/**
 * Mathematics, rendered once at build time by KaTeX: no client JavaScript. The Sätteri plugin swaps each
 * `$...$` / `$$...$$` node for KaTeX's HTML (with MathML for screen readers).
 */
import katex from 'katex';
import type { MdastPluginDefinition } from 'satteri';

/** Render TeX to HTML. Errors are the content check's job; here a bad formula shows in red, never breaks a page. */
export function renderMath(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore' });
}

/** The TeX's parse error, or undefined when it parses. */
export function texError(tex: string, displayMode: boolean): string | undefined {
  try {
    katex.renderToString(tex, { displayMode, throwOnError: true, strict: 'ignore' });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
  }
}

export const katexMathPlugin: MdastPluginDefinition = {
  name: 'katex-math',
  inlineMath(node, context) {
    context.replaceNode(node, { raw: renderMath(node.value, false), mdxExpressions: false });
  },
  math(node, context) {
    const html = `<div class="math-display">${renderMath(node.value, true)}</div>`;
    context.replaceNode(node, { raw: html, mdxExpressions: false });
  },
};
