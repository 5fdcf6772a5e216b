/**
 * How sure a standard's dates are, in words, for every file a reader takes
 * away (the JSON and CSV field dates_note, and the notes of CSL, BibTeX and
 * RIS): a reference manager keeps a date without its claims, so where the main
 * claim is not confirmed, or sources differ, the note says so beside it.
 */
import type { Standard } from '../model/types';
import { DATE_EVENTS, type Bilingual, type DateEvent, type FactConfidence, type Locale } from '../base/vocabulary';

const WHAT: Record<DateEvent, Bilingual> = { published: { zh: '发布日期', en: 'Issue date' }, effective: { zh: '实施日期', en: 'Effective date' } };
const HOW: Record<FactConfidence, Bilingual> = {
  confirmed: { zh: '已确认', en: 'confirmed' },
  'one-source': { zh: '单一来源', en: 'one source' },
  inferred: { zh: '本站推断，没有来源记载', en: 'our inference, no source records it' },
};

type Fact = NonNullable<Standard['dates'][DateEvent]>;
type Claim = Fact['otherClaims'][number] | Fact;

const CLAIM: Record<Locale, (c: Claim) => string> = {
  zh: (c) => `${c.date}（${HOW[c.confidence].zh}${c.basis ? `；${c.basis.zh}` : ''}）`,
  en: (c) => `${c.date} (${HOW[c.confidence].en}${c.basis ? `; per ${c.basis.en}` : ''})`,
};
const DIFFER: Record<Locale, (event: DateEvent, main: string, others: string[]) => string> = {
  zh: (e, main, others) => `${WHAT[e].zh}来源不一：本站所列为${main}，另有${others.join('；')}。`,
  en: (e, main, others) => `${WHAT[e].en}: sources differ. Shown: ${main}; also ${others.join('; ')}.`,
};
const UNCONFIRMED: Record<Locale, (event: DateEvent, f: Fact) => string> = {
  zh: (e, f) => `${WHAT[e].zh}${f.date}：${HOW[f.confidence].zh}。`,
  en: (e, f) => `${WHAT[e].en} ${f.date}: ${HOW[f.confidence].en}, not confirmed.`,
};
const JOIN: Record<Locale, string> = { zh: '', en: ' ' };

/** One date's caveat in one language, or null where its one claim is confirmed. */
function factNote(event: DateEvent, f: Fact, locale: Locale): string | null {
  if (f.otherClaims.length > 0) return DIFFER[locale](event, CLAIM[locale](f), f.otherClaims.map(CLAIM[locale]));
  return f.confidence === 'confirmed' ? null : UNCONFIRMED[locale](event, f);
}

/** The caveats on a standard's dates in both languages, or null where every date is confirmed by its one claim. */
export function datesNote(s: Pick<Standard, 'dates'>): Bilingual | null {
  const per = (locale: Locale) =>
    DATE_EVENTS.flatMap((e) => {
      const f = s.dates[e];
      const n = f ? factNote(e, f, locale) : null;
      return n ? [n] : [];
    }).join(JOIN[locale]);
  const zh = per('zh');
  return zh ? { zh, en: per('en') } : null;
}
