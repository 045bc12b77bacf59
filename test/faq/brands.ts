/**
 * Brands for the FAQ tests: every policy field (in the brand's own language), none, and hostile
 * strings in every text field a brand can type.
 */
import type { BrandInput, Locale } from '../../src/brand/schema.js';

export const HOSTILE = `<script>window.__pwned=1</script>"'><img src=x onerror="window.__pwned=2">&amp; & </script><!-- ]]>`;

const FULL_TEXTS: Record<Locale, { org: string; services: string; fees: string; methods: string[]; staff: string; cancel: string; equipment: string; portal: string; info: string }> = {
  en: {
    org: 'Harbour Family Clinic',
    services: 'Follow-up visits, test results and prescription renewals can be done by video.\nFirst visits and physical examinations need an in-person visit.',
    fees: 'A virtual visit costs the same as an in-person visit: $40 for most visits.',
    methods: ['Credit or debit card', 'Apple Pay', 'Invoice by email'],
    staff: 'All our family doctors and nurses see patients by video. Our physiotherapists see patients in person only.',
    cancel: 'If you cancel later, we may charge a late-cancellation fee of $20.',
    equipment: 'For skin consultations, please use a device with a good camera.',
    portal: 'MyHarbour',
    info: 'Please have your insurance card ready.',
  },
  'da-DK': {
    org: 'Fjord Klinik Århus',
    services: 'Opfølgning, prøvesvar og fornyelse af recepter kan klares på video.\nFørste besøg og undersøgelser kræver, at du møder op.',
    fees: 'En videokonsultation koster det samme som et almindeligt besøg.',
    methods: ['Betalingskort', 'MobilePay', 'Faktura'],
    staff: 'Alle vores læger og sygeplejersker tilbyder videokonsultationer. Vores fysioterapeuter ser kun patienter i klinikken.',
    cancel: 'Aflyser du senere, kan vi opkræve et gebyr på 150 kr.',
    equipment: 'Til hudkonsultationer skal du bruge en enhed med et godt kamera.',
    portal: 'MinKlinik',
    info: 'Husk dit sundhedskort.',
  },
  'zh-CN': {
    org: '浦东社区卫生服务中心',
    services: '复诊、查看检查结果和续开处方均可通过视频完成。\n初诊和体格检查需到院进行。',
    fees: '视频问诊的费用与到院就诊相同。',
    methods: ['微信支付', '支付宝', '银行卡'],
    staff: '我们的全科医生和护士均提供视频问诊。康复治疗师仅提供到院服务。',
    cancel: '如未按时取消，可能会收取 20 元的爽约费。',
    equipment: '皮肤科问诊请使用摄像头清晰的设备。',
    portal: '浦东健康',
    info: '请备好您的医保卡。',
  },
};

/** A brand with every policy field, in its locale's language. */
export function fullBrand(locale: Locale): BrandInput {
  const t = FULL_TEXTS[locale];
  return {
    organization: t.org,
    locale,
    colors: { primary: '#0B6E69', secondary: '#F2A541', accent: '#E4572E' },
    fonts: { heading: 'Montserrat', body: 'Source Sans 3' },
    links: { booking: 'https://clinic.example/book', billing: 'https://clinic.example/billing', homepage: 'https://clinic.example/' },
    additionalInfo: t.info,
    policy: {
      services: t.services,
      fees: t.fees,
      paymentMethods: t.methods,
      otherBooking: { phone: '+45 70 10 20 30', email: 'desk@clinic.example', social: [{ name: 'Facebook', url: 'https://facebook.example/clinic' }] },
      staff: t.staff,
      cancellation: { text: t.cancel, link: 'https://clinic.example/cancellation', noticeHours: 24 },
      equipment: t.equipment,
      portal: { url: 'https://portal.clinic.example/', name: t.portal },
    },
  };
}

/** Only what a brand must have. */
export function bareBrand(locale: Locale): BrandInput {
  return { organization: 'Bare Org', locale, colors: { primary: '#777777' } };
}

/** Hostile text in every field a brand can type (links stay valid: the schema refuses others). */
export function hostileBrand(locale: Locale): BrandInput {
  return {
    organization: `A&B "Quotes" <script>x</script>`,
    locale,
    colors: { primary: '#FFFF00', background: '#FFFFFF' },
    links: { booking: 'https://x.example/book?a=1&b="2"<script>', homepage: 'https://x.example/' },
    additionalInfo: `${HOSTILE}\nline two & more`,
    policy: {
      services: HOSTILE,
      fees: HOSTILE,
      paymentMethods: [HOSTILE.slice(0, 80), '**bold** [link](javascript:alert(1))'],
      otherBooking: { email: 'a&b@x.example', social: [{ name: HOSTILE.slice(0, 40), url: 'https://x.example/</script>' }] },
      staff: `# heading\n- list\n1. item\n> quote ${HOSTILE}`,
      cancellation: { text: HOSTILE, link: 'https://x.example/a"b\'c<d>' },
      equipment: '`code` <b>bold</b> &lt; &#x3C;',
      portal: { url: 'https://x.example/portal', name: HOSTILE.slice(0, 80) },
    },
  };
}
