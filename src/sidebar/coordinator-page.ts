// The coordinators' page: what only coordinators see (./coordinator-parts.ts), provided before
// the member's sidebar (./main.ts) draws its first screen; imports run in this order.
import './coordinator-parts';
import './main';
