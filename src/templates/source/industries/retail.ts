/** Shops and showrooms: plum and raspberry with a mustard highlight, lively but not loud. */
import type { IndustrySource } from '../types.js';

export const retail: IndustrySource = {
  id: 'retail',
  themeName: 'Retail',
  palette: {
    dk1: '1F2933',
    lt1: 'FFFFFF',
    dk2: '4A1D3F',
    lt2: 'F7EEF3',
    accent1: 'B8364A',
    accent2: 'EDAE49',
    accent3: '00798C',
    accent4: 'F2B5BE',
    accent5: '7A4E6E',
    accent6: 'F6D89B',
    hlink: '9B2C4A',
    folHlink: '6E5463',
  },
  fonts: { heading: 'Lora', body: 'Inter' },
  design: 'cards',
  illustration: 'store-call',
  icons: {
    steps: { book: 'calendar-plus', confirm: 'mail-check', join: 'monitor-smartphone', lobby: 'door-open', meet: 'shopping-bag' },
    need: 'webcam',
    prepare: 'list-checks',
    cancel: 'calendar-sync',
    help: 'life-buoy',
  },
};
