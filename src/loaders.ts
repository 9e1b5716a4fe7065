import DataLoader from 'dataloader';
import type { Context } from './context';

/**
 * A DataLoader that lives for one request, shared by every field that asks under the same name:
 * for lists whose field arguments filter after loading, or whose arguments shape the batch query.
 */
export function requestLoader<K, V>(
  ctx: Context,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    ctx.loaders.set(name, loader);
  }
  return loader;
}
