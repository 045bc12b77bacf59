/**
 * English, in US spelling and usage (`en` = en-US: "advisor", "call us at", "email"): plain,
 * friendly, second person, short sentences. Terms used the same way in every industry (and in the
 * FAQ page): booking page, confirmation email, join link, Microsoft Teams app, virtual waiting room.
 */
import type { LocaleStrings } from '../types.js';

const join = {
  title: 'Join from any device',
  body: 'Open the join link in any web browser or in the Microsoft Teams app. There is nothing to install.',
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
  noteLabel: 'Good to know: ',
  links: { booking: 'Book online', billing: 'Billing and payment', homepage: 'Website' },
  qrCaption: 'Scan to book',
  logoPlaceholder: 'Logo',
  documentTitle: 'Virtual appointment handout ({industry})',
  industries: {
    healthcare: {
      title: 'Your virtual visit',
      subtitle: 'See your care team by video, from home or wherever you are.',
      steps: {
        book: { title: 'Book your visit', body: 'Choose a time on our booking page. You can also book by phone or email.' },
        confirm: { title: 'Check your email', body: 'Your confirmation email has the date, the time and your personal join link.' },
        join,
        lobby: { title: 'Wait to be seen', body: 'You wait in a virtual waiting room until your care team lets you in.' },
        meet: { title: 'See your clinician', body: 'Talk one-on-one with a member of your care team, just as you would in person.' },
      },
      beforeTitle: 'Before your visit',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera, microphone and sound', 'Have your medication list and your questions ready', 'Join a few minutes early'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email, or call us. Telling us early lets us offer the time to another patient.',
      },
    },
    'financial-services': {
      title: 'Meet your advisor by video',
      subtitle: 'Get personal advice without a trip to the branch.',
      steps: {
        book: { title: 'Book a meeting', body: 'Choose a time that suits you on our booking page, or call or email us.' },
        confirm: { title: 'Check your email', body: 'Your confirmation email has the date, the time and your join link.' },
        join,
        lobby: { title: 'Wait for your advisor', body: 'You wait in a virtual waiting room until your advisor is ready to let you in.' },
        meet: { title: 'Talk it through', body: 'Meet one-on-one, just as you would at the branch, and go through your questions together.' },
      },
      beforeTitle: 'Before your meeting',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera, microphone and sound', 'Have your ID and any documents ready', 'Write down the questions you want to ask'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email, or call us, and we will find a new time that suits you.',
      },
    },
    retail: {
      title: 'Shop with us by video',
      subtitle: 'Get one-on-one help from a store associate, wherever you are.',
      steps: {
        book: { title: 'Book a time', body: 'Pick a time on our booking page. You can also book by phone or email.' },
        confirm: { title: 'Check your email', body: 'Your confirmation email has the date, the time and your join link.' },
        join,
        lobby: { title: 'Wait a moment', body: 'You wait in a virtual waiting room until your store associate lets you in.' },
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
        body: 'Use the link in your confirmation email, or call the store. We will gladly book you a new time.',
      },
    },
    generic: {
      title: 'Your virtual appointment',
      subtitle: 'Meet us by video, from home or wherever you are.',
      steps: {
        book: { title: 'Book a time', body: 'Choose a time on our booking page. You can also book by phone or email.' },
        confirm: { title: 'Check your email', body: 'Your confirmation email has the date, the time and your join link.' },
        join,
        lobby: { title: 'Wait to be let in', body: 'You wait in a virtual waiting room until a member of our staff lets you in.' },
        meet: { title: 'Meet one-on-one', body: 'Talk with a member of our staff, just as you would in person.' },
      },
      beforeTitle: 'Before your appointment',
      need,
      prepare: {
        heading: 'Get ready',
        items: ['Test your camera, microphone and sound', 'Have any documents and questions ready', 'Join a few minutes early'],
      },
      cancel: {
        heading: 'Cancel or reschedule',
        body: 'Use the link in your confirmation email, or call us. Please let us know as early as you can.',
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
