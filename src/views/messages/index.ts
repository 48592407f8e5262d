import { defineMessages } from '../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The shell's words: header, navigation, footer, language switcher and error pages. A new language adds its file and its entry here. */
export const shellText = defineMessages({ en, es });
export type ShellText = ReturnType<typeof shellText>;
