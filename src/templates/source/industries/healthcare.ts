/** Clinics, practices and hospitals: calm teal, a warm highlight, friendly geometric headings. */
import type { IndustrySource } from '../types.js';

export const healthcare: IndustrySource = {
  id: 'healthcare',
  themeName: 'Healthcare',
  palette: {
    dk1: '1F2933',
    lt1: 'FFFFFF',
    dk2: '0B4F4C',
    lt2: 'E8F3F2',
    accent1: '0F7D74',
    accent2: 'F2A65A',
    accent3: 'E76F51',
    accent4: '8CCFC7',
    accent5: '3D5A80',
    accent6: 'B8D8D0',
    hlink: '0B6B66',
    folHlink: '4E6462',
  },
  fonts: { heading: 'Montserrat', body: 'Inter' },
  design: 'timeline',
  illustration: 'clinician-call',
  icons: {
    steps: { book: 'calendar-plus', confirm: 'mail-check', join: 'monitor-smartphone', lobby: 'armchair', meet: 'stethoscope' },
    need: 'webcam',
    prepare: 'clipboard-list',
    cancel: 'calendar-sync',
    help: 'life-buoy',
  },
};
