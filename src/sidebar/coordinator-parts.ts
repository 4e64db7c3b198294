import { answerForm } from './answer-form';
import { syncPanel } from './calendar';
import { provideCoordinatorParts } from './coordinator';
import { meetingSection } from './forms/meeting';
import { lateView } from './late';
import { eraseOtherView, staleConsentsView } from './privacy';
import { remindersSection } from './reminders';

// What only coordinators see, handed to the sidebar on the coordinators' page (./coordinator-page.ts).
provideCoordinatorParts({ meetingSection, remindersSection, lateView, staleConsentsView, eraseOtherView, syncPanel, answerForm });
