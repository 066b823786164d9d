/** `1 error`, `2 errors`, `0 errors`; `many` where the plural is not `one` + s (`1 info`, `3 info`). */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${grouped(count)} ${count === 1 ? one : many}`;
}

/**
 * A count as every line of the summary writes it: `2,862`. Written out rather than with
 * `toLocaleString`, whose first call loads locale data (some 30 ms of a warm run).
 */
export function grouped(count: number): string {
  const [whole, fraction] = String(count).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction !== undefined ? `.${fraction}` : ''}`;
}
