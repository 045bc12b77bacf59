import type { Locale } from '../../../brand/schema.js';
import type { LocaleStrings } from '../types.js';
import { daDK } from './da-DK.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

export const LOCALE_STRINGS: Readonly<Record<Locale, LocaleStrings>> = Object.freeze({ en, 'da-DK': daDK, 'zh-CN': zhCN });
