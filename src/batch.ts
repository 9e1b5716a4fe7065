/** Orders batch results by the keys asked for: one value (or null) per key. */
export function byKey<R, K>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): (R | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results by the keys asked for: one list per key. */
export function groupByKey<R, K>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const r of rows) {
    const list = map.get(keyOf(r));
    if (list) list.push(r);
    else map.set(keyOf(r), [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
