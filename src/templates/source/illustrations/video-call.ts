/** Any organisation: two people in a video call on a laptop, a chat bubble and a calendar card. */
import type { Illustration } from './types.js';

export const videoCall: Illustration = {
  name: 'video-call',
  description: 'Two people talking in a video call on a laptop',
  width: 260,
  height: 190,
  body: `
  <circle cx="132" cy="96" r="88" fill="accent1 lighter80"/>
  <path d="M230 108 l3 7 l7 3 l-7 3 l-3 7 l-3 -7 l-7 -3 l7 -3 Z" fill="accent3"/>
  <circle cx="24" cy="140" r="3" fill="accent2"/>

  <rect x="46" y="34" width="172" height="114" rx="9" fill="tx2"/>
  <rect x="53" y="41" width="158" height="100" rx="3" fill="bg1"/>
  <rect x="57" y="45" width="73" height="78" rx="3" fill="accent1 lighter60"/>
  <rect x="134" y="45" width="73" height="78" rx="3" fill="accent2 lighter60"/>
  <path d="M68 123 C68 104 76 97 93 96 C110 97 118 104 118 123 Z" fill="accent1"/>
  <rect x="88" y="84" width="10" height="13" rx="3" fill="accent2 lighter80"/>
  <circle cx="93" cy="75" r="13" fill="accent2 lighter80"/>
  <path d="M80 76 C78 62 86 58 94 58 C103 58 108 64 106 74 C103 67 97 65 92 66 C86 67 82 70 80 76 Z" fill="tx2"/>
  <path d="M145 123 C145 104 153 97 170 96 C187 97 195 104 195 123 Z" fill="accent2 darker25"/>
  <rect x="165" y="84" width="10" height="13" rx="3" fill="accent2 lighter80"/>
  <circle cx="170" cy="75" r="13" fill="accent2 lighter80"/>
  <path d="M156 78 C152 60 162 57 170 57 C180 57 188 62 184 78 C185 96 188 100 190 104 L178 104 C182 94 182 84 180 74 C176 68 164 68 160 74 C158 84 158 94 162 104 L150 104 C152 100 155 96 156 78 Z" fill="accent1 darker50"/>

  <rect x="108" y="127" width="48" height="11" rx="5.5" fill="tx2"/>
  <circle cx="122" cy="132.5" r="2.6" fill="bg1"/>
  <circle cx="132" cy="132.5" r="2.6" fill="bg1"/>
  <circle cx="142" cy="132.5" r="2.6" fill="accent3"/>

  <path d="M30 148 H234 L226 160 H38 Z" fill="tx2 lighter25"/>
  <rect x="114" y="148" width="36" height="4" rx="2" fill="tx2"/>

  <rect x="8" y="22" width="52" height="34" rx="11" fill="accent2"/>
  <path d="M44 54 L52 66 L34 56 Z" fill="accent2"/>
  <circle cx="22" cy="39" r="3.5" fill="bg1"/>
  <circle cx="34" cy="39" r="3.5" fill="bg1"/>
  <circle cx="46" cy="39" r="3.5" fill="bg1"/>

  <rect x="206" y="10" width="46" height="44" rx="6" fill="bg1" stroke="accent1 lighter60" stroke-width="1.5"/>
  <path d="M206 16 C206 12.7 208.7 10 212 10 H246 C249.3 10 252 12.7 252 16 V22 H206 Z" fill="accent3"/>
  <path d="M220 38 L227 45 L239 31" stroke="accent1" stroke-width="3.4" fill="none"/>
`,
};
