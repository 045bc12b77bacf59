import type { Locale } from '../../brand/schema.js';
import { daDKFaq } from './da-DK.js';
import { enFaq } from './en.js';
import type { FaqCopy } from './types.js';
import { zhCNFaq } from './zh-CN.js';

export type { FaqCopy, FaqIndustryCopy } from './types.js';

export const FAQ_COPY: Readonly<Record<Locale, FaqCopy>> = Object.freeze({ en: enFaq, 'da-DK': daDKFaq, 'zh-CN': zhCNFaq });
