import type { PrivacyNotice } from '../types';

/** The privacy notice in this language, written for its readers (../types.ts says what it must tell). */
export const notice: PrivacyNotice = {
  title: 'Your personal data',
  version: 'Version of {version}',
  sections: [
    {
      heading: 'What we keep',
      paragraphs: [
        'When you register: your name and your Google account’s email address, your organization, city, country and hub, your role and status in the group, the date you joined, your language, the date of your consent and whether you want emails.',
        'Then: the proposals, pledges and supports you submit, and one row in the Log tab for each of your actions.',
        'Nothing else: no phone number, no date of birth.',
      ],
    },
    {
      heading: 'Why',
      paragraphs: [
        'To run the working group: coordinate proposals, resources and meetings, and invite you to meetings. Reminders and answers are emailed to you only if you choose to receive them.',
        'We rely on your consent, given when you register, and, for what you submit, on the group’s legitimate interest in working together.',
      ],
    },
    {
      heading: 'Who can see it',
      paragraphs: [
        'Everyone the spreadsheet is shared with: in Google Sheets, anyone who can edit a spreadsheet sees all its tabs. So other members can see your details.',
        'Members are in France and in Brazil, so your data is viewed from both countries. Google hosts the spreadsheet, and its translation service gets a text when someone clicks Translate.',
      ],
    },
    {
      heading: 'Who is responsible',
      paragraphs: ['The group’s coordinators: {coordinators}. Ask them any question about your data.'],
    },
    {
      heading: 'How long we keep it',
      paragraphs: [
        'As long as the working group is active, or less if you ask us to erase it. Your proposals and pledges then stay, without your name or contact details, so the group’s totals do not change.',
      ],
    },
    {
      heading: 'Your rights',
      paragraphs: [
        'Get your data: in the sidebar, “My data” downloads a file with everything about you.',
        'Change your language or your email choice: in the same place, at any time.',
        'Withdraw your consent and erase your data: the “Erase my data” button, in the same place, or a request to a coordinator, who can also correct anything wrong.',
        'If you think your data is misused, you may complain to the CNIL in France (cnil.fr) or the ANPD in Brazil (gov.br/anpd).',
      ],
    },
  ],
};
