import { config } from 'zod/mini';

// Apps Script forbids `new Function`; zod would probe for it on the first parse. Every
// module that builds a schema imports this one first, so this runs before any schema exists.
config({ jitless: true });
