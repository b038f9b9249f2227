/**
 * Mathematics, rendered once at build time by KaTeX: no client JavaScript. The Sätteri plugin swaps each
 * `$...$` / `$$...$$` node for KaTeX's HTML (with MathML for screen readers).
 */
import katex from 'katex';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';

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

/**
 * The Sätteri plugin. In Markdown an `html` node is printed as it is, in place; MDX has no such node, so
 * there the HTML goes in as raw content with its braces kept literal (not read as expressions).
 */
export function katexMathPlugin(context: PluginFactoryContext): MdastPluginDefinition {
  const htmlNode = (value: string) => (context.sourceFormat === 'mdx' ? { raw: value, mdxExpressions: false } : { type: 'html' as const, value });
  return {
    name: 'katex-math',
    inlineMath(node, visitor) {
      visitor.replaceNode(node, htmlNode(renderMath(node.value, false)));
    },
    math(node, visitor) {
      visitor.replaceNode(node, htmlNode(`<div class="math-display">${renderMath(node.value, true)}</div>`));
    },
  };
}
