/**
 * How Apps Script surfaces an advanced service's HTTP error: a GoogleJsonResponseException whose
 * message is "API call to <rest method> failed with error: <the API's message>", e.g.
 * "API call to calendar.events.insert failed with error: Not Found", with the API's error body
 * in `details` ({ code, message, errors: [{ domain, reason, message }] }).
 * https://developers.google.com/apps-script/guides/services/advanced#how_method_signatures_are_determined
 * https://developers.google.com/calendar/api/guides/errors (the bodies)
 */

export interface ApiErrorBody {
  code: number;
  message: string;
  errors: { domain: string; reason: string; message: string }[];
}

export class GoogleJsonResponseException extends Error {
  override name = 'GoogleJsonResponseException';
  readonly details: ApiErrorBody;

  constructor(restMethod: string, body: ApiErrorBody) {
    super(`API call to ${restMethod} failed with error: ${body.message}`);
    this.details = body;
  }
}

/** An error body with one error, as the Calendar API's reference shows them. */
export function apiError(code: number, domain: string, reason: string, message: string): ApiErrorBody {
  return { code, message, errors: [{ domain, reason, message }] };
}
