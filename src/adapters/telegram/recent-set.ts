/**
 * A bounded set of recently seen keys that forget after a while: enough to say something once per
 * group chat without letting a flood of chats grow memory without end.
 */

/** Keys remembered for a while, at most `maxSize` of them. */
export interface RecentSet {
  has(key: string): boolean;
  add(key: string): void;
  readonly size: number;
}

/** Creates an empty {@link RecentSet}; the oldest key goes first when it is full. */
export function createRecentSet(options: {
  maxSize: number;
  ttlMs: number;
  now?: () => number;
}): RecentSet {
  const now = options.now ?? Date.now;
  // Insertion order is expiry order, since every key lives equally long.
  const expiries = new Map<string, number>();
  const prune = () => {
    const at = now();
    for (const [key, expiry] of expiries) {
      if (expiry > at && expiries.size <= options.maxSize) break;
      expiries.delete(key);
    }
  };
  return {
    has(key) {
      prune();
      return expiries.has(key);
    },
    add(key) {
      expiries.delete(key);
      expiries.set(key, now() + options.ttlMs);
      prune();
    },
    get size() {
      prune();
      return expiries.size;
    },
  };
}
