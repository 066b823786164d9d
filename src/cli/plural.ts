/** `1 error`, `2 errors`, `0 errors`; `many` where the plural is not `one` + s (`1 info`, `3 info`). */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${grouped(count)} ${count === 1 ? one : many}`;
}

/** A count as every line of the summary writes it: `2,862`. */
export function grouped(count: number): string {
  return count.toLocaleString('en-US');
}
