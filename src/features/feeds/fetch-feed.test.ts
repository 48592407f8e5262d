import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetchError, fetchFeed, isPrivateAddress } from './fetch-feed.js';
import { type FeedServer, startFeedServer } from './test-fixtures.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const local = { allowPrivateHosts: true };

async function refusal(promise: Promise<unknown>): Promise<FeedFetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedFetchError);
  return error as FeedFetchError;
}

describe('fetchFeed', () => {
  it('sends the stored ETag and reports a 304 as not modified', async () => {
    server.publish('/etag.json', '[]', { etag: '"v1"' });
    const first = await fetchFeed(server.url('/etag.json'), local);
    expect(first).toMatchObject({ status: 200, body: '[]', bytes: 2, etag: '"v1"' });
    const again = await fetchFeed(server.url('/etag.json'), { ...local, etag: first.etag });
    expect(again.status).toBe(304);
    expect(server.hits.at(-1)?.ifNoneMatch).toBe('"v1"');
  });

  it('sends the stored Last-Modified', async () => {
    const stamp = 'Tue, 01 Dec 2026 10:00:00 GMT';
    server.publish('/lm.json', '[]', { lastModified: stamp });
    const first = await fetchFeed(server.url('/lm.json'), local);
    expect(first.lastModified).toBe(stamp);
    const again = await fetchFeed(server.url('/lm.json'), { ...local, lastModified: stamp });
    expect(again.status).toBe(304);
    expect(server.hits.at(-1)?.ifModifiedSince).toBe(stamp);
  });

  it('stops reading past the size limit, with or without a Content-Length', async () => {
    server.publish('/big.json', ' '.repeat(5000));
    const declared = await refusal(
      fetchFeed(server.url('/big.json'), { ...local, maxBytes: 1000 }),
    );
    expect(declared.kind).toBe('refused');
    expect(declared.message).toContain('larger than');
    const endless = await refusal(
      fetchFeed(server.url('/endless'), { ...local, maxBytes: 1024 * 1024 }),
    );
    expect(endless.message).toContain('larger than 1 MB');
  });

  it('gives up after the time limit', async () => {
    const started = Date.now();
    const slow = await refusal(fetchFeed(server.url('/slow'), { ...local, timeoutMs: 300 }));
    expect(slow.kind).toBe('failed');
    expect(slow.message).toContain('did not send the feed within 0.3 s');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports an HTTP error with its status', async () => {
    const gone = await refusal(fetchFeed(server.url('/status/503'), local));
    expect(gone).toMatchObject({ kind: 'failed', httpStatus: 503 });
  });

  it('follows redirects, checking each one', async () => {
    server.publish('/target.json', '[1]');
    const moved = await fetchFeed(server.url(`/redirect?to=${server.url('/target.json')}`), local);
    expect(moved).toMatchObject({ status: 200, body: '[1]' });
    const sneaky = await refusal(fetchFeed(server.url('/redirect?to=file:///etc/passwd'), local));
    expect(sneaky.message).toContain('http:// or https://');
  });
});

describe('the guard against fetching the server’s own network', () => {
  const off = { allowPrivateHosts: false };

  it.each([
    'http://127.0.0.1/feed.json',
    'http://10.1.2.3/feed.json',
    'http://192.168.1.20/feed.json',
    'http://172.20.0.5/feed.json',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/feed.json',
    'http://[fe80::1]/feed.json',
    'http://[fc00::1]/feed.json',
    'http://[fd12:3456::1]/feed.json',
    'http://[::ffff:127.0.0.1]/feed.json',
    'http://0x7f000001/feed.json',
    'http://2130706433/feed.json',
  ])('refuses %s when private hosts are not allowed', async (url) => {
    const error = await refusal(fetchFeed(url, off));
    expect(error.kind).toBe('refused');
    expect(error.message).toContain('private or local network');
  });

  it('refuses a name that resolves to a local address, at connection time', async () => {
    const port = new URL(server.url('/')).port;
    server.publish('/named.json', '[]');
    const error = await refusal(fetchFeed(`http://localhost:${port}/named.json`, off));
    expect(error.message).toContain('localhost is an address on a private or local network');
    // The same server is read when the flag allows it: the refusal was the guard's.
    expect((await fetchFeed(`http://localhost:${port}/named.json`, local)).status).toBe(200);
  });

  it('refuses other schemes and credentials', async () => {
    expect((await refusal(fetchFeed('ftp://example.org/feed.json', off))).message).toContain(
      'http:// or https://',
    );
    expect((await refusal(fetchFeed('https://a:b@example.org/', off))).message).toContain(
      'user name or password',
    );
  });

  it('tells private addresses from public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.0.0.1',
      '100.64.1.1',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:7f00:1',
      '64:ff9b::a00:1',
      '2002:c0a8:101::1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });

  it('refuses IPv4-compatible, local-use NAT64 and Teredo addresses, and mapped ones however written', () => {
    for (const a of [
      '::7f00:1',
      '::127.0.0.1',
      '::a00:1',
      '::8.8.8.8',
      '64:ff9b:1::a00:1',
      '64:ff9b:1:ffff::1',
      '2001::1',
      '2001:0000:4136:e378:8000:63bf:3fff:fdd2',
      '0:0:0:0:0:ffff:7f00:1',
      '0000:0000:0000:0000:0000:ffff:127.0.0.1',
      '::ffff:0:7f00:1',
      '64:ff9b:0:0:0:0:7f00:1',
      '2002:7f00:1:0:0:0:0:1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of [
      '64:ff9b::808:808',
      '0:0:0:0:0:ffff:808:808',
      '2002:808:808::1',
      '2001:4860:4860::8888',
      '2001:1::1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });
});
