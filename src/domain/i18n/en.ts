/** The English catalog; it defines the keys every other language must translate. */
export const en = {
  'app.name': 'Mutirão',
  'menu.openSidebar': 'Open sidebar',
  'menu.setup': 'Set up workbook',
  'menu.help': 'Help',

  'help.title': 'Mutirão — help',
  'help.intro':
    'Mutirão is the shared workspace of the Recife–Nantes working group on the solidarity economy and decentralized cooperation.',
  'help.members':
    'Members: open the sidebar (Extensions › Mutirão › Open sidebar) to register, propose actions and pledge resources before the submission deadline.',
  'help.coordinators':
    'Coordinators: run Set up workbook once to create the tabs; it can be run again safely to repair them. Rename or reorder tabs and columns freely: the add-on finds them by their key and header.',
  'help.language': 'Change the workbook language in the Settings tab (fr, pt-BR or en), then run Set up workbook again.',

  'setup.done': 'The workbook is ready: {created} tab(s) created, {repaired} repaired.',
  'setup.youAreCoordinator': 'You are registered as the first coordinator ({id}).',
  'setup.coordinatorsOnly': 'Only a coordinator can set up the workbook. Ask one of the coordinators listed in the Members tab.',

  'error.signIn':
    'Your Google account email is not available to the add-on. Open Extensions › Mutirão › Open sidebar and authorize the add-on, then try again.',
  'error.busy': 'Someone else is saving right now. Please try again in a few seconds.',
  'error.unexpected': 'Something went wrong and nothing was saved. Please try again; if it persists, tell a coordinator.',
  'error.notSetUp': 'The workbook is not set up yet. A coordinator must run Extensions › Mutirão › Set up workbook.',

  'submit.registerFirst': 'Register first: your email is not in the Members tab yet.',
  'submit.alreadyRegistered': 'You are already registered ({id}).',
  'submit.inactive': 'Your membership ({id}) is inactive. Ask a coordinator to reactivate it.',
  'submit.coordinatorsOnly': 'Only coordinators can schedule meetings.',
  'submit.unknownObjective': 'There is no objective {id}.',
  'submit.unknownProposal': 'There is no proposal {id}.',

  'field.required': 'This field is required.',
  'field.tooLong': 'At most {max} characters.',
  'field.tooShort': 'At least {min} characters.',
  'field.email': 'Enter a valid email address.',
  'field.country': 'Use a two-letter country code, such as BR or FR.',
  'field.notInList': 'Choose one of: {options}.',
  'field.date': 'Enter a date as YYYY-MM-DD.',
  'field.time': 'Enter a time as HH:MM (24 h).',
  'field.timeZone': 'Enter a time zone such as America/Recife or Europe/Paris.',
  'field.number': 'Enter a number.',
  'field.positive': 'Enter a number greater than zero.',
  'field.integer': 'Enter a whole number.',
  'field.positiveInteger': 'Enter a whole number greater than zero.',
  'field.between': 'Enter a number from {min} to {max}.',
  'field.percent': 'Enter a percentage from 0 to 100 %.',
  'field.id': 'Expected an ID such as {prefix}-001.',

  'sidebar.title': 'Mutirão',
  'sidebar.loading': 'Loading…',
  'sidebar.greeting': 'Hello, {name}!',
  'sidebar.greetingGuest': 'Welcome!',
  'sidebar.role.coordinator': 'Coordinator',
  'sidebar.role.member': 'Member',
  'sidebar.role.guest': 'Not registered yet',
  'sidebar.deadline.title': 'Submission deadline',
  'sidebar.deadline.left': '{days} days left, until {date}.',
  'sidebar.deadline.one': 'Last day tomorrow: {date}.',
  'sidebar.deadline.today': 'Today is the last day ({date}).',
  'sidebar.deadline.past': 'The deadline passed on {date}.',
  'sidebar.objectives.title': 'Objectives',
  'sidebar.objectives.progress': '{percent} — {status}',
  'sidebar.priority': 'Priority',
  'sidebar.error': 'The add-on could not load: {message}',
  'sidebar.retry': 'Try again',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;
