// "typing…" while a slow (model) answer is pending; fast answers never trigger it, saving an API call.

export interface TypingOptions {
  /** Show typing only if the work is still pending after this long. */
  delayMs: number;
  /** Telegram shows the action for about 5 seconds; renew it before then. */
  intervalMs: number;
}

/**
 * Runs `work`, sending the chat action while it is pending. Failures to send the action are reported, never thrown.
 * @example const answer = await withTyping(() => ctx.replyWithChatAction('typing'), () => ask(q), opts, log)
 */
export async function withTyping<T>(
  sendTyping: () => Promise<unknown>,
  work: () => Promise<T>,
  { delayMs, intervalMs }: TypingOptions,
  onError: (err: unknown) => void,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const tick = (): void => {
    if (done) return;
    sendTyping().catch(onError);
    timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, delayMs);
  try {
    return await work();
  } finally {
    done = true;
    clearTimeout(timer);
  }
}
