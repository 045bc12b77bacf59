/**
 * English, in US spelling and usage (`en` = en-US: "advisor", "call us at", "email"): plain,
 * friendly, second person, short sentences. Terms used the same way in every industry (and in the
 * FAQ page): booking page, confirmation email, join link, Microsoft Teams app, virtual waiting room.
 */
import type { LocaleStrings } from '../types.js';

const confirm = { title: 'Check your email', body: 'Your confirmation has the date, the time and your join link.' };

const join = {
  title: 'Join from any device',
  body: 'Open the join link in a web browser or the Microsoft Teams app. Nothing to install.',
};

const need = {
  heading: 'What you need',
  items: ['A phone, tablet or computer with a camera and microphone', 'A stable internet connection and a quiet, private place'],
};

export const en: LocaleStrings = {
  locale: 'en',
  lang: 'en-US',
  script: 'latin',
  howItWorks: 'How it works',
  noteLabel: 'Good to know: ',
  labelSeparator: ': ',
  links: { booking: 'Book online', billing: 'Billing and payment', homepage: 'Website' },
  qrCaption: 'Scan to book',
  ctaLead: 'or go to ',
  help: {
    heading: 'Need help?',
    tip: 'No picture or sound? Allow your browser to use the camera and microphone, or try the Teams app.',
    phone: 'Still can’t join? Call us at {{helpPhone}}.',
  },
  tips: {
    heading: 'Tips for a good video call',
    items: ['Use headphones for clearer sound', 'Sit facing a window or a lamp', 'Keep your device charged', 'Close other apps using the camera'],
  },
  writeIn: { heading: 'Your appointment', date: 'Date', time: 'Time', with: 'With' },
  logoPlaceholder: 'Logo',
  documentTitle: 'Virtual appointment handout ({industry})',
  industries: {
    healthcare: {
      title: 'Your virtual visit',
      subtitle: 'See your care team by video, wherever you are.',
      stepsTitle: 'How your visit works',
      steps: {
        book: { title: 'Book your visit', body: 'Choose a time on our booking page, or call us.' },
        confirm,
        join,
        lobby: { title: 'Wait to be seen', body: 'Wait in the virtual waiting room until we let you in.' },
        meet: { title: 'See your clinician', body: 'Talk one-on-one, just as you would in person.' },
      },
      beforeTitle: 'Before your visit',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera and sound', 'Have your medication list and questions ready', 'Join a few minutes early'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email, or call us as early as you can.',
      },
      privacy: 'Your visit is private and is not recorded.',
      interpreter: 'Interpreters and live captions are available: ask us when you book.',
    },
    'financial-services': {
      title: 'Meet your advisor by video',
      subtitle: 'Get personal advice without a trip to the branch.',
      stepsTitle: 'How your meeting works',
      steps: {
        book: { title: 'Book a meeting', body: 'Choose a time that suits you on our booking page, or call us.' },
        confirm,
        join,
        lobby: { title: 'Wait for your advisor', body: 'Wait in the virtual waiting room until your advisor lets you in.' },
        meet: { title: 'Talk it through', body: 'Meet one-on-one, just as you would at the branch.' },
      },
      beforeTitle: 'Before your meeting',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera and sound', 'Have your ID and any documents ready', 'Write down your questions'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email, or call us and we will find a new time.',
      },
      notice: {
        heading: 'Your security',
        body: 'We will never ask for your password, PIN or security codes, whether by video, phone or email.',
      },
    },
    retail: {
      title: 'Shop with us by video',
      subtitle: 'Get one-on-one help from a store associate.',
      stepsTitle: 'How it works',
      steps: {
        book: { title: 'Book a time', body: 'Pick a time on our booking page, or call the store.' },
        confirm,
        join,
        lobby: { title: 'Wait a moment', body: 'Wait in the virtual waiting room until your associate lets you in.' },
        meet: { title: 'Get personal advice', body: 'See products up close and get help choosing.' },
      },
      beforeTitle: 'Before your video call',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera and sound', 'Have order numbers, photos or measurements ready', 'List what you would like to see'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email, or call the store.',
      },
    },
    generic: {
      title: 'Meet us by video',
      subtitle: 'A one-on-one appointment, from home or wherever you are.',
      stepsTitle: 'How it works',
      steps: {
        book: { title: 'Book a time', body: 'Choose a time on our booking page, or call us.' },
        confirm,
        join,
        lobby: { title: 'Wait to be let in', body: 'Wait in the virtual waiting room until we let you in.' },
        meet: { title: 'Meet one-on-one', body: 'Talk with a member of our staff, just as in person.' },
      },
      beforeTitle: 'Before your appointment',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera and sound', 'Have any documents and questions ready', 'Join a few minutes early'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email, or call us as early as you can.',
      },
    },
  },
  additionalInfoSample:
    'Please have your insurance card and a list of your current medicines ready before the call. If you need an interpreter, ' +
    'tell us when you book and we will invite one to join. If you can’t join by video, call us at +1 555 0100 and we will ' +
    'switch your appointment to a phone call at the same time. Appointments start on time: if you are more than ten minutes ' +
    'late, we may need to book a new time. For prescriptions and test results, use our patient portal. For urgent problems ' +
    'outside opening hours, call your local emergency number or go to the nearest emergency room. ' +
    'Thank you for joining us on time.',
  longOrganizationSample: 'Riverside Community Health Partners – Family Medicine, Pediatrics and Behavioral Health Clinic',
};
