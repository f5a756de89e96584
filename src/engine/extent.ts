// Largest and smallest of a list by a loop: Math.max(...list) passes every
// item as an argument and overflows the stack past ~120,000 items.

/** The largest of f(item) over the list; `empty` for an empty list. */
export function maxOf<T>(list: Iterable<T>, f: (x: T) => number, empty = 0): number {
  let m = -Infinity;
  for (const x of list) m = Math.max(m, f(x));
  return m === -Infinity ? empty : m;
}

/** The smallest of f(item) over the list; `empty` for an empty list. */
export function minOf<T>(list: Iterable<T>, f: (x: T) => number, empty = 0): number {
  let m = Infinity;
  for (const x of list) m = Math.min(m, f(x));
  return m === Infinity ? empty : m;
}
