import { createHmac } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { App } from '../app.js';
import type { Db } from '../db/client.js';
import { mailOutbox } from '../db/schema/index.js';

/**
 * A tiny browser for integration tests: keeps cookies, posts forms from our own origin (as the
 * CSRF check expects), and does not follow redirects so tests can see them.
 */
export class Client {
  cookies = new Map<string, string>();
  constructor(
    private app: App,
    readonly ip = '203.0.113.7',
  ) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    this.keepHeaders(res.headers);
    return res;
  }

  /** Take the cookies a response (or a direct better-auth call) set. */
  keepHeaders(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0\b/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string, headers: Record<string, string> = {}) {
    return this.keep(
      await this.app.request(`http://localhost${path}`, {
        headers: { cookie: this.cookieHeader(), 'x-forwarded-for': this.ip, ...headers },
      }),
    );
  }

  async post(
    path: string,
    fields: Record<string, string | string[]>,
    headers: Record<string, string> = {},
  ) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return this.keep(
      await this.app.request(`http://localhost${path}`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'http://localhost',
          cookie: this.cookieHeader(),
          'x-forwarded-for': this.ip,
          ...headers,
        },
      }),
    );
  }
}

/** The newest mail to an address (from the outbox). */
export async function lastMail(db: Db, to: string) {
  const [mail] = await db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, to))
    .orderBy(desc(mailOutbox.id))
    .limit(1);
  return mail;
}

/** The token from the link in a mail (`?token=...`). */
export function tokenIn(text: string | undefined): string {
  const match = text?.match(/[?&]token=([^\s&]+)/);
  if (!match?.[1]) throw new Error(`no token link in: ${text}`);
  return decodeURIComponent(match[1]);
}

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) from a base32 secret, as authenticator apps compute it. */
export function totp(base32Secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of base32Secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g)?.map((b) => Number.parseInt(b, 2)) ?? []);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = (hmac[hmac.length - 1] ?? 0) & 0xf;
  const value = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}
