import type { ProgressEvent } from '../generate.js';

/**
 * Progress on stderr: one line rewritten in place on a terminal, a plain line per stage
 * otherwise (CI logs), nothing with --quiet.
 */
export function progressReporter(stream: NodeJS.WriteStream, enabled: boolean): (event: ProgressEvent) => void {
  if (!enabled) return () => {};
  const tty = stream.isTTY === true;
  return (event) => {
    const text = describe(event);
    if (tty) {
      stream.write(`\r\x1b[2K${text}`);
      if (event.stage === 'written') stream.write('\n');
    } else if (event.stage !== 'parsed' || event.done === event.total) {
      stream.write(`${text}\n`);
    }
  };
}

function describe(event: ProgressEvent): string {
  switch (event.stage) {
    case 'discovered':
      return `found ${event.pages} pages`;
    case 'parsed':
      return `parsed ${event.done}/${event.total} pages`;
    case 'modelled':
      return `modelled ${event.types} types and ${event.enums} enums`;
    case 'emitted':
      return `emitted ${event.files} files`;
    case 'written':
      return `wrote ${event.written} files (${event.unchanged} unchanged, ${event.removed} removed)`;
  }
}
