/**
 * Danish: written as Danish copy, not translated sentence by sentence. Du-form, short
 * sentences, the words Danes use for these things (videokonsultation, bookingside,
 * bekræftelsesmail, venteværelse, på tomandshånd), the same in every industry (and on the FAQ
 * page): bookingside, bekræftelsesmail, link, Microsoft Teams-appen, virtuelt venteværelse.
 */
import type { LocaleStrings } from '../types.js';

const join = {
  title: 'Deltag fra mobil eller pc',
  body: 'Åbn linket i en browser eller i Microsoft Teams-appen. Du skal ikke installere noget.',
};

const need = {
  heading: 'Det skal du bruge',
  items: ['En mobil, tablet eller computer med kamera, mikrofon og højttaler', 'En stabil internetforbindelse', 'Et roligt sted, hvor du kan tale uforstyrret'],
};

export const daDK: LocaleStrings = {
  locale: 'da-DK',
  lang: 'da-DK',
  script: 'latin',
  howItWorks: 'Sådan foregår det',
  noteLabel: 'Godt at vide: ',
  links: { booking: 'Book tid', billing: 'Betaling og regninger', homepage: 'Hjemmeside' },
  qrCaption: 'Scan og book',
  logoPlaceholder: 'Logo',
  documentTitle: 'Vejledning til videoaftaler ({industry})',
  industries: {
    healthcare: {
      title: 'Din videokonsultation',
      subtitle: 'Tal med din behandler over video – uanset hvor du er.',
      steps: {
        book: { title: 'Book en tid', body: 'Vælg en tid på vores bookingside. Du kan også ringe eller skrive til os.' },
        confirm: { title: 'Tjek din mail', body: 'Du får en bekræftelse med dato, tidspunkt og dit personlige link til samtalen.' },
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
    },
    'financial-services': {
      title: 'Mød din rådgiver på video',
      subtitle: 'Få personlig rådgivning uden at tage ind i banken.',
      steps: {
        book: { title: 'Book et møde', body: 'Vælg en tid på vores bookingside. Du kan også ringe eller skrive til os.' },
        confirm: { title: 'Tjek din mail', body: 'I bekræftelsen står dato, tidspunkt og dit link til mødet.' },
        join,
        lobby: { title: 'Vent på din rådgiver', body: 'Du venter i et virtuelt venteværelse, indtil din rådgiver lukker dig ind.' },
        meet: { title: 'Tal med din rådgiver', body: 'I mødes på tomandshånd – ligesom i banken – og gennemgår dine spørgsmål sammen.' },
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
    },
    retail: {
      title: 'Shop med os på video',
      subtitle: 'Få personlig hjælp fra en af vores medarbejdere, uanset hvor du er.',
      steps: {
        book: { title: 'Book en tid', body: 'Vælg en tid på vores bookingside. Du kan også ringe eller skrive til os.' },
        confirm: { title: 'Tjek din mail', body: 'I bekræftelsen står dato, tidspunkt og dit link til samtalen.' },
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
      steps: {
        book: { title: 'Book en tid', body: 'Vælg en tid på vores bookingside. Du kan også ringe eller skrive til os.' },
        confirm: { title: 'Tjek din mail', body: 'Du får en bekræftelse med dato, tidspunkt og dit link til mødet.' },
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
