/**
 * English FAQ copy (US English, as the handout): plain, friendly, second person, short
 * sentences. Terms follow the handout (src/templates/source/locales/en.ts): booking page,
 * confirmation email, join link, Microsoft Teams app, virtual waiting room; and each industry's
 * own word for the appointment (virtual visit, video meeting, video call, virtual appointment).
 */
import type { FaqCopy } from './types.js';

const hours = (n: number) => (n === 1 ? '1 hour' : `${n} hours`);

export const enFaq: FaqCopy = {
  sections: { basics: 'The basics', booking: 'Booking', technology: 'Joining and equipment' },
  questions: {
    what: 'What is a virtual appointment?',
    differences: 'How is a virtual appointment different from an in-person visit?',
    flow: 'How does a virtual appointment work?',
    payment: 'How does payment work?',
    book: 'How do I book a virtual appointment?',
    who: 'Who can I book a virtual appointment with?',
    cancel: 'How do I cancel or reschedule?',
    equipment: 'What do I need for a virtual appointment?',
    join: 'How do I join my appointment?',
  },
  flowLead: 'It takes five steps:',
  stepSeparator: ': ',
  paymentMethodsLead: 'We accept these payment methods:',
  billingLead: 'Prices and payment details are on our billing page: ',
  bookOnline: 'Choose a time on our booking page: ',
  bookOtherLead: 'You can also book:',
  bookOtherOnly: 'You can book:',
  bookContact: 'Contact us, and we will find a time for you.',
  bookHomepage: 'You can find our contact details on our website: ',
  byPhone: 'by phone: ',
  byEmail: 'by email: ',
  onSocial: 'on {name}',
  notice: (notice) => `Please cancel or reschedule at least ${notice} before your appointment.`,
  duration: (n) => (n >= 48 && n % 24 === 0 ? `${n / 24} days` : hours(n)),
  cancelPolicyLink: 'Read our cancellation and rescheduling policy: ',
  equipmentLead: 'You can join from any web browser or from the Microsoft Teams app. You need:',
  joinLead: 'Your confirmation email has your personal join link.',
  portal: (portal) => `You can also join from ${portal}: sign in and open your appointment there.`,
  microsoftHelp: {
    lead: 'Microsoft shows how to join step by step, with a short video: ',
    text: 'Join a Bookings appointment as an attendee',
    href: 'https://support.microsoft.com/en-us/office/join-a-bookings-appointment-as-an-attendee-95cea12d-2220-421f-a663-6efb20913c7f',
  },
  labels: {
    links: 'Book and contact',
    handoutHeading: 'The handout',
    handoutText: 'Everything you need on one page, to print or to keep on your phone.',
    handoutDownload: (size) => `Download the handout (PDF, ${size})`,
    handoutPreviewAlt: (title) => `The handout “${title}”: the five steps of a virtual appointment and what you need`,
    logoAlt: (organization) => organization,
  },
  // A no-break space between number and unit.
  fileSize: (bytes) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))}\u00a0KB` : `${(bytes / (1024 * 1024)).toFixed(1)}\u00a0MB`),
  industries: {
    healthcare: {
      title: 'Virtual visits: your questions answered',
      questions: {
        what: 'What is a virtual visit?',
        differences: 'How is a virtual visit different from an in-person visit?',
        flow: 'How does a virtual visit work?',
        book: 'How do I book a virtual visit?',
        who: 'Who can I see by video?',
        equipment: 'What do I need for a virtual visit?',
        join: 'How do I join my visit?',
      },
      what:
        'A virtual visit is a video call with a member of your care team over Microsoft Teams. You talk one-on-one, just ' +
        'as you would at the clinic, from home or wherever you are.',
      differences:
        'You see the same care team and get the same attention as at an in-person visit. Anything that needs a physical ' +
        'examination, a test or a treatment still happens at the clinic: if that is the case, your clinician will tell you ' +
        'and we will book an in-person visit for you.',
      who:
        'You can ask for the clinician you usually see. When you book, tell us who you would like to see, and we will let ' +
        'you know whether they offer virtual visits.',
      portal: 'our patient portal',
    },
    'financial-services': {
      title: 'Meeting your advisor by video: your questions answered',
      questions: {
        what: 'What is a video meeting?',
        differences: 'How is a video meeting different from a meeting at the branch?',
        flow: 'How does a video meeting work?',
        book: 'How do I book a video meeting?',
        who: 'Who can I meet by video?',
        equipment: 'What do I need for a video meeting?',
        join: 'How do I join my meeting?',
      },
      what:
        'A video meeting is a one-on-one meeting with your advisor over Microsoft Teams: personal advice, just as you ' +
        'would get it at the branch, without the trip.',
      differences:
        'You get the same personal advice as at the branch, and your advisor can go through documents with you on screen. ' +
        'A few things, such as checking original documents, may still need a visit to the branch: your advisor will tell ' +
        'you if that is the case.',
      who:
        'You can ask for the advisor you already know. When you book, tell us who you would like to meet, and we will let ' +
        'you know whether they offer video meetings.',
      portal: 'our online banking',
    },
    retail: {
      title: 'Shopping with us by video: your questions answered',
      questions: {
        what: 'What is a video call with a store associate?',
        differences: 'How is a video call different from visiting the store?',
        flow: 'How does a video call work?',
        book: 'How do I book a video call?',
        who: 'Who will I talk to?',
        equipment: 'What do I need for a video call?',
        join: 'How do I join my video call?',
      },
      what:
        'A video call with a store associate is a one-on-one appointment over Microsoft Teams: personal help, just as in ' +
        'the store, wherever you are.',
      differences:
        'Your store associate shows you products on camera, answers your questions and helps you choose, just as in the ' +
        'store. To try something on or feel a material, you still need to visit the store.',
      who:
        'You talk with one of our store associates. If you would like to talk to someone in particular, or need help with ' +
        'a specific department, tell us when you book.',
      portal: 'your customer account',
    },
    generic: {
      title: 'Virtual appointments: your questions answered',
      questions: {},
      what:
        'A virtual appointment is a video meeting with a member of our staff over Microsoft Teams. You talk one-on-one, ' +
        'just as you would in person, from home or wherever you are.',
      differences:
        'You meet the same people and get the same help as in person. If something can only be done in person, we will ' +
        'tell you and find a time for a visit.',
      who:
        'You meet a member of our staff. If you would like to talk to someone in particular, tell us when you book, and we ' +
        'will let you know whether they offer virtual appointments.',
      portal: 'our client portal',
    },
  },
};
