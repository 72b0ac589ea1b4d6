// Delivery proofs: the courier app uploads a photo of the parcel at the door; we keep it, and archive a
// compressed copy once the order is closed.
import { createReadStream, createWriteStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

import { audit } from './audit';

const PROOF_DIR = '/var/lib/orders/proofs';

// Careless: when the courier's connection drops mid-upload the file stays open, and when the disk is
// full the file stream's unhandled 'error' takes the whole process down.
export function saveProof(req: IncomingMessage, res: ServerResponse, orderId: string): void {
  req.pipe(createWriteStream(`${PROOF_DIR}/${orderId}.jpg`));
  req.on('end', () => res.writeHead(201).end());
}

// Careful: one pipeline, so a failure anywhere destroys every stream and reaches the caller.
export async function archiveProof(orderId: string): Promise<void> {
  await pipeline(
    createReadStream(`${PROOF_DIR}/${orderId}.jpg`),
    createGzip(),
    createWriteStream(`${PROOF_DIR}/archive/${orderId}.jpg.gz`),
  );
  audit.info('proof archived', { orderId });
}
