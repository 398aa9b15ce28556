/**
 * Waits for `work` at most `limitMs`. The work itself is not stopped (JavaScript can't cancel a
 * promise); a failure after the limit is swallowed, as nobody is waiting for it any more.
 */
export async function withTimeLimit<T>(work: Promise<T>, limitMs: number): Promise<{ finished: true; value: T } | { finished: false }> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<{ finished: false }>((resolve) => {
    timer = setTimeout(() => resolve({ finished: false }), limitMs);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work.then((value) => ({ finished: true as const, value })), expired]);
  } finally {
    clearTimeout(timer);
  }
}
