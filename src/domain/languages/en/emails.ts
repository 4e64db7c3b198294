import type { EmailTexts } from '../types';

/** The emails in this language (the shape and the placeholders: ../types.ts). */
export const emails: EmailTexts = {
  greeting: 'Hello {name},',
  reply: 'Any questions? Just reply to this email.',
  stop: 'You get these emails because you chose to. To stop them: in the sidebar, under “My data”, change your “Emails” choice.',
  reminder: {
    subject: {
      proposal: '{days, plural, =0 {Today is the last day} one {Tomorrow is the last day} other {# days left}} to send your action proposal',
      pledge: '{days, plural, =0 {Today is the last day} one {Tomorrow is the last day} other {# days left}} to make your pledge',
      both: '{days, plural, =0 {Today is the last day} one {Tomorrow is the last day} other {# days left}} to send your action proposal and make your pledge',
    },
    missing: {
      proposal: 'The working group has not yet received your action proposal.',
      pledge: 'The working group has not yet received your pledge: money, staff time, a venue, expertise… whatever your organization can offer.',
      both: 'The working group has not yet received your action proposal or your pledge (money, staff time, a venue, expertise…).',
    },
    deadline: 'Deadline: {deadline} ({days, plural, =0 {today} one {tomorrow} other {in # days}}).',
    objectives: 'Objectives that still need help:',
    link: 'It only takes a few minutes, in the spreadsheet’s sidebar (Extensions › Mutirão › Open sidebar): {link}',
    thanks: 'Thank you for taking part!',
  },
  answer: {
    subject: 'Answer to your proposal “{title}”',
    intro: 'The coordinators have answered your proposal “{title}”.',
    status: 'New status: {status}.',
    rank: 'It is number {rank} among the action plan’s priorities.',
    answer: 'Their answer: {answer}',
    link: 'All the group’s proposals are in the spreadsheet: {link}',
  },
  pollClosed: {
    subject: 'Date chosen for “{title}”',
    intro: 'Thank you for answering the poll “{title}”. The coordinators chose this time:',
    times: '{recife} in Recife, {nantes} in Nantes.',
    invitation: 'The invitation to meeting {meeting} will follow in your calendar.',
    link: 'The group’s spreadsheet: {link}',
  },
  milestone: {
    subject: 'A milestone of your proposal “{title}” is done',
    intro: 'The milestone “{milestone}” of your proposal “{title}” was done on {doneOn}.',
    progress: 'The proposal’s progress: {progress} of its milestones.',
    link: 'The action plan is in the spreadsheet: {link}',
  },
};
