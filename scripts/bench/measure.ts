export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** Median duration in ms of `iterations` runs of `fn`, after 3 warm-up runs. */
export async function time(fn: () => Promise<unknown>, iterations: number) {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) await fn();
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}
