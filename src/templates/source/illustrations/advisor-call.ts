/** Financial services: an advisor in a video call on a laptop, a chart card, coins and a shield. */
import type { Illustration } from './types.js';

export const advisorCall: Illustration = {
  name: 'advisor-call',
  description: 'An advisor talking to a client in a video call on a laptop',
  width: 260,
  height: 190,
  body: `
  <circle cx="136" cy="96" r="88" fill="accent1 lighter80"/>
  <circle cx="228" cy="34" r="3" fill="accent2"/>
  <circle cx="22" cy="150" r="3" fill="accent2"/>

  <rect x="46" y="34" width="172" height="114" rx="9" fill="tx2"/>
  <rect x="53" y="41" width="158" height="100" rx="3" fill="accent1 lighter60"/>
  <path d="M96 141 C96 117 106 107 132 105 C158 107 168 117 168 141 Z" fill="accent1 darker25"/>
  <path d="M121 106 L132 122 L143 106 C139 105 125 105 121 106 Z" fill="bg1"/>
  <path d="M129 109 L135 109 L137 130 L132 136 L127 130 Z" fill="accent2"/>
  <path d="M121 106 L128 124 L118 116 Z" fill="accent1"/>
  <path d="M143 106 L136 124 L146 116 Z" fill="accent1"/>
  <rect x="126" y="93" width="12" height="14" rx="4" fill="accent2 lighter80"/>
  <circle cx="132" cy="81" r="17" fill="accent2 lighter80"/>
  <path d="M115 80 C114 66 122 61 132 61 C144 61 150 67 149 80 C146 72 139 69 130 70 C123 71 118 74 115 80 Z" fill="tx2"/>

  <rect x="171" y="47" width="34" height="26" rx="3" fill="accent2 lighter40"/>
  <circle cx="188" cy="57" r="5.5" fill="bg1"/>
  <path d="M178 73 C178 66 182 64 188 64 C194 64 198 66 198 73 Z" fill="bg1"/>

  <rect x="60" y="124" width="36" height="11" rx="5.5" fill="tx2"/>
  <circle cx="68" cy="129.5" r="2.6" fill="bg1"/>
  <circle cx="78" cy="129.5" r="2.6" fill="bg1"/>
  <circle cx="88" cy="129.5" r="2.6" fill="accent3"/>

  <path d="M30 148 H234 L226 160 H38 Z" fill="tx2 lighter25"/>
  <rect x="114" y="148" width="36" height="4" rx="2" fill="tx2"/>

  <rect x="6" y="46" width="62" height="50" rx="7" fill="bg1" stroke="accent1 lighter60" stroke-width="1.5"/>
  <rect x="15" y="74" width="8" height="14" rx="1.5" fill="accent1 lighter40"/>
  <rect x="27" y="66" width="8" height="22" rx="1.5" fill="accent1"/>
  <rect x="39" y="70" width="8" height="18" rx="1.5" fill="accent1 lighter40"/>
  <rect x="51" y="58" width="8" height="30" rx="1.5" fill="accent2"/>
  <path d="M16 64 L31 56 L43 60 L57 48" stroke="tx2" stroke-width="2" fill="none"/>

  <ellipse cx="234" cy="176" rx="18" ry="5" fill="accent2 darker25"/>
  <rect x="216" y="166" width="36" height="10" fill="accent2 darker25"/>
  <ellipse cx="234" cy="166" rx="18" ry="5" fill="accent2"/>
  <rect x="216" y="156" width="36" height="10" fill="accent2 darker25"/>
  <ellipse cx="234" cy="156" rx="18" ry="5" fill="accent2"/>
  <ellipse cx="234" cy="156" rx="9" ry="2.4" fill="accent2 darker25"/>

  <path d="M222 6 L244 14 V30 C244 42 234 50 222 54 C210 50 200 42 200 30 V14 Z" fill="accent3"/>
  <path d="M212 29 L219 36 L232 22" stroke="bg1" stroke-width="3.4" fill="none"/>
`,
};
