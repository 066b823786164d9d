/** The progress line: the bar's text for given counts and widths, throttling, and the plain and quiet modes. */
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/generate.js';
import { createThrottle, fitLine, renderBar } from '../../src/cli/progress-bar.js';
import { progressReporter, REDRAW_INTERVAL_MS, type ProgressStream } from '../../src/cli/progress.js';

const CLEAR_LINE = '\r\x1b[2K';

/** A stream that records what is written, as a terminal of the given width or as a log. */
function fakeStream(tty: boolean, columns?: number): ProgressStream & { chunks: string[] } {
  const chunks: string[] = [];
  return { isTTY: tty, ...(columns !== undefined ? { columns } : {}), chunks, write: (text: string) => chunks.push(text) };
}

/** A clock the test moves by hand. */
function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 0;
  return { now: () => time, advance: (ms) => (time += ms) };
}

const RUN: ProgressEvent[] = [
  { stage: 'discovered', pages: 3 },
  { stage: 'parsed', done: 1, total: 3 },
  { stage: 'parsed', done: 2, total: 3 },
  { stage: 'parsed', done: 3, total: 3 },
  { stage: 'modelled', types: 2, enums: 1 },
  { stage: 'emitted', files: 2 },
  { stage: 'written', written: 1, unchanged: 2, removed: 0 },
];

describe('renderBar', () => {
  it('fills the terminal width less one column, whatever the counts', () => {
    for (const columns of [40, 80, 133]) {
      for (const done of [0, 7, 999, 3341]) expect(renderBar('parsing', done, 3341, 'pages', columns)).toHaveLength(columns - 1);
    }
  });

  it('is empty at 0, full at the total, and proportional between', () => {
    const empty = renderBar('parsing', 0, 40, 'pages', 80);
    const half = renderBar('parsing', 20, 40, 'pages', 80);
    const full = renderBar('parsing', 40, 40, 'pages', 80);
    expect(empty).toMatch(/^parsing \[░+\]  0\/40 pages$/);
    expect(full).toMatch(/^parsing \[█+\] 40\/40 pages$/);
    const filled = (text: string) => [...text].filter((c) => c === '█').length;
    const width = filled(full);
    expect(filled(half)).toBe(Math.floor(width / 2));
    expect(half.length).toBe(full.length);
  });

  it('shows no more than the total, and an empty bar for a total of 0', () => {
    expect(renderBar('parsing', 12, 10, 'pages', 60)).toBe(renderBar('parsing', 10, 10, 'pages', 60));
    expect(renderBar('parsing', 0, 0, 'pages', 60)).toMatch(/^parsing \[░+\] 0\/0 pages$/);
  });

  it('drops the bar on a narrow terminal and cuts the text to fit a tiny one', () => {
    expect(renderBar('parsing', 5, 3341, 'pages', 30)).toBe('parsing    5/3341 pages');
    const tiny = renderBar('parsing', 5, 3341, 'pages', 17);
    expect(tiny).toBe('parsing    5/33…');
  });

  it('assumes 80 columns where the terminal reports none', () => {
    expect(renderBar('parsing', 1, 2, 'pages')).toHaveLength(79);
    expect(renderBar('parsing', 1, 2, 'pages', 0)).toHaveLength(79);
    expect(fitLine('x'.repeat(200), Number.NaN)).toHaveLength(79);
  });
});

describe('createThrottle', () => {
  it('says yes at most once per interval of its clock', () => {
    const clock = fakeClock();
    const due = createThrottle(100, clock.now);
    const answers: boolean[] = [];
    for (const step of [0, 50, 50, 50, 100, 10]) {
      clock.advance(step);
      answers.push(due());
    }
    // times 0, 50, 100, 150, 250, 260
    expect(answers).toEqual([true, false, true, false, true, false]);
  });

  it('says yes when forced, and counts the interval from then', () => {
    const clock = fakeClock();
    const due = createThrottle(100, clock.now);
    expect(due()).toBe(true); // 0
    clock.advance(10);
    expect(due(true)).toBe(true); // 10, forced
    clock.advance(95);
    expect(due()).toBe(false); // 105: less than 100 since the forced one
    clock.advance(5);
    expect(due()).toBe(true); // 110
  });
});

describe('progressReporter', () => {
  it('prints a plain line per stage when not on a terminal', () => {
    const stream = fakeStream(false);
    const progress = progressReporter(stream, true);
    RUN.forEach(progress.onProgress);
    progress.end();
    expect(stream.chunks.join('')).toBe(
      'found 3 pages\nparsed 3/3 pages\nmodelled 2 types and 1 enum\nemitted 2 files\nwrote 1 file (2 unchanged, 0 removed)\n',
    );
  });

  it('prints the count of a long parse in a log now and then, so a quiet log never means a stuck run', () => {
    const stream = fakeStream(false);
    const clock = fakeClock();
    const progress = progressReporter(stream, true, clock.now);
    // 3,000 pages over 12 seconds of the fake clock: a line after 5 s and after 10 s.
    for (let done = 1; done <= 3000; done++) {
      progress.onProgress({ stage: 'parsed', done, total: 3000 });
      clock.advance(4);
    }
    expect(stream.chunks).toEqual(['parsing: 1251/3000 pages\n', 'parsing: 2501/3000 pages\n', 'parsed 3000/3000 pages\n']);
  });

  it('prints nothing when disabled (--quiet, --format json), on a terminal or not', () => {
    for (const tty of [true, false]) {
      const stream = fakeStream(tty, 80);
      const progress = progressReporter(stream, false);
      RUN.forEach(progress.onProgress);
      progress.end();
      expect(stream.chunks).toEqual([]);
    }
  });

  it('redraws one line in place on a terminal, sized to it, and clears it at the end', () => {
    const stream = fakeStream(true, 50);
    const clock = fakeClock();
    const progress = progressReporter(stream, true, clock.now);
    for (const event of RUN) {
      progress.onProgress(event);
      clock.advance(REDRAW_INTERVAL_MS);
    }
    progress.end();
    const lines = stream.chunks.map((chunk) => {
      expect(chunk.startsWith(CLEAR_LINE)).toBe(true);
      return chunk.slice(CLEAR_LINE.length);
    });
    expect(lines.join('')).not.toContain('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(49);
    expect(lines).toContain(renderBar('parsing', 2, 3, 'pages', 50));
    expect(lines).toContain('modelled 2 types and 1 enum; emitting…');
    expect(lines.at(-1)).toBe(''); // end() left a clean line for the summary
    progress.end();
    expect(lines.length).toBe(stream.chunks.length); // a second end() writes nothing
  });

  it('draws a new stage and a finished count at once, and counts in between at most once per interval', () => {
    const stream = fakeStream(true, 80);
    const clock = fakeClock();
    const progress = progressReporter(stream, true, clock.now);
    // 1,000 pages parsed over one second of the fake clock, one a millisecond.
    for (let done = 1; done <= 1000; done++) {
      progress.onProgress({ stage: 'parsed', done, total: 1000 });
      clock.advance(1);
    }
    const draws = stream.chunks.length;
    expect(draws).toBeGreaterThanOrEqual(1000 / REDRAW_INTERVAL_MS);
    expect(draws).toBeLessThanOrEqual(1000 / REDRAW_INTERVAL_MS + 2);
    expect(stream.chunks[0]).toContain('   1/1000 pages');
    expect(stream.chunks.at(-1)).toContain('1000/1000 pages');
    // The next stage is drawn though the interval has not passed.
    progress.onProgress({ stage: 'modelled', types: 5, enums: 2 });
    expect(stream.chunks.at(-1)).toContain('modelled 5 types and 2 enums');
  });

  it('writes nothing at the end on a terminal when nothing was drawn', () => {
    const stream = fakeStream(true, 80);
    progressReporter(stream, true).end();
    expect(stream.chunks).toEqual([]);
  });
});
