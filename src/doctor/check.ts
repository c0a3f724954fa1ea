/** One line of `komorebi doctor`: what was checked, how it went, and what to do when it failed. */
export interface Check {
  /** What was checked ("store", "line webhook"...). */
  name: string;
  /** `warn` does not fail the run; `skip` means an earlier failure made the check impossible. */
  status: "ok" | "warn" | "fail" | "skip";
  /** What was found, in words. */
  detail: string;
  /** For `warn` and `fail`: what to do about it. */
  fix?: string;
}

/** Settles with `promise`, or rejects after `ms` (a platform or store that never answers). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  promise.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
