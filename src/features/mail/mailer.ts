import { desc } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { mailOutbox } from '../../db/schema/index.js';
import type { Logger } from '../../lib/logger.js';
import { enqueue, type Handlers } from '../jobs/queue.js';

/** The job kind of a queued e-mail (its payload is the Mail). */
export const MAIL_JOB = 'mail';

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What kind of mail this is (for the outbox and logs; never the address). */
  kind: string;
  /**
   * Extra headers for SMTP, such as List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post
   * (RFC 8058). The development outbox does not keep them.
   */
  headers?: Record<string, string>;
};

export type SendOptions = {
  /**
   * Queue this message at most once (SMTP): a job that sends mail and is run again after a
   * crash queues nothing new. The outbox ignores it.
   */
  dedupeKey?: string;
};

export type Mailer = {
  send(mail: Mail, options?: SendOptions): Promise<void>;
  /** Where mail goes: 'smtp' or the development 'outbox'. */
  transport: 'smtp' | 'outbox';
  /** Job handlers the background worker runs (SMTP delivery). */
  handlers: Handlers;
};

/**
 * SMTP through nodemailer when SMTP_URL is set: `send` only queues the message (a durable job,
 * retried with backoff if the server is down), and the background worker delivers it, so a
 * slow mail server never slows a page. Otherwise mail is kept in the database outbox, shown at
 * /dev/outbox outside production. nodemailer is loaded only when it is used.
 */
export function createMailer(config: Config, db: Db, logger: Logger): Mailer {
  const { smtpUrl, from } = config.mail;
  if (smtpUrl) {
    const transport = import('nodemailer').then((m) => m.default.createTransport(smtpUrl));
    return {
      transport: 'smtp',
      async send(mail, options) {
        await enqueue(db, {
          kind: MAIL_JOB,
          payload: { ...mail },
          dedupeKey: options?.dedupeKey ? `mail:${options.dedupeKey}` : undefined,
        });
      },
      handlers: {
        async [MAIL_JOB](payload) {
          const mail = payload as Mail;
          await (await transport).sendMail({
            from,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            headers: mail.headers,
          });
          logger.info({ kind: mail.kind }, 'mail sent');
        },
      },
    };
  }
  if (config.env === 'production') {
    logger.warn('SMTP_URL is not set: e-mail is kept in the outbox table and not delivered');
  }
  return {
    transport: 'outbox',
    handlers: {},
    async send(mail) {
      const { to, subject, text, html, kind } = mail;
      await db.insert(mailOutbox).values({ to, subject, text, html, kind });
      logger.debug({ kind: mail.kind }, 'mail kept in the outbox');
    },
  };
}

/** The newest messages in the outbox, for the development page and tests. */
export function readOutbox(db: Db, limit = 50) {
  return db
    .select({
      id: mailOutbox.id,
      at: mailOutbox.at,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      html: mailOutbox.html,
      kind: mailOutbox.kind,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(limit);
}
