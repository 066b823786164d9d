/** The text of the terminal progress line: pure functions of the counts and the terminal width. */

/** Width assumed when the stream does not say (not a terminal, or a terminal that reports none). */
export const DEFAULT_COLUMNS = 80;

/** A bar narrower than this tells nothing; below it only the counts are shown. */
const MIN_BAR_WIDTH = 10;

const FILLED = '█';
const EMPTY = '░';

/**
 * `label [█████░░░░░] done/total unit` filling exactly the usable width of the terminal (one
 * column short of it, so the cursor never wraps to a new line). On a terminal too narrow for a
 * bar, the counts alone, cut to fit.
 */
export function renderBar(label: string, done: number, total: number, unit: string, columns: number = DEFAULT_COLUMNS): string {
  const width = usableWidth(columns);
  const shown = Math.min(Math.max(done, 0), Math.max(total, 0));
  // Padded to the total's width, so that the bar keeps its length as the count grows.
  const counts = `${String(shown).padStart(String(total).length)}/${total} ${unit}`;
  const barWidth = width - label.length - counts.length - 4; // the spaces and the brackets
  if (barWidth < MIN_BAR_WIDTH) return fitLine(`${label} ${counts}`, columns);
  const filled = total > 0 ? Math.floor((shown / total) * barWidth) : 0;
  return `${label} [${FILLED.repeat(filled)}${EMPTY.repeat(barWidth - filled)}] ${counts}`;
}

/** A status line cut to the usable width, ending in `…` where it was cut. */
export function fitLine(text: string, columns: number = DEFAULT_COLUMNS): string {
  const width = usableWidth(columns);
  if (text.length <= width) return text;
  return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`;
}

function usableWidth(columns: number): number {
  return Math.max((Number.isFinite(columns) && columns > 0 ? Math.floor(columns) : DEFAULT_COLUMNS) - 1, 1);
}

/**
 * True at most once per `intervalMs` of `now()`, or whenever `force` is given (which starts a new
 * interval): how the progress line keeps to about ten redraws a second however fast the
 * pipeline reports.
 */
export function createThrottle(intervalMs: number, now: () => number): (force?: boolean) => boolean {
  let last = -Infinity;
  return (force = false) => {
    const time = now();
    if (!force && time - last < intervalMs) return false;
    last = time;
    return true;
  };
}
