import DataLoader from "dataloader";

/**
 * One DataLoader per distinct argument set (page size, offset, sort…): sibling fields
 * asked with the same arguments share one batch, hence one statement.
 */
export function loaderPerArgs<A, K, V>(make: (args: A) => DataLoader<K, V>): (args: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(args)));
    return loader;
  };
}
