/**
 * Danish FAQ copy, written as Danish (du-form, short sentences), not translated sentence by
 * sentence. Terms follow the handout (src/templates/source/locales/da-DK.ts): bookingside,
 * bekræftelsesmail, link, Microsoft Teams-appen, virtuelt venteværelse; and each industry's word
 * for the appointment (videokonsultation, videomøde, videosamtale).
 */
import type { FaqCopy } from './types.js';

const hours = (n: number) => (n === 1 ? '1 time' : `${n} timer`);

export const daDKFaq: FaqCopy = {
  sections: { basics: 'Det grundlæggende', booking: 'Booking', technology: 'Teknik' },
  questions: {
    what: 'Hvad er et videomøde?',
    differences: 'Hvad er forskellen på et videomøde og et fysisk møde?',
    flow: 'Hvordan foregår et videomøde?',
    payment: 'Hvordan betaler jeg?',
    book: 'Hvordan booker jeg et videomøde?',
    who: 'Hvem kan jeg holde videomøde med?',
    cancel: 'Hvordan aflyser eller flytter jeg min tid?',
    equipment: 'Hvad skal jeg bruge til et videomøde?',
    join: 'Hvordan deltager jeg i videomødet?',
  },
  flowLead: 'Det foregår i fem trin:',
  stepSeparator: ': ',
  paymentMethodsLead: 'Du kan betale med:',
  billingLead: 'Priser og betaling kan du læse om her: ',
  bookOnline: 'Vælg en tid på vores bookingside: ',
  bookOtherLead: 'Du kan også booke:',
  bookOtherOnly: 'Du kan booke:',
  bookContact: 'Kontakt os, så finder vi en tid til dig.',
  bookHomepage: 'Du finder vores kontaktoplysninger på vores hjemmeside: ',
  byPhone: 'på telefon ',
  byEmail: 'på mail ',
  onSocial: 'via {name}',
  notice: (notice) => `Giv besked senest ${notice} før din tid.`,
  duration: (n) => (n >= 48 && n % 24 === 0 ? `${n / 24} dage` : hours(n)),
  cancelPolicyLink: 'Læs vores regler for aflysning og flytning af tider: ',
  equipmentLead: 'Du kan deltage fra en hvilken som helst browser eller fra Microsoft Teams-appen. Du skal bruge:',
  joinLead: 'Dit personlige link til samtalen står i din bekræftelsesmail.',
  portal: (portal) => `Du kan også deltage via ${portal}: Log ind, og åbn din aftale dér.`,
  microsoftHelp: {
    lead: 'Microsoft viser trin for trin og med en kort video, hvordan du deltager: ',
    text: 'Deltag i en Bookings-aftale',
    href: 'https://support.microsoft.com/da-dk/office/join-a-bookings-appointment-as-an-attendee-95cea12d-2220-421f-a663-6efb20913c7f',
  },
  labels: {
    links: 'Book og kontakt',
    handoutHeading: 'Vejledningen',
    handoutText: 'Det hele samlet på én side – til at printe eller gemme på mobilen.',
    handoutDownload: (size) => `Hent vejledningen (PDF, ${size})`,
    handoutPreviewAlt: (title) => `Vejledningen „${title}“: de fem trin i et videomøde, og hvad du skal bruge`,
    logoAlt: (organization) => organization,
  },
  fileSize: (bytes) =>
    bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))}\u00a0kB` : `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')}\u00a0MB`,
  industries: {
    healthcare: {
      title: 'Videokonsultation: spørgsmål og svar',
      questions: {
        what: 'Hvad er en videokonsultation?',
        differences: 'Hvad er forskellen på en videokonsultation og et almindeligt besøg?',
        flow: 'Hvordan foregår en videokonsultation?',
        book: 'Hvordan booker jeg en videokonsultation?',
        who: 'Hvem kan jeg få en videokonsultation hos?',
        equipment: 'Hvad skal jeg bruge til en videokonsultation?',
        join: 'Hvordan deltager jeg i videokonsultationen?',
      },
      what:
        'En videokonsultation er en samtale på video med din behandler via Microsoft Teams. I taler sammen på tomandshånd ' +
        '– præcis som ved et almindeligt besøg – mens du sidder hjemme eller hvor du ellers er.',
      differences:
        'Du taler med de samme behandlere og får den samme opmærksomhed som ved et almindeligt besøg. Skal du undersøges, ' +
        'have taget prøver eller behandles, foregår det stadig i klinikken. Så siger din behandler det, og vi booker en tid, ' +
        'hvor du møder op.',
      who:
        'Du kan bede om at tale med den behandler, du plejer at se. Sig, hvem du gerne vil tale med, når du booker, så ' +
        'fortæller vi dig, om vedkommende tilbyder videokonsultationer.',
      portal: 'vores patientportal',
    },
    'financial-services': {
      title: 'Videomøde med din rådgiver: spørgsmål og svar',
      questions: {
        differences: 'Hvad er forskellen på et videomøde og et møde i banken?',
        who: 'Hvem kan jeg holde videomøde med?',
        cancel: 'Hvordan aflyser eller flytter jeg mødet?',
      },
      what:
        'Et videomøde er et møde på video med din rådgiver via Microsoft Teams. I mødes på tomandshånd – ligesom i banken ' +
        '– uden at du skal nogen steder.',
      differences:
        'Du får den samme personlige rådgivning som i banken, og din rådgiver kan gennemgå papirerne med dig på skærmen. ' +
        'Enkelte ting kan stadig kræve, at du kommer ind i banken, fx hvis vi skal se originale dokumenter. Det siger din ' +
        'rådgiver i så fald.',
      who:
        'Du kan bede om at tale med den rådgiver, du kender. Sig, hvem du gerne vil tale med, når du booker, så fortæller ' +
        'vi dig, om vedkommende holder videomøder.',
      portal: 'din netbank',
    },
    retail: {
      title: 'Shop med os på video: spørgsmål og svar',
      questions: {
        what: 'Hvad er en videosamtale?',
        differences: 'Hvad er forskellen på en videosamtale og et besøg i butikken?',
        flow: 'Hvordan foregår en videosamtale?',
        book: 'Hvordan booker jeg en videosamtale?',
        who: 'Hvem taler jeg med?',
        equipment: 'Hvad skal jeg bruge til en videosamtale?',
        join: 'Hvordan deltager jeg i videosamtalen?',
      },
      what:
        'En videosamtale er et personligt møde på video med en af vores medarbejdere via Microsoft Teams. Du får hjælp på ' +
        'tomandshånd – ligesom i butikken – uanset hvor du er.',
      differences:
        'Vores medarbejder viser dig varerne på kameraet, svarer på dine spørgsmål og hjælper dig med at vælge – ligesom i ' +
        'butikken. Vil du prøve en vare eller mærke på materialet, skal du dog stadig forbi butikken.',
      who:
        'Du taler med en af vores medarbejdere. Vil du gerne tale med en bestemt person eller have hjælp fra en bestemt ' +
        'afdeling, så skriv det, når du booker.',
      portal: 'din kundekonto',
    },
    generic: {
      title: 'Videomøder: spørgsmål og svar',
      questions: {},
      what:
        'Et videomøde er et møde på video med en af vores medarbejdere via Microsoft Teams. I taler sammen på tomandshånd ' +
        '– ligesom når vi ses fysisk – hjemmefra eller hvor du ellers er.',
      differences:
        'Du møder de samme medarbejdere og får den samme hjælp, som når vi ses fysisk. Er der noget, der kun kan klares ' +
        'ved et fysisk møde, siger vi det og finder en tid, hvor du kan komme forbi.',
      who:
        'Du taler med en af vores medarbejdere. Vil du gerne tale med en bestemt person, så sig det, når du booker, så ' +
        'fortæller vi dig, om vedkommende holder videomøder.',
      portal: 'vores kundeportal',
    },
  },
};
