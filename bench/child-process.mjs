// The bench's measurements each run in a child process of their own (a fresh heap, a fresh JIT,
// their own peak memory), and print one line of JSON as their last: what the parent reads.
import { execFileSync } from 'node:child_process';

/** Runs a child script with Node and gives back the JSON of its last line. */
export function runChild(script, ...args) {
  return JSON.parse(execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
}

/** A child's result line: its time, this process's peak memory, and what else it reports. */
export function printResult(ms, extra = {}) {
  console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra }));
}
