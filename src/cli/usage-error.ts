/** A mistake in how graphdoc was called: printed with a hint, exit code 2, before any work. */
export class UsageError extends Error {}
