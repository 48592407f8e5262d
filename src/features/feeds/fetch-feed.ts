import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createGunzip } from 'node:zlib';

/*
 * Fetching a feed from the server is a way into the server's own network (SSRF): a URL that
 * names 127.0.0.1, a cloud metadata address or a host on the private network must be refused,
 * at every redirect, and on the address actually connected to (a name may resolve differently
 * on the second lookup), which is why the check sits in the socket's own lookup.
 */

export const FEED_MAX_BYTES = 10 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;

/**
 * Why a fetch gave nothing to read: `refused` by our rules (address, size, scheme), or
 * `failed` on the other side (network, time, an HTTP error), which is worth trying again.
 */
export class FeedFetchError extends Error {
  constructor(
    readonly kind: 'refused' | 'failed',
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

export type FetchOptions = {
  /** Allow loopback and private addresses (tests, local use): FEEDS_ALLOW_PRIVATE_HOSTS. */
  allowPrivateHosts: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  /** The validators of the last good fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
};

export type Fetched =
  | { status: 200; body: string; bytes: number; etag: string | null; lastModified: string | null }
  | { status: 304; bytes: 0; etag: string | null; lastModified: string | null };

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  // Unspecified, loopback, and the deprecated IPv4-compatible ::a.b.c.d (::7f00:1 is 127.0.0.1).
  ['::', 96],
  // NAT64 for local use (RFC 8215): whatever the operator translates it to, not ours to reach.
  ['64:ff9b:1::', 48],
  // Teredo tunnels the client's IPv4 address (obfuscated) through a relay.
  ['2001::', 32],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** The eight 16-bit groups of an IPv6 address (already checked by isIP), however it is written. */
function hextets(address: string): number[] | null {
  let a = address.toLowerCase().replace(/%.*$/, '');
  const quad = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (quad) {
    const [b0, b1, b2, b3] = quad.slice(2).map(Number) as [number, number, number, number];
    a = `${quad[1]}${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const halves = a.split('::');
  if (halves.length > 2) return null;
  const part = (s: string | undefined) => (s ? s.split(':') : []);
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const groups =
    halves.length === 2
      ? [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail]
      : head;
  if (groups.length !== 8) return null;
  return groups.map((g) => Number.parseInt(g, 16));
}

/**
 * An IPv4 address carried inside an IPv6 one (mapped, translated, NAT64 well-known prefix,
 * 6to4), which reaches it too; written in any form (`::ffff:7f00:1`, `0:0:0:0:0:ffff:…`).
 */
function embeddedIpv4(address: string): string | null {
  const h = hextets(address);
  if (!h) return null;
  const v4 = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  const zeros = (from: number, to: number) => h.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && h[5] === 0xffff) return v4(h[6]!, h[7]!);
  if (zeros(0, 4) && h[4] === 0xffff && h[5] === 0) return v4(h[6]!, h[7]!);
  if (h[0] === 0x64 && h[1] === 0xff9b && zeros(2, 6)) return v4(h[6]!, h[7]!);
  if (h[0] === 0x2002) return v4(h[1]!, h[2]!);
  return null;
}

/** Loopback, private, link-local, unique-local, multicast and reserved addresses. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(address);
  if (v4) return blocked.check(v4, 'ipv4');
  return blocked.check(address, 'ipv6');
}

const refusedAddress = (host: string) =>
  new FeedFetchError(
    'refused',
    `${host} is an address on a private or local network; Gatherwell only fetches feeds from public web addresses`,
  );

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      // One private answer is enough to refuse: which one the socket picks is not ours to choose.
      if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
        return callback(refusedAddress(hostname), '', 0);
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** The URL as one we may fetch: http(s) only, and an address literal checked at once. */
export function checkFeedUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FeedFetchError('refused', `"${raw.slice(0, 200)}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedFetchError('refused', 'a feed address must start with http:// or https://');
  }
  if (url.username || url.password) {
    throw new FeedFetchError('refused', 'a feed address may not carry a user name or password');
  }
  // A name is checked when it is resolved (guardedLookup); a literal never is, so here.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && isPrivateAddress(host)) throw refusedAddress(host);
  return url;
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; res: http.IncomingMessage };

function requestOnce(
  url: URL,
  headers: Record<string, string>,
  options: FetchOptions,
  signal: AbortSignal,
) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      headers,
      signal,
      agent: false,
      lookup: guardedLookup(options.allowPrivateHosts),
    });
    req.on('response', (res) =>
      resolve({ status: res.statusCode ?? 0, headers: res.headers, res }),
    );
    req.on('error', reject);
    req.end();
  });
}

/** The body, decompressed, stopped as soon as it passes the limit. */
async function readBody(
  answer: Answer,
  maxBytes: number,
): Promise<{ text: string; bytes: number }> {
  const declared = Number(answer.headers['content-length']);
  const tooLarge = () =>
    new FeedFetchError(
      'refused',
      `the feed is larger than ${Math.round(maxBytes / 1048576)} MB, the most Gatherwell reads`,
      answer.status,
    );
  if (Number.isFinite(declared) && declared > maxBytes) {
    answer.res.destroy();
    throw tooLarge();
  }
  const gzip = /\bgzip\b/i.test(String(answer.headers['content-encoding'] ?? ''));
  const stream = gzip ? answer.res.pipe(createGunzip()) : answer.res;
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      answer.res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  // A byte-order mark is not JSON, and some spreadsheet exports start with one.
  return {
    text: Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
    bytes,
  };
}

function plainNetworkError(
  error: unknown,
  url: URL,
  timeoutMs: number,
  timedOut: boolean,
): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  const e = error as { name?: string; code?: string; cause?: unknown };
  if (e.cause instanceof FeedFetchError) return e.cause;
  if (timedOut || e.name === 'AbortError' || e.name === 'TimeoutError') {
    return new FeedFetchError(
      'failed',
      `${url.host} did not send the feed within ${timeoutMs / 1000} s`,
    );
  }
  const why =
    e.code === 'ENOTFOUND'
      ? 'that host name does not exist'
      : e.code === 'ECONNREFUSED'
        ? 'nothing answers at that address'
        : `the connection failed (${e.code ?? e.name ?? 'error'})`;
  return new FeedFetchError('failed', `could not reach ${url.host}: ${why}`);
}

/**
 * GET a feed: http(s) only, public addresses only (unless allowed), redirects followed by hand
 * and each checked, at most `maxBytes` (decompressed) and `timeoutMs` in all. With stored
 * validators the request is conditional, and a 304 comes back as such.
 */
export async function fetchFeed(raw: string, options: FetchOptions): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? FEED_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = {
    accept: 'application/json, */*;q=0.5',
    'accept-encoding': 'gzip',
    'user-agent': 'Gatherwell feed reader',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  let url = checkFeedUrl(raw, options.allowPrivateHosts);
  for (let hop = 0; ; hop++) {
    let answer: Answer;
    try {
      answer = await requestOnce(url, headers, options, signal);
    } catch (error) {
      throw plainNetworkError(error, url, timeoutMs, signal.aborted);
    }
    const { status } = answer;
    const location = answer.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      answer.res.resume();
      if (hop >= MAX_REDIRECTS) {
        throw new FeedFetchError(
          'failed',
          `the feed's address redirects more than ${MAX_REDIRECTS} times`,
          status,
        );
      }
      url = checkFeedUrl(new URL(location, url).toString(), options.allowPrivateHosts);
      continue;
    }
    const validators = {
      etag: header(answer.headers.etag),
      lastModified: header(answer.headers['last-modified']),
    };
    if (status === 304) {
      answer.res.resume();
      return { status: 304, bytes: 0, ...validators };
    }
    if (status < 200 || status > 299) {
      answer.res.resume();
      throw new FeedFetchError(
        'failed',
        `${url.host} answered ${status}${answer.res.statusMessage ? ` ${answer.res.statusMessage}` : ''} instead of the feed`,
        status,
      );
    }
    try {
      const { text, bytes } = await readBody(answer, maxBytes);
      return { status: 200, body: text, bytes, ...validators };
    } catch (error) {
      throw plainNetworkError(error, url, timeoutMs, signal.aborted);
    }
  }
}

const header = (value: string | string[] | undefined): string | null =>
  (Array.isArray(value) ? value[0] : value) ?? null;
