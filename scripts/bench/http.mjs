// A small closed-loop HTTP load generator: `connections` loops, each sending the next request when the
// previous answer has been read, for `seconds`. Every case runs through the same client, so the ratios
// between cases measure the server, not the client.
import http from "node:http";

export async function load({ url, headers = {}, connections = 8, seconds = 8, expectStatus = 200 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const one = () =>
    new Promise((resolve) => {
      const started = performance.now();
      const request = http.get(
        { agent, hostname: target.hostname, port: target.port, path: target.pathname + target.search, headers },
        (response) => {
          response.resume();
          response.on("end", () => {
            if (response.statusCode === expectStatus) latencies.push(performance.now() - started);
            else errors += 1;
            resolve();
          });
        },
      );
      request.on("error", () => {
        errors += 1;
        resolve();
      });
    });
  const loop = async () => {
    while (performance.now() < deadline) await one();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return summary(latencies, elapsed, errors);
}

/** Requests/s over `elapsed` seconds and the percentiles of the latencies (kept, so that loads can be merged). */
function summary(latencies, elapsed, errors) {
  latencies.sort((a, b) => a - b);
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: pick(0.5),
    p95: pick(0.95),
    elapsed,
    latencies,
  };
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header of the session. */
export async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const all = [...cookies, ...response.headers.getSetCookie().map((c) => c.split(";")[0])];
  const session = all.find((c) => c.includes("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (HTTP ${response.status})`);
  return all.join("; ");
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Several loads of one case as one: requests over the summed time, percentiles over every latency. */
const merged = (parts) =>
  summary(
    parts.flatMap((p) => p.latencies),
    parts.reduce((sum, p) => sum + p.elapsed, 0),
    parts.reduce((sum, p) => sum + p.errors, 0),
  );

/**
 * Pages measured against a baseline in interleaved rounds. Each case is warmed up; then in every round each case is
 * loaded for `seconds` in `slices` short slices, each right after a slice of the baseline of the same length, and its
 * ratio for the round is its req/s over the baseline's in those paired slices. The machine's speed drifts over
 * seconds (2 cores shared with the database and this client, on a virtual machine): a page and its baseline
 * measured side by side feel the same drift, where a page measured a minute after its baseline did not (a round's
 * ratio of one page moved from 0.4 to 0.8 that way). A page's ratio is the median of its rounds'; req/s, p50 and p95
 * are the medians of the rounds' (the baseline's over all its slices); errors the sum. `cases[baseline]` is the
 * baseline (the first case unless told).
 */
export async function loadRounds(
  cases,
  { connections = 8, seconds = 5, rounds = 3, warmup = 2, baseline = 0, slices = 5 } = {},
) {
  for (const c of cases) await load({ url: c.url, headers: c.headers, connections, seconds: warmup });
  const runs = cases.map(() => []);
  const paired = cases.map(() => []);
  const once = (c) => load({ url: c.url, headers: c.headers, connections, seconds: seconds / slices });
  for (let round = 0; round < rounds; round++) {
    const baselineParts = [];
    for (const [i, c] of cases.entries()) {
      if (i === baseline) continue;
      const mine = [];
      const theirs = [];
      for (let slice = 0; slice < slices; slice++) {
        theirs.push(await once(cases[baseline]));
        mine.push(await once(c));
      }
      baselineParts.push(...theirs);
      const page = merged(mine);
      runs[i].push(page);
      paired[i].push(page.rps / merged(theirs).rps);
    }
    runs[baseline].push(merged(baselineParts));
    paired[baseline].push(1);
  }
  return cases.map((c, i) => ({
    ...c,
    rps: median(runs[i].map((r) => r.rps)),
    p50: median(runs[i].map((r) => r.p50)),
    p95: median(runs[i].map((r) => r.p95)),
    errors: runs[i].reduce((sum, r) => sum + r.errors, 0),
    ratio: median(paired[i]),
    ratios: paired[i],
  }));
}
