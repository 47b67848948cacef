/// <reference lib="webworker" />
// See intl-warm.ts: one of each kind of `Intl` object the pages make, in the page's locale, then done.
self.onmessage = (e: MessageEvent<string>) => {
  const locale = e.data;
  try {
    new Intl.NumberFormat(locale).format(1234.5);
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(['a', 'b']);
    new Intl.ListFormat(locale, { type: 'disjunction', style: 'long' }).format(['a', 'b']);
    new Intl.PluralRules(locale).select(2);
  } finally {
    self.postMessage(0);
  }
};
