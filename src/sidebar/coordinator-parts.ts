import { answerForm } from './answer-form';
import { syncPanel } from './calendar';
import { provideCoordinatorParts } from './coordinator';
import { meetingSection } from './forms/meeting';
import { lateView } from './late';
import { eraseOtherView, staleConsentsView } from './privacy';
import { minutesForm, pollCloseForm, pollOpenForm, whoAnswered } from './poll-coordinator';
import { remindersSection } from './reminders';
import { reportSection } from './report';

// What only coordinators see, handed to the sidebar on the coordinators' page (./coordinator-page.ts).
provideCoordinatorParts({ meetingSection, remindersSection, reportSection, lateView, staleConsentsView, eraseOtherView, syncPanel, answerForm, pollOpenForm, whoAnswered, pollCloseForm, minutesForm });
