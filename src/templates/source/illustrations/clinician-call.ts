/** Healthcare: a clinician with a stethoscope on a laptop screen, the patient's self-view, a heart. */
import type { Illustration } from './types.js';

export const clinicianCall: Illustration = {
  name: 'clinician-call',
  description: 'A clinician talking to a patient in a video call on a laptop',
  width: 260,
  height: 190,
  body: `
  <circle cx="138" cy="96" r="88" fill="accent1 lighter80"/>
  <path d="M196 22 l3 7 l7 3 l-7 3 l-3 7 l-3 -7 l-7 -3 l7 -3 Z" fill="accent3"/>
  <circle cx="226" cy="58" r="3" fill="accent2"/>
  <circle cx="34" cy="128" r="3" fill="accent3"/>

  <rect x="46" y="34" width="172" height="114" rx="9" fill="tx2"/>
  <rect x="53" y="41" width="158" height="100" rx="3" fill="accent1 lighter60"/>
  <path d="M98 141 C98 118 108 108 132 106 C156 108 166 118 166 141 Z" fill="bg1"/>
  <path d="M122 107 L132 124 L142 107 C138 106 126 106 122 107 Z" fill="accent1"/>
  <rect x="126" y="94" width="12" height="14" rx="4" fill="accent2 lighter80"/>
  <circle cx="132" cy="82" r="17" fill="accent2 lighter80"/>
  <path d="M115 82 C113 66 122 60 133 60 C145 60 151 68 149 82 C147 74 141 70 134 71 C126 72 120 74 115 82 Z" fill="tx2"/>
  <path d="M114 108 C110 120 114 129 122 130" stroke="tx2" stroke-width="2.4" fill="none"/>
  <path d="M150 108 C154 120 150 129 142 130" stroke="tx2" stroke-width="2.4" fill="none"/>
  <circle cx="132" cy="131" r="5" fill="tx2"/>
  <circle cx="132" cy="131" r="2" fill="accent1 lighter60"/>

  <rect x="171" y="47" width="34" height="26" rx="3" fill="accent2 lighter40"/>
  <circle cx="188" cy="57" r="5.5" fill="bg1"/>
  <path d="M178 73 C178 66 182 64 188 64 C194 64 198 66 198 73 Z" fill="bg1"/>

  <rect x="60" y="124" width="36" height="11" rx="5.5" fill="tx2"/>
  <circle cx="68" cy="129.5" r="2.6" fill="bg1"/>
  <circle cx="78" cy="129.5" r="2.6" fill="bg1"/>
  <circle cx="88" cy="129.5" r="2.6" fill="accent3"/>

  <path d="M30 148 H234 L226 160 H38 Z" fill="tx2 lighter25"/>
  <rect x="114" y="148" width="36" height="4" rx="2" fill="tx2"/>

  <rect x="10" y="30" width="48" height="36" rx="11" fill="accent2"/>
  <path d="M24 64 L20 76 L34 66 Z" fill="accent2"/>
  <path d="M34 58 C24 51 21 46 24 42 C27 38 32 39 34 43 C36 39 41 38 44 42 C47 46 44 51 34 58 Z" fill="bg1"/>

  <path d="M226 160 C226 150 229 138 236 130 C236 141 233 152 230 160 Z" fill="accent1"/>
  <path d="M230 160 C232 148 240 141 250 139 C246 148 240 156 233 160 Z" fill="accent1 darker25"/>
  <path d="M224 160 C220 150 214 144 206 142 C208 151 214 157 222 160 Z" fill="accent1 darker25"/>
  <path d="M214 158 H244 L240 178 H218 Z" fill="accent2 darker25"/>
`,
};
