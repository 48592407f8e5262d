import { desc } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { mailOutbox } from '../../db/schema/index.js';
import type { Logger } from '../../lib/logger.js';

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What kind of mail this is (for the outbox and logs; never the address). */
  kind: string;
};

export type Mailer = {
  send(mail: Mail): Promise<void>;
  /** Where mail goes: 'smtp' or the development 'outbox'. */
  transport: 'smtp' | 'outbox';
};

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise mail is kept in the database outbox,
 * shown at /dev/outbox outside production. nodemailer is loaded only when it is used.
 */
export function createMailer(config: Config, db: Db, logger: Logger): Mailer {
  const { smtpUrl, from } = config.mail;
  if (smtpUrl) {
    const transport = import('nodemailer').then((m) => m.default.createTransport(smtpUrl));
    return {
      transport: 'smtp',
      async send(mail) {
        await (await transport).sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
        logger.info({ kind: mail.kind }, 'mail sent');
      },
    };
  }
  if (config.env === 'production') {
    logger.warn('SMTP_URL is not set: e-mail is kept in the outbox table and not delivered');
  }
  return {
    transport: 'outbox',
    async send(mail) {
      await db.insert(mailOutbox).values(mail);
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
