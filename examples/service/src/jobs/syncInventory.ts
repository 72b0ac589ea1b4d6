// Nightly job: pulls stock levels from the warehouse API and writes them to the catalogue.
import { audit } from '../audit.js';

interface StockLevel {
  sku: string;
  available: number;
}

declare function fetchStockPage(cursor: string | undefined): Promise<{ items: StockLevel[]; next?: string }>;
declare function saveStock(levels: StockLevel[]): Promise<void>;
declare const stats: { increment(name: string): void };

export function parseCursor(raw: string | undefined): string | undefined {
  try {
    return raw === undefined ? undefined : JSON.parse(raw).cursor;
  } catch {
    // A malformed cursor restarts the sync from the first page, which is always safe.
    return undefined;
  }
}

export async function syncInventory(startCursor?: string): Promise<number> {
  let cursor = startCursor;
  let synced = 0;
  do {
    let page;
    // A warehouse outage here ends the job "successfully" with a partial sync, and nobody knows.
    try {
      page = await fetchStockPage(cursor);
    } catch {
      return synced;
    }
    // And here a failed write loses a page of stock levels without a trace:

    await saveStock(page.items).catch(() => {});
    synced += page.items.length;
    cursor = page.next;
  } while (cursor !== undefined);
  return synced;
}

export async function syncInventorySafely(): Promise<void> {
  try {
    await syncInventory();
  } catch (error) {
    audit.error('inventory sync failed', { error });
    stats.increment('inventory.sync.failed');
    throw error;
  }
}

export function watchQueue(queue: { on(event: string, listener: (error: Error) => void): void }): void {
  queue.on('error', () => {});
}
