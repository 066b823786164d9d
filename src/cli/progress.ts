import type { ProgressEvent } from '../generate.js';
import { counted, grouped } from './plural.js';
import { createThrottle, fitLine, renderBar } from './progress-bar.js';

/** What progress needs of its stream: a terminal, a log file or a test's fake. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** The terminal's width, where it reports one. */
  columns?: number;
}

export interface ProgressReporter {
  onProgress: (event: ProgressEvent) => void;
  /** Clears the terminal's progress line, so that diagnostics and the summary start on a clean line. */
  end: () => void;
}

/** In a log, a long stage's count at most every this often. */
export const LOG_INTERVAL_MS = 5000;

/** At most ten redraws a second: faster only costs the terminal time and flickers. */
export const REDRAW_INTERVAL_MS = 100;

/** Erase the line the cursor is on and return to its start. */
const CLEAR_LINE = '\r\x1b[2K';

/**
 * Progress on stderr: on a terminal, one line redrawn in place with a bar for the pages parsed;
 * otherwise (CI logs) a plain line per stage; nothing with --quiet.
 */
export function progressReporter(stream: ProgressStream, enabled: boolean, now: () => number = () => performance.now()): ProgressReporter {
  if (!enabled) return { onProgress: () => {}, end: () => {} };
  if (stream.isTTY !== true) {
    // A log shows the count of a long stage now and then, so a quiet log never means a stuck run.
    const due = createThrottle(LOG_INTERVAL_MS, now);
    let started = false;
    return {
      onProgress: (event) => {
        if (event.stage === 'parsed' && event.done < event.total) {
          // The first count starts the clock; later ones are printed once an interval has passed.
          if (due(!started) && started) stream.write(`parsing: ${event.done}/${event.total} pages\n`);
          started = true;
          return;
        }
        logLine(stream, event);
      },
      end: () => {},
    };
  }

  const due = createThrottle(REDRAW_INTERVAL_MS, now);
  let stage: ProgressEvent['stage'] | undefined;
  let drawn = false;
  return {
    onProgress: (event) => {
      // A new stage and a finished count are always shown; counts in between only when due.
      const changed = event.stage !== stage;
      stage = event.stage;
      const finished = 'done' in event && event.done >= event.total;
      if (!due(changed || finished)) return;
      stream.write(`${CLEAR_LINE}${statusLine(event, stream.columns)}`);
      drawn = true;
    },
    end: () => {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

/** One line per stage for logs; the parse count only when it is complete. */
function logLine(stream: ProgressStream, event: ProgressEvent): void {
  const text = describe(event);
  if (text !== undefined) stream.write(`${text}\n`);
}

function describe(event: ProgressEvent): string | undefined {
  switch (event.stage) {
    case 'discovered':
      return `found ${counted(event.pages, 'page')}`;
    case 'parsed':
      return event.done === event.total ? `parsed ${event.done}/${event.total} pages` : undefined;
    case 'modelled':
      return `modelled ${counted(event.types, 'type')} and ${counted(event.enums, 'enum')}`;
    case 'emitted':
      return `emitted ${counted(event.files, 'file')}`;
    case 'written':
      return `wrote ${counted(event.written, 'file')} (${grouped(event.unchanged)} unchanged, ${grouped(event.removed)} removed)`;
  }
}

/** The terminal's status line: a bar while counting, else what was done and what comes next. */
export function statusLine(event: ProgressEvent, columns?: number): string {
  switch (event.stage) {
    case 'parsed':
      return renderBar('parsing', event.done, event.total, 'pages', columns);
    case 'modelled':
      return fitLine(`modelled ${counted(event.types, 'type')} and ${counted(event.enums, 'enum')}; emitting…`, columns);
    default:
      return fitLine(describe(event) ?? '', columns);
  }
}
