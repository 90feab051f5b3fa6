// Named errors the HTTP layer turns into {"error": {"code", "message"}} responses; messages say what to do.
export type ApiErrorCode =
  | 'invalid_json'
  | 'body_not_object'
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'not_found'
  | 'rate_limited'
  | 'unauthorized'
  | 'store_unavailable'
  | 'internal';

type Status = 400 | 401 | 404 | 413 | 415 | 429 | 500 | 503;

const STATUS: Record<ApiErrorCode, Status> = {
  invalid_json: 400,
  body_not_object: 400,
  invalid_request: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  not_found: 404,
  rate_limited: 429,
  unauthorized: 401,
  store_unavailable: 503,
  internal: 500,
};

/** An error a client caused (or, for 'internal', one it can only retry); carries the HTTP status. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: Status;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.status = STATUS[code];
  }
}

export function errorBody(code: ApiErrorCode, message: string) {
  return { error: { code, message } };
}
