// Report downloads for operators: the page layout is read once at start-up, the reports on each request.
import express from 'express';
import promBundle from 'express-prom-bundle';
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';

// Start-up: read once, before the first request can arrive. Blocking here costs nothing.
const layout = fs.readFileSync(new URL('../../templates/layout.html', import.meta.url), 'utf8');

export const reports = express.Router();
reports.use(promBundle({ includeMethod: true, includePath: true, includeStatusCode: true }));

reports.get('/reports/:id', async (req, res) => {
  // Every request in flight waits while this (sometimes 50 MB) report is read from the shared volume.
  const body = fs.readFileSync(`/var/reports/${req.params.id}.html`, 'utf8');
  res.type('html').send(layout.replace('{{body}}', body));
});

reports.get('/reports/:id/raw', async (req, res) => {
  // The same read without blocking: other requests keep being served meanwhile.
  res.type('text').send(await readFile(`/var/reports/${req.params.id}.txt`, 'utf8'));
});
