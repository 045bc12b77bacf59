/**
 * Danish: written as Danish copy, not translated sentence by sentence. Du-form, short
 * sentences, the words Danes use for these things (videokonsultation, bookingside,
 * bekræftelsesmail, venteværelse, på tomandshånd), the same in every industry (and on the FAQ
 * page): bookingside, bekræftelsesmail, link, Microsoft Teams-appen, virtuelt venteværelse.
 * No hyphenation: Danish compounds (videokonsultation, bekræftelsesmail) are never split, so the
 * columns are wide enough for the longest of them.
 */
import type { LocaleStrings } from '../types.js';

const join = {
  title: 'Deltag fra mobil eller pc',
  body: 'Åbn linket i en browser eller i Microsoft Teams-appen. Du skal ikke installere noget.',
};

const need = {
  heading: 'Det skal du bruge',
  items: ['En mobil, tablet eller computer med kamera og mikrofon', 'God internetforbindelse og et roligt sted, hvor du kan tale uforstyrret'],
};

export const daDK: LocaleStrings = {
  locale: 'da-DK',
  lang: 'da-DK',
  script: 'latin',
  howItWorks: 'Sådan foregår det',
  noteLabel: 'Godt at vide: ',
  labelSeparator: ': ',
  links: { booking: 'Book tid', billing: 'Betaling og regninger', homepage: 'Hjemmeside' },
  qrCaption: 'Scan for at booke',
  ctaLead: 'eller gå til ',
  help: {
    heading: 'Kan du ikke komme ind?',
    tip: 'Intet billede eller ingen lyd? Giv browseren adgang til kamera og mikrofon, eller brug Teams-appen.',
    phone: 'Virker det stadig ikke? Ring til os på {{helpPhone}}.',
  },
  tips: {
    heading: 'Gode råd til videoopkaldet',
    items: ['Brug høretelefoner for klarere lyd', 'Sid med ansigtet mod lyset', 'Sørg for strøm på enheden', 'Luk andre apps, der bruger kameraet'],
  },
  writeIn: { heading: 'Din aftale', date: 'Dato', time: 'Kl.', with: 'Hos' },
  logoPlaceholder: 'Logo',
  documentTitle: 'Vejledning til videoaftaler ({industry})',
  industries: {
    healthcare: {
      title: 'Din videokonsultation',
      subtitle: 'Tal med din behandler over video – uanset hvor du er.',
      stepsTitle: 'Sådan foregår din konsultation',
      steps: {
        book: { title: 'Book en tid', body: 'Vælg en tid på vores bookingside, eller ring eller skriv til os.' },
        confirm: { title: 'Tjek din mail', body: 'Bekræftelsesmailen har dato, tidspunkt og dit personlige link.' },
        join,
        lobby: { title: 'Vent på din tur', body: 'Du venter i et virtuelt venteværelse, indtil din behandler lukker dig ind.' },
        meet: { title: 'Tal med din behandler', body: 'I taler sammen på tomandshånd – præcis som ved et almindeligt besøg.' },
      },
      beforeTitle: 'Før din videokonsultation',
      need,
      prepare: {
        heading: 'Gør dig klar',
        items: ['Test kamera, mikrofon og lyd', 'Hav din medicinliste og dine spørgsmål klar', 'Vær klar et par minutter før tid'],
      },
      cancel: {
        heading: 'Aflys eller flyt tiden',
        body: 'Brug linket i din bekræftelsesmail, eller ring til os. Giv besked så tidligt som muligt, så en anden patient kan få tiden.',
      },
      privacy: 'Samtalen er fortrolig og optages ikke.',
      interpreter: 'Brug for tolk eller liveundertekster? Sig det, når du booker.',
    },
    'financial-services': {
      title: 'Mød din rådgiver på video',
      subtitle: 'Få personlig rådgivning uden at tage ind i banken.',
      stepsTitle: 'Sådan foregår mødet',
      steps: {
        book: { title: 'Book et møde', body: 'Vælg en tid, der passer dig, på vores bookingside, eller ring eller skriv til os.' },
        confirm: { title: 'Tjek din mail', body: 'Bekræftelsesmailen har dato, tidspunkt og dit link til mødet.' },
        join,
        lobby: { title: 'Vent på din rådgiver', body: 'Du venter i et virtuelt venteværelse, indtil din rådgiver lukker dig ind.' },
        meet: { title: 'Tal det hele igennem', body: 'I mødes på tomandshånd – ligesom i banken – og gennemgår dine spørgsmål sammen.' },
      },
      beforeTitle: 'Før dit møde',
      need,
      prepare: {
        heading: 'Gør dig klar',
        items: ['Test kamera, mikrofon og lyd', 'Hav legitimation og relevante papirer klar', 'Skriv dine spørgsmål ned på forhånd'],
      },
      cancel: {
        heading: 'Aflys eller flyt mødet',
        body: 'Brug linket i din bekræftelsesmail, eller ring til os, så finder vi en ny tid, der passer dig.',
      },
      notice: {
        heading: 'Din sikkerhed',
        body: 'Vi beder dig aldrig om adgangskoder, pinkoder eller dine MitID-oplysninger – hverken på video, i telefonen eller på mail.',
      },
    },
    retail: {
      title: 'Shop med os på video',
      subtitle: 'Få personlig hjælp fra en af vores medarbejdere.',
      stepsTitle: 'Sådan foregår det',
      steps: {
        book: { title: 'Book en tid', body: 'Vælg en tid på vores bookingside, eller ring eller skriv til butikken.' },
        confirm: { title: 'Tjek din mail', body: 'Bekræftelsesmailen har dato, tidspunkt og dit link til samtalen.' },
        join,
        lobby: { title: 'Vent et øjeblik', body: 'Du venter kort i et virtuelt venteværelse, indtil en medarbejder lukker dig ind.' },
        meet: { title: 'Få personlig hjælp', body: 'Vi viser dig varerne, svarer på dine spørgsmål og hjælper dig med at vælge.' },
      },
      beforeTitle: 'Før din videosamtale',
      need,
      prepare: {
        heading: 'Gør dig klar',
        items: ['Test kamera, mikrofon og lyd', 'Hav ordrenummer, billeder eller mål klar', 'Skriv ned, hvad du gerne vil have vist'],
      },
      cancel: {
        heading: 'Aflys eller flyt tiden',
        body: 'Brug linket i din bekræftelsesmail, eller ring til butikken, så finder vi gerne en ny tid.',
      },
    },
    generic: {
      title: 'Dit videomøde med os',
      subtitle: 'Mød os på video – hjemmefra eller hvor du ellers er.',
      stepsTitle: 'Sådan foregår det',
      steps: {
        book: { title: 'Book en tid', body: 'Vælg en tid på vores bookingside, eller ring eller skriv til os.' },
        confirm: { title: 'Tjek din mail', body: 'Bekræftelsesmailen har dato, tidspunkt og dit link til mødet.' },
        join,
        lobby: { title: 'Vent på at blive lukket ind', body: 'Du venter i et virtuelt venteværelse, indtil en medarbejder lukker dig ind.' },
        meet: { title: 'Mød os på tomandshånd', body: 'Du taler direkte med en af vores medarbejdere, ligesom når vi ses fysisk.' },
      },
      beforeTitle: 'Før dit videomøde',
      need,
      prepare: {
        heading: 'Gør dig klar',
        items: ['Test kamera, mikrofon og lyd', 'Hav papirer og spørgsmål parat', 'Vær klar et par minutter før tid'],
      },
      cancel: {
        heading: 'Aflys eller flyt tiden',
        body: 'Brug linket i din bekræftelsesmail, eller ring til os. Giv besked så tidligt som muligt.',
      },
    },
  },
  additionalInfoSample:
    'Hav dit sundhedskort og en liste over den medicin, du tager, klar inden samtalen. Har du brug for en tolk, så sig det, ' +
    'når du booker, så inviterer vi en med. Kan du ikke deltage på video, kan du ringe på 70 10 20 30, så laver vi aftalen ' +
    'om til en telefonkonsultation på samme tidspunkt. Vi starter til tiden: Kommer du mere end ti minutter for sent, må vi ' +
    'finde en ny tid. Recepter og prøvesvar finder du på sundhed.dk eller i appen MinSundhed. Har du akut brug for hjælp uden ' +
    'for åbningstiden, så ring til lægevagten eller 112. ' +
    'Brug gerne høretelefoner, så samtalen bliver mellem dig og behandleren.',
  longOrganizationSample: 'Hovedstadens Ambulatorium for Børne- og Ungdomspsykiatri, Afdeling for Videokonsultationer, Glostrup',
};
