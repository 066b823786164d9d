import { closest as nearest, distance } from 'fastest-levenshtein';

/**
 * "Did you mean": the known word nearest a mistyped one, where it is near enough to be meant:
 * at most a third of its letters wrong, and never more than two (`--dcos` for `--docs`).
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const match = nearest(word, [...known]);
  return distance(word, match) <= Math.min(2, Math.ceil(word.length / 3)) ? match : undefined;
}

/** ` (did you mean "x"?)`, or nothing where no known word is near. */
export function didYouMean(word: string, known: readonly string[]): string {
  const match = closest(word, known);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
