/** `1 error`, `2 errors`, `0 errors`; `many` where the plural is not `one` + s (`1 info`, `3 info`). */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
