/** Retail: a store associate holding up a shirt on a phone screen, a shopping bag and a tag. */
import type { Illustration } from './types.js';

export const storeCall: Illustration = {
  name: 'store-call',
  description: 'A store associate showing a shirt in a video call on a phone',
  width: 260,
  height: 190,
  body: `
  <circle cx="130" cy="98" r="86" fill="accent1 lighter80"/>
  <path d="M40 30 l3 7 l7 3 l-7 3 l-3 7 l-3 -7 l-7 -3 l7 -3 Z" fill="accent2"/>
  <path d="M222 96 l2 5 l5 2 l-5 2 l-2 5 l-2 -5 l-5 -2 l5 -2 Z" fill="accent3"/>
  <circle cx="58" cy="150" r="3" fill="accent3"/>

  <rect x="86" y="8" width="90" height="174" rx="14" fill="tx2"/>
  <rect x="92" y="18" width="78" height="154" rx="6" fill="accent1 lighter60"/>
  <rect x="120" y="11" width="22" height="4" rx="2" fill="tx2 lighter25"/>

  <path d="M98 172 C98 142 106 128 120 126 C134 128 142 142 142 172 Z" fill="accent1"/>
  <path d="M112 127 C114 135 126 135 128 127 C124 126 116 126 112 127 Z" fill="accent2 lighter60"/>
  <rect x="114" y="110" width="12" height="17" rx="4" fill="accent2 lighter80"/>
  <circle cx="120" cy="100" r="14" fill="accent2 lighter80"/>
  <path d="M105 104 C101 86 109 80 121 80 C134 80 139 88 136 104 C134 94 129 91 120 91 C112 91 108 96 105 104 Z" fill="tx2"/>
  <path d="M104 104 C102 116 103 124 107 128 L103 130 C98 122 99 111 104 104 Z" fill="tx2"/>
  <path d="M136 134 C144 124 148 112 150 100" stroke="accent1" stroke-width="8" fill="none"/>
  <circle cx="150" cy="98" r="4.5" fill="accent2 lighter80"/>

  <path d="M150 44 C150 40 153 38 155 39 C157 40 157 43 155 45 L150 49" stroke="tx2" stroke-width="1.8" fill="none"/>
  <path d="M150 49 L136 57 H164 Z" stroke="tx2" stroke-width="1.8" fill="none"/>
  <path d="M139 56 H161 L168 63 L163 68 V94 H137 V68 L132 63 Z" fill="accent3"/>
  <path d="M145 56 C146 61 154 61 155 56 Z" fill="accent3 darker25"/>

  <path d="M186 112 H234 L238 176 H182 Z" fill="accent2"/>
  <path d="M186 112 H234 L234 120 H186 Z" fill="accent2 darker25"/>
  <path d="M198 120 V108 C198 98 222 98 222 108 V120" stroke="tx2" stroke-width="3" fill="none"/>

  <path d="M22 84 L54 84 L66 96 L54 108 L22 108 Z" fill="accent3"/>
  <circle cx="55" cy="96" r="3.5" fill="bg1"/>
  <rect x="28" y="92" width="18" height="3" rx="1.5" fill="bg1"/>
  <rect x="28" y="99" width="12" height="3" rx="1.5" fill="bg1"/>
`,
};
