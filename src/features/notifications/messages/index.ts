import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The notification centre's words and its e-mails'. A new language adds its file and its entry here. */
export const notificationText = defineMessages({ en, es });
export type NotificationText = ReturnType<typeof notificationText>;
