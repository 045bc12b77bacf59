/** Banks, insurers and advisors: navy and gold, serif headings that read as trustworthy. */
import type { IndustrySource } from '../types.js';

export const financialServices: IndustrySource = {
  id: 'financial-services',
  themeName: 'Financial services',
  palette: {
    dk1: '1F2933',
    lt1: 'FFFFFF',
    dk2: '14304F',
    lt2: 'EDF1F6',
    accent1: '2C5F8A',
    accent2: 'C9A44C',
    accent3: '3E7374',
    accent4: '9DB4CC',
    accent5: '6B7F99',
    accent6: 'D9C38A',
    hlink: '1F5A8C',
    folHlink: '55606E',
  },
  fonts: { heading: 'Merriweather', body: 'Inter' },
  design: 'columns',
  illustration: 'advisor-call',
  icons: {
    steps: { book: 'calendar-plus', confirm: 'mail-check', join: 'monitor-smartphone', lobby: 'hourglass', meet: 'handshake' },
    need: 'webcam',
    prepare: 'file-text',
    cancel: 'calendar-sync',
    help: 'life-buoy',
    notice: 'shield-check',
  },
};
