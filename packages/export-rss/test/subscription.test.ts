import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { resolveConfig } from '@broadsheet/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { systemPython } from '../../../tests/support/tools.js';
import { renderFeed } from '../src/index.js';
import { FEEDPARSER_SCRIPT, type ParsedFeed } from '../../export-feeds/test/feedparser.js';
import { seedEntry } from '../../export-feeds/test/fixtures.js';

// Note: the server runs in this process, so the reader must run asynchronously.
const execFileAsync = promisify(execFile);

/** A subscriber: reads the feed by URL, then downloads the first item's enclosure. */
const SUBSCRIBER = `
import hashlib, json, sys, urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
enclosure = json.loads(sys.argv[1])
with opener.open(enclosure['href']) as response:
    body = response.read()
    print(json.dumps({'status': response.status, 'type': response.headers['Content-Type'],
                      'bytes': len(body), 'sha256': hashlib.sha256(body).hexdigest()}))
`;

const pdf = new Uint8Array(Buffer.from(`%PDF-1.7\n${'briefing bytes '.repeat(200)}\n%%EOF\n`, 'latin1'));
const folder = mkdtempSync(join(tmpdir(), 'broadsheet-rss-site-'));
const types: Record<string, string> = { 'feed.xml': 'application/rss+xml; charset=utf-8' };
let server: Server;
let siteUrl: string;

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const name = basename(new URL(request.url ?? '/', 'http://localhost/').pathname);
    try {
      const body = await readFile(join(folder, name));
      response.writeHead(200, { 'Content-Type': types[name] ?? 'application/pdf', 'Content-Length': body.length });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  rmSync(folder, { recursive: true, force: true });
});

async function runPython(script: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(systemPython, ['-c', script, ...args], { timeout: 60_000 });
  return stdout;
}

test('a reader fetches the feed over HTTP and downloads the enclosed PDF at its advertised length', async () => {
  const config = resolveConfig({ site: { url: siteUrl } });
  const pdfName = seedEntry.files[0]?.name ?? 'briefing.pdf';
  const entry = {
    ...seedEntry,
    files: [{ format: 'pdf', name: pdfName, mediaType: 'application/pdf', bytes: pdf.length }],
  };
  writeFileSync(join(folder, 'feed.xml'), renderFeed([entry], { config }));
  writeFileSync(join(folder, pdfName), pdf);

  const feed = JSON.parse(await runPython(FEEDPARSER_SCRIPT, [new URL('feed.xml', siteUrl).href])) as ParsedFeed;
  expect(feed.bozoException).toBeNull();
  expect(feed.version).toBe('rss20');
  const enclosure = feed.entries[0]?.enclosures[0];
  expect(enclosure).toEqual({
    href: new URL(pdfName, siteUrl).href,
    length: String(pdf.length),
    type: 'application/pdf',
  });

  const download = JSON.parse(await runPython(SUBSCRIBER, [JSON.stringify(enclosure)])) as Record<string, unknown>;
  expect(download).toEqual({
    status: 200,
    type: 'application/pdf',
    bytes: Number(enclosure?.length),
    sha256: createHash('sha256').update(pdf).digest('hex'),
  });
});
