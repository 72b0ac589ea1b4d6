// Client for the warehouse's inventory API: checkout asks it for stock before it takes a payment.
import { z } from 'zod';

const INVENTORY_URL = 'https://inventory.example.com/v2';

const StockLevelSchema = z.object({ sku: z.string(), available: z.number().int().nonnegative() });
type StockLevel = z.infer<typeof StockLevelSchema>;

interface Warehouse {
  id: string;
  region: string;
}

// The careful one: a deadline, a status check that names the request, and a schema for the body.
export async function getStockLevel(sku: string): Promise<StockLevel> {
  const url = `${INVENTORY_URL}/stock/${encodeURIComponent(sku)}`;
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  if (!res.ok) throw new Error(`Request to ${url} failed with status ${res.status}`);
  return StockLevelSchema.parse(await res.json());
}

// During the warehouse's deploys this endpoint answers 503 with `{ "error": "maintenance" }`, which
// becomes a "list" of warehouses, and checkout picks `undefined.region` a few calls later.
export async function listWarehouses(): Promise<Warehouse[]> {
  const res = await fetch(`${INVENTORY_URL}/warehouses`, { signal: AbortSignal.timeout(2_000) });
  return (await res.json()) as Warehouse[];
}

// A 409 "not enough stock" reads like a reservation, so the order goes ahead without one.
export async function reserveStock(sku: string, quantity: number): Promise<{ reservationId: string }> {
  return fetch(`${INVENTORY_URL}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sku, quantity }),
    signal: AbortSignal.timeout(2_000),
  }).then((res) => res.json());
}

// Stock levels cached by the warehouse's webhook: the payload is the warehouse's, not ours.
export function readStockWebhook(payload: string): StockLevel {
  return JSON.parse(payload) as StockLevel;
}
