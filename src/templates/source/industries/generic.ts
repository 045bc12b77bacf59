/** Any organisation: a neutral slate palette that any brand colour replaces cleanly. */
import type { IndustrySource } from '../types.js';

export const generic: IndustrySource = {
  id: 'generic',
  themeName: 'Neutral',
  palette: {
    dk1: '1F2933',
    lt1: 'FFFFFF',
    dk2: '243447',
    lt2: 'EEF1F5',
    accent1: '4A6FA5',
    accent2: 'E0A458',
    accent3: '5F9C8F',
    accent4: 'A9BCD6',
    accent5: '5C6B7A',
    accent6: 'C9D3DF',
    hlink: '2F5C8F',
    folHlink: '5F6B7B',
  },
  fonts: { heading: 'Inter', body: 'Inter' },
  design: 'rows',
  illustration: 'video-call',
  icons: {
    steps: { book: 'calendar-plus', confirm: 'mail-check', join: 'monitor-smartphone', lobby: 'armchair', meet: 'users' },
    need: 'webcam',
    prepare: 'list-checks',
    cancel: 'calendar-sync',
    help: 'life-buoy',
  },
};
