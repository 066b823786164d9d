/** What every command exits with. */
export const EXIT_OK = 0;
/** Errors in the docs that fail the run (--strict, check), stale output (--check), breaking changes (--fail-on-breaking). */
export const EXIT_ERRORS = 1;
/** Bad usage, or output, a report or a baseline that cannot be read or written. */
export const EXIT_USAGE = 2;
