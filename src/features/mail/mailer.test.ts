import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../../db/schema/index.js';
import { createLogger } from '../../lib/logger.js';
import { createTestDatabase, testConfig } from '../../test/harness.js';
import { accountMail } from '../accounts/mail.js';
import { drain } from '../jobs/queue.js';
import { createMailer, readOutbox } from './mailer.js';

/** A minimal SMTP server on localhost (the network edge we stand in for), keeping what it gets. */
function fakeSmtp() {
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    let inData = false;
    let data = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      for (const line of chunk.toString().split('\r\n')) {
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(data);
            data = '';
            socket.write('250 OK queued\r\n');
          } else data += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250-test\r\n250 8BITMIME\r\n');
        else if (/^(MAIL|RCPT)/i.test(line)) socket.write('250 OK\r\n');
        else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
      }
    });
  });
  return { server, received };
}

describe('mailer', () => {
  const smtp = fakeSmtp();
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.server.close(() => resolve())));

  it('sends over SMTP when SMTP_URL is set, and keeps nothing in the outbox', async () => {
    const config = testConfig({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Gatherwell <hello@gatherwell.example>',
    });
    const database = await createTestDatabase();
    try {
      const mailer = createMailer(config, database.db, createLogger(config));
      expect(mailer.transport).toBe('smtp');
      await mailer.send(
        accountMail('reset', 'ana@example.org', 'es', {
          link: 'https://gatherwell.example/reset-password?token=abc',
        }),
      );
      // Queued, not sent during the request: the worker delivers it.
      expect(smtp.received).toHaveLength(0);
      expect(await drain(database.db, mailer.handlers)).toBe(1);
      expect(smtp.received).toHaveLength(1);
      const [job] = await database.db.select().from(jobs);
      expect(job?.payload).toEqual({});
      const message = smtp.received[0] ?? '';
      expect(message).toMatch(/^To: ana@example.org$/m);
      expect(message).toMatch(/^From: Gatherwell <hello@gatherwell.example>$/m);
      // The body is quoted-printable: undo soft line breaks and =XX escapes before reading it.
      const body = message
        .replace(/=\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
      expect(body).toContain('reset-password?token=abc');
      expect(await readOutbox(database.db)).toHaveLength(0);
    } finally {
      await database.close();
    }
  });

  it('passes extra headers (List-Unsubscribe) to SMTP', async () => {
    const config = testConfig({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const database = await createTestDatabase();
    try {
      const mailer = createMailer(config, database.db, createLogger(config));
      await mailer.send({
        to: 'cy@example.org',
        subject: 'Reminder',
        text: 'Soon.',
        html: '<p>Soon.</p>',
        kind: 'reminder24h',
        headers: {
          'List-Unsubscribe': '<https://gatherwell.example/unsubscribe/abc>',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
      const before = smtp.received.length;
      expect(await drain(database.db, mailer.handlers)).toBe(1);
      const message = smtp.received[before] ?? '';
      expect(message).toMatch(
        /^List-Unsubscribe: <https:\/\/gatherwell\.example\/unsubscribe\/abc>$/m,
      );
      expect(message).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    } finally {
      await database.close();
    }
  });

  it('keeps mail in the outbox without SMTP', async () => {
    const config = testConfig();
    const database = await createTestDatabase();
    try {
      const mailer = createMailer(config, database.db, createLogger(config));
      await mailer.send(
        accountMail('verify', 'bo@example.org', 'en', {
          link: 'http://localhost/verify-email?token=t',
        }),
      );
      const [mail] = await readOutbox(database.db);
      expect(mail).toMatchObject({ to: 'bo@example.org', kind: 'verify' });
      expect(mail?.html).toContain('<a href="http://localhost/verify-email?token=t">');
    } finally {
      await database.close();
    }
  });
});
