import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The rooms' words in the reader's language: one catalogue file per language. */
export const roomText = defineMessages({ en, es });
export type RoomText = ReturnType<typeof roomText>;
