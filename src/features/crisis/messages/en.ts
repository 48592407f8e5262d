/** The crisis page in English; the lines themselves (names, numbers) live in crisis-lines.ts. */
export const en = {
  title: 'Crisis help',
  description: 'Free, confidential help, right now.',
  heading: 'Help right now',
  lead: 'If you might act on thoughts of ending your life, or you are in danger, reach out now. You do not need to be sure it is an emergency.',
  emergency: 'In immediate danger: call',
  or: 'or',
  call: (display: string) => `Call ${display}`,
  text: (display: string) => `Text ${display}`,
  chat: 'Chat online',
  elsewhere: 'Somewhere else?',
  otherCountries: 'Lines for another country:',
  regionsLabel: 'Countries',
};
