// Webhook receiver for the payment provider: a second, small HTTP server that runs next to the API.
import http from 'node:http';

import { audit } from './audit';

interface PaymentEvent {
  readonly id: string;
  readonly orderId: string;
  readonly status: 'failed' | 'succeeded';
}

function recordPayment(event: PaymentEvent): void {
  if (event.status === 'failed') {
    // A constant message with the ids as fields: the failures can be counted, graphed and alerted on.
    audit.error('payment failed', { orderId: event.orderId, paymentId: event.id });
    return;
  }
  // Built from values: every line is different, so nobody can count these or search them by order.
  audit.info(`payment ${event.id} succeeded for order ${event.orderId}`);
}

function isPaymentEvent(value: unknown): value is PaymentEvent {
  return typeof value === 'object' && value !== null && 'id' in value && 'orderId' in value && 'status' in value;
}

const webhooks = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
  });
  req.on('end', () => {
    const event: unknown = JSON.parse(body);
    if (isPaymentEvent(event)) recordPayment(event);
    res.writeHead(isPaymentEvent(event) ? 204 : 400).end();
  });
});

// Started, but nothing in this file stops it gracefully: every deploy cuts off the webhooks in flight,
// and the provider retries them (or gives up) while the new process boots.
webhooks.listen(8443);
