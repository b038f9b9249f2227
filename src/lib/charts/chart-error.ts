/** A chart whose props pass their schema but cannot be drawn as given (a marked price outside the range). */
export class ChartError extends Error {
  /** The prop at fault, as a path into the props: `['marks', 2]`. */
  readonly path: PropertyKey[];

  constructor(path: PropertyKey[], message: string) {
    super(message);
    this.path = path;
  }
}
