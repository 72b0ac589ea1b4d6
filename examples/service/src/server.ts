// The HTTP entry point of the order service: the public API, and a small admin app for operators.
import express from 'express';
import promBundle from 'express-prom-bundle';
import { Histogram } from 'prom-client';

import { audit } from './audit';

interface Order {
  readonly id: string;
  readonly status: 'open' | 'paid' | 'shipped';
  readonly totalCents: number;
}

const orders = new Map<string, Order>();

const exportDuration = new Histogram({
  name: 'order_export_duration_seconds',
  help: 'Time to build the nightly order export',
  buckets: [0.1, 0.5, 1, 5, 15],
});

// Public API: every request is counted and timed by the metrics middleware, so its routes need nothing more.
export const api = express();
api.use(promBundle({ includeMethod: true, includePath: true, includeStatusCode: true }));
api.use(express.json());

api.get('/orders/:id', (req, res) => {
  const order = orders.get(req.params.id);
  if (order === undefined) {
    res.status(404).json({ error: 'order not found' });
    return;
  }
  res.json(order);
});

api.post('/orders', (req, res) => {
  const order: Order = { id: crypto.randomUUID(), status: 'open', totalCents: Number(req.body.totalCents) };
  orders.set(order.id, order);
  audit.info('order created', { orderId: order.id });
  res.status(201).json(order);
});

// Admin app on its own port, for the operators' tools. Nobody registered metrics middleware here, so a
// slow or failing export is invisible until an operator complains.
const admin = express();
admin.use(express.json());

admin.get('/admin/orders/export', (req, res) => {
  // This one route times itself, but the other admin routes are not measured at all.
  const end = exportDuration.startTimer();
  res.json([...orders.values()]);
  end();
});

admin.post('/admin/orders/:id/refund', (req, res) => {
  const order = orders.get(req.params.id);
  if (order === undefined) {
    res.status(404).json({ error: 'order not found' });
    return;
  }
  orders.set(order.id, { ...order, status: 'open' });
  audit.info('order refunded', { orderId: order.id, by: req.get('x-operator') });
  res.status(204).end();
});

const apiServer = api.listen(8080, () => audit.info('api listening', { port: 8080 }));
const adminServer = admin.listen(9090, () => audit.info('admin listening', { port: 9090 }));

// On deploy: stop accepting, let the requests in flight finish, give up after ten seconds.
process.on('SIGTERM', () => {
  audit.info('shutting down');
  setTimeout(() => process.exit(1), 10_000).unref();
  apiServer.close(() => adminServer.close(() => process.exit(0)));
});
