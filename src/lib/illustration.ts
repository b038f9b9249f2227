/** How an entry's illustration is sized on its page (src/components/Illustration.astro). */

/** The text column's widest, in CSS pixels (the site's --measure, 46rem). */
const columnWidth = 736;

/** The widths to offer: the column at 1x and 2x, and a phone's, never wider than the file itself. */
export function illustrationWidths(fileWidth: number): number[] {
  const widths = [360, columnWidth, 2 * columnWidth].filter((width) => width < fileWidth);
  return [...widths, Math.min(fileWidth, 2 * columnWidth)];
}

export const illustrationSizes = `(min-width: ${columnWidth}px) ${columnWidth}px, 100vw`;
