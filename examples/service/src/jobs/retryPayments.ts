// Nightly job: charges again the orders whose payment failed during the day, and reports how long it took.
// The team runs the strict fan-out check on its jobs, which touch every failed order at once.
/* eslint reliability/no-unbounded-concurrency: "error" */
import { setTimeout as sleep } from 'node:timers/promises';

import { audit } from '../audit.js';
import * as billing from '../clients/billing.js';

interface FailedCharge {
  orderId: string;
  amountCents: number;
}

declare const failedCharges: {
  listSince(since: number): Promise<FailedCharge[]>;
  markResolved(orderId: string): Promise<void>;
};
declare const stats: { timing(name: string, ms: number): void };

const DAY_MS = 24 * 3600 * 1000;

// Bounded, with a delay that doubles and some jitter: a provider outage costs four attempts per order.
async function chargeWithRetry(charge: FailedCharge) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await billing.chargeOrder(charge.orderId, charge.amountCents);
    } catch (error) {
      if (attempt >= 4) throw error;
      await sleep(250 * 2 ** attempt + Math.random() * 250);
    }
  }
}

// No limit and no pause: while the database fails over, this spins and floods it with updates.
async function markResolved(orderId: string) {
  while (true) {
    try {
      return await failedCharges.markResolved(orderId);
    } catch (error) {
      audit.error('could not mark the charge resolved, retrying', { orderId, error });
    }
  }
}

export async function retryFailedCharges(): Promise<void> {
  const startedAt = Date.now();
  // A window on stored timestamps: the wall clock is right here.
  const charges = await failedCharges.listSince(Date.now() - DAY_MS);
  // One charge per failed order, all at once: after a bad day that is thousands of calls to the provider.
  await Promise.all(
    charges.map(async (charge) => {
      await chargeWithRetry(charge);
      await markResolved(charge.orderId);
      await billing.recordCharge({ id: charge.orderId, status: 'succeeded' });
    }),
  );
  // A duration from two wall-clock readings: an NTP correction during the run makes it lie.
  stats.timing('payments.retry.duration_ms', Date.now() - startedAt);
}
