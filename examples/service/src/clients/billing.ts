// Client for the payment provider and the internal ledger: every order waits on these calls.
import axios from 'axios';

import { audit } from '../audit.js';

interface Charge {
  id: string;
  status: 'succeeded' | 'pending' | 'failed';
}

const PAYMENTS_URL = 'https://payments.example.com/v1';
const LEDGER_URL = 'http://ledger.internal:8080';

// The provider client has a deadline: a slow provider fails the charge after 5 s instead of
// holding the order, its database transaction and the customer's browser tab.
const payments = axios.create({ baseURL: PAYMENTS_URL, timeout: 5_000 });

// This one was copied from an old script and never got one.
const ledger = axios.create({ baseURL: LEDGER_URL });

export async function chargeOrder(orderId: string, amountCents: number): Promise<Charge> {
  const { data } = await payments.post<Charge>('/charges', { orderId, amountCents });
  return data;
}

export async function recordCharge(charge: Charge): Promise<void> {
  // The ledger hangs during its nightly compaction; without a timeout every checkout hangs with it.
  await ledger.post('/entries', { chargeId: charge.id, status: charge.status });
}

export async function getRefundPolicy(country: string): Promise<unknown> {
  const response = await fetch(`${PAYMENTS_URL}/policies/${country}`, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(2_000),
  });
  return response.json();
}

export async function notifyFinance(orderId: string): Promise<void> {
  try {
    // A "fire and forget" webhook that can still pin a connection and a request for minutes.
    await fetch('https://hooks.finance.example.com/charges', {
      method: 'POST',
      body: JSON.stringify({ orderId }),
    });
  } catch (error) {
    audit.error('finance webhook failed', { orderId, error });
  }
}

export async function exportStatements(month: string): Promise<unknown> {
  // The export is slow, so someone turned the deadline off altogether.
  const { data } = await payments.get(`/statements/${month}`, { timeout: 0 });
  return data;
}
