import { useSyncExternalStore } from "react";

/** Solutions picked for comparison (ids), kept for the browser tab, 4 at most. */
export const MAX_COMPARED = 4;
const KEY = "gouvtech.compare";
const listeners = new Set<() => void>();
let cached: string | null = null;
let snapshot: CompareItem[] = [];

export interface CompareItem {
  id: string;
  name: string;
}

function read(): CompareItem[] {
  const raw = sessionStorage.getItem(KEY);
  if (raw !== cached) {
    cached = raw;
    try {
      snapshot = raw ? (JSON.parse(raw) as CompareItem[]) : [];
    } catch {
      snapshot = [];
    }
  }
  return snapshot;
}

function write(items: CompareItem[]) {
  sessionStorage.setItem(KEY, JSON.stringify(items));
  listeners.forEach((l) => l());
}

export function toggleCompared(item: CompareItem) {
  const items = read();
  if (items.some((i) => i.id === item.id)) write(items.filter((i) => i.id !== item.id));
  else if (items.length < MAX_COMPARED) write([...items, item]);
}

export function clearCompared() {
  write([]);
}

export function useCompareSelection(): CompareItem[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => [],
  );
}

export const compareUrl = (ids: string[]) => `/comparer?ids=${ids.map(encodeURIComponent).join(",")}`;
