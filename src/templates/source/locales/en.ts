/** English (US and international): plain, friendly, second person, short sentences. */
import type { LocaleStrings } from '../types.js';

const join = {
  title: 'Join from any device',
  body: 'Open the link in any web browser or in the Microsoft Teams app. There is nothing to install.',
};

const need = {
  heading: 'What you need',
  items: ['A phone, tablet or computer with a camera, microphone and speaker', 'A stable internet connection', 'A quiet, private place with good light'],
};

export const en: LocaleStrings = {
  locale: 'en',
  lang: 'en-US',
  script: 'latin',
  howItWorks: 'How it works',
  noteLabel: 'Please note: ',
  links: { booking: 'Book online', billing: 'Billing and payment', homepage: 'Website' },
  qrCaption: 'Scan to book',
  logoPlaceholder: 'Logo',
  documentTitle: 'Virtual appointment handout ({industry})',
  industries: {
    healthcare: {
      title: 'Your virtual appointment',
      subtitle: 'See your care team by video, from home or wherever you are.',
      steps: {
        book: { title: 'Book your visit', body: 'Choose a time on our online booking page. You can also book by phone or email.' },
        confirm: { title: 'Check your email', body: 'We email you the date, the time and a personal link for joining the call.' },
        join,
        lobby: { title: 'Wait in the lobby', body: 'You arrive in a virtual waiting room. Your care team lets you in when it is your turn.' },
        meet: { title: 'See your clinician', body: 'Talk one-on-one with a member of your care team, just like an in-person visit.' },
      },
      beforeTitle: 'Before your appointment',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera, microphone and sound', 'Have your medication list and questions at hand', 'Join a few minutes early'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email or contact us. Please tell us as early as you can, so we can offer the time to another patient.',
      },
    },
    'financial-services': {
      title: 'Meet your advisor online',
      subtitle: 'Get personal advice by video, without a trip to the branch.',
      steps: {
        book: { title: 'Book a meeting', body: 'Choose a time that suits you on our online booking page, or call or email us.' },
        confirm: { title: 'Check your email', body: 'Your confirmation email has the date, the time and your link to join.' },
        join,
        lobby: { title: 'Wait in the lobby', body: 'You wait in a virtual lobby until your advisor starts the meeting.' },
        meet: { title: 'Talk with your advisor', body: 'Meet one-on-one, just as you would at the branch, and go through your questions together.' },
      },
      beforeTitle: 'Before your meeting',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera, microphone and sound', 'Have your ID and any documents ready', 'We will never ask for your password or PIN'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email or contact us, and we will find a new time that suits you.',
      },
    },
    retail: {
      title: 'Shop with us by video',
      subtitle: 'Get one-on-one help from a store associate, wherever you are.',
      steps: {
        book: { title: 'Book a time', body: 'Pick a time on our online booking page. You can also book by phone or email.' },
        confirm: { title: 'Check your email', body: 'Your confirmation email has the date, the time and your link to join.' },
        join,
        lobby: { title: 'Wait in the lobby', body: 'You wait in a virtual lobby for a moment until your store associate joins.' },
        meet: { title: 'Get personal advice', body: 'Your associate shows you products, answers your questions and helps you choose.' },
      },
      beforeTitle: 'Before your video call',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera, microphone and sound', 'Have order numbers, photos or measurements ready', 'List what you would like us to show you'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email or contact the store. We will gladly book you a new time.',
      },
    },
    generic: {
      title: 'Your virtual appointment',
      subtitle: 'Meet us by video, from home or wherever you are.',
      steps: {
        book: { title: 'Book a time', body: 'Choose a time on our online booking page. You can also book by phone or email.' },
        confirm: { title: 'Check your email', body: 'We send you a confirmation with the date, the time and your link to join.' },
        join,
        lobby: { title: 'Wait in the lobby', body: 'You arrive in a virtual waiting room until a member of our staff lets you in.' },
        meet: { title: 'Meet our staff', body: 'Talk one-on-one with a member of our staff, just like an in-person meeting.' },
      },
      beforeTitle: 'Before your appointment',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera, microphone and sound', 'Have any documents and questions ready', 'Join a few minutes early'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email or contact us. Please let us know as early as you can.',
      },
    },
  },
  additionalInfoSample:
    'Please have your insurance card and a list of your current medicines ready before the call. If you need an interpreter, ' +
    'tell us when you book and we will invite one to join. If you can’t join by video, call us on +1 555 0100 and we will ' +
    'switch your appointment to a phone call at the same time. Appointments start on time: if you are more than ten minutes ' +
    'late, we may need to book a new time. For prescriptions and test results, use our patient portal. For urgent problems ' +
    'outside opening hours, call your local emergency number or go to the nearest emergency room. ' +
    'Thank you for joining us on time.',
  longOrganizationSample: 'Riverside Community Health Partners – Family Medicine, Pediatrics and Behavioral Health Clinic',
};
