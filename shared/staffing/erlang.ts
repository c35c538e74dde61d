/**
 * Classic Erlang formulas, computed with the Erlang B recursion B(n) = A·B(n-1) / (n + A·B(n-1)):
 * no factorials, no powers, so no overflow for thousands of servers.
 */

/** Erlang B: the share of arrivals that find all `servers` busy in a loss system offered `load` Erlangs. */
export function erlangB(servers: number, load: number): number {
  let blocking = 1;
  for (let n = 1; n <= servers; n++) blocking = (load * blocking) / (n + load * blocking);
  return blocking;
}

/** Erlang C: the probability that an arrival waits in an M/M/N queue (1 when the queue is unstable). */
export function erlangC(servers: number, load: number): number {
  if (load <= 0) return 0;
  if (load >= servers) return 1;
  const blocking = erlangB(servers, load);
  const utilisation = load / servers;
  return blocking / (1 - utilisation * (1 - blocking));
}

/** The share of M/M/N arrivals that wait at most `targetSeconds`, for a handle time of `ahtSeconds`. */
export function erlangCServiceLevel(servers: number, load: number, ahtSeconds: number, targetSeconds: number): number {
  if (load <= 0) return 1;
  if (load >= servers) return 0;
  return 1 - erlangC(servers, load) * Math.exp((-(servers - load) * targetSeconds) / ahtSeconds);
}
