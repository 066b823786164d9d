/** Alternating timed rounds of two contenders over the same inputs, in one process. */

export interface Contender {
  name: string;
  /** Runs every case once; returns how many it accepted (used, so the work cannot be optimised away). */
  pass: () => number;
}

export interface Comparison {
  /** Milliseconds per round of each contender, timed rounds only. */
  rounds: [number[], number[]];
  /** Passes per round. */
  passesPerRound: number;
  /** Median over rounds of (time of b / time of a): how many times a's throughput b's is. */
  medianRatio: number;
  /** Total time of b / total time of a. */
  totalRatio: number;
}

/**
 * `warmup` untimed rounds, then `rounds` timed ones; in each round both contenders run
 * `passesPerRound` passes back to back, the first to go alternating between rounds so that
 * neither always gets the warmer cache or the pending garbage collection. On a busy machine
 * single rounds are noisy, so the headline is the median of the per-round ratios.
 */
export function alternate(a: Contender, b: Contender, options: { warmup: number; rounds: number; passesPerRound: number }): Comparison {
  const times: [number[], number[]] = [[], []];
  let sink = 0;
  const runPasses = (contender: Contender): number => {
    const started = performance.now();
    for (let i = 0; i < options.passesPerRound; i++) sink += contender.pass();
    return performance.now() - started;
  };
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    const order: (0 | 1)[] = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const elapsed = runPasses(index === 0 ? a : b);
      if (round >= options.warmup) times[index].push(elapsed);
    }
  }
  if (sink < 0) console.log(sink); // keeps `sink` observable
  const ratios = times[0].map((mine, round) => times[1][round]! / mine).sort((x, y) => x - y);
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
  return {
    rounds: times,
    passesPerRound: options.passesPerRound,
    medianRatio: ratios.length % 2 === 1 ? ratios[(ratios.length - 1) / 2]! : (ratios[ratios.length / 2 - 1]! + ratios[ratios.length / 2]!) / 2,
    totalRatio: sum(times[1]) / sum(times[0]),
  };
}
