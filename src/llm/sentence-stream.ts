// Only verified text is shown: a model's answer is released sentence by sentence, each one checked before it goes out,
// and the first sentence that fails stops the stream for good (what was shown stays true; nothing is retracted).
// Used by the web chat's SSE (through answer(…, { onDelta })) and reusable by any channel that streams model text.

/** A sentence ends at 。！？；, a line break, or . ! ? ; followed by a space; closing quotes and brackets stay with it. */
const BOUNDARY = /[。！？；\n]+[”’」』）)】]*|[.!?;]+[”’")\]]*(?=\s)\s*/g;

export interface VerifiedSentenceStream {
  /** Feed the answer text so far (it only grows); complete sentences that pass are emitted. */
  update(textSoFar: string): void;
  /** Feed the finished answer: its last sentence needs no terminator. Returns everything that was shown. */
  finish(fullText: string): string;
  /** Everything emitted so far, in order (the concatenation of the emitted pieces). */
  readonly shown: string;
  /** True once a sentence failed its check (or the text stopped extending what was shown): nothing more is emitted. */
  readonly blocked: boolean;
}

/**
 * @param check accepts a sentence (true) or refuses it (false): e.g. the guard's checkSentence for the clauses retrieved
 * @param emit receives each accepted sentence once, in order
 * @example
 * const s = verifiedSentenceStream((t) => !checkSentence(t, ctx), (t) => send(t));
 * s.update('博士后科研工作站每个30万元【第11条】。另外'); // sends the first sentence only
 * s.finish(fullAnswer);
 */
export function verifiedSentenceStream(check: (sentence: string) => boolean, emit: (text: string) => void): VerifiedSentenceStream {
  let shown = '';
  let blocked = false;

  const release = (text: string, final: boolean) => {
    if (blocked) return;
    if (!text.startsWith(shown)) {
      blocked = true;
      return;
    }
    const rest = text.slice(shown.length);
    let start = 0;
    for (const m of rest.matchAll(BOUNDARY)) {
      const end = (m.index ?? 0) + m[0].length;
      if (!final && end === rest.length && /[.!?;]\s*$/.test(m[0]) && !/\s$/.test(m[0])) break;
      if (!accept(rest.slice(start, end))) return;
      start = end;
    }
    if (final && start < rest.length) accept(rest.slice(start));
  };

  const accept = (sentence: string): boolean => {
    if (sentence.trim() === '') {
      shown += sentence;
      emit(sentence);
      return true;
    }
    if (!check(sentence)) {
      blocked = true;
      return false;
    }
    shown += sentence;
    emit(sentence);
    return true;
  };

  return {
    update: (text) => release(text, false),
    finish(text) {
      release(text, true);
      return shown;
    },
    get shown() {
      return shown;
    },
    get blocked() {
      return blocked;
    },
  };
}
