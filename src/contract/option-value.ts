// A fact option's value as buttons, form fields and callback data carry it (text), back to the value the facts schema
// holds: the yes/no facts are booleans, every other option is a code word. The one place such text becomes a boolean
// (the web calculator, Telegram's taps and /calc, WeChat's numbered replies).

/** @example optionValue('true') // → true; optionValue('doctor') // → 'doctor' */
export function optionValue(text: string): string | boolean {
  return text === 'true' ? true : text === 'false' ? false : text;
}
