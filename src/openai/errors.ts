// Errors of the OpenAI-compatible API in OpenAI's own shape, {"error": {"message", "type", "param", "code"}}, so
// the openai SDK and the tools built on it (LobeChat, Open WebUI, Dify) show the message instead of a parse failure.
export type OpenAiStatus = 400 | 401 | 404 | 413 | 415 | 429 | 500;

/** A refusal the client can act on; `type` and `code` follow the values OpenAI's API itself returns. */
export class OpenAiError extends Error {
  override name = 'OpenAiError';
  constructor(
    readonly status: OpenAiStatus,
    message: string,
    readonly code: string,
    readonly param: string | null = null,
    readonly type: string = status === 429 ? 'rate_limit_error' : status === 500 ? 'server_error' : 'invalid_request_error',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function openAiErrorBody(err: Pick<OpenAiError, 'message' | 'type' | 'param' | 'code'>) {
  return { error: { message: err.message, type: err.type, param: err.param, code: err.code } };
}
