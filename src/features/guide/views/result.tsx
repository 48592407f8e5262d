import { compareMessages } from '../../compare/messages/index.js';
import type { GuideAnswers } from '../answers.js';
import type { Lang } from '../codes.js';
import type { GuideMessages } from '../messages/index.js';
import { DIFFERENCES } from '../reasons.js';
import type { GuideSearch, Reason, Recommendation } from '../scoring.js';
import { AnswerInputs } from './hidden.js';

type ResultView = {
  m: GuideMessages;
  lang: Lang;
  answers: GuideAnswers;
  recommendation: Recommendation;
};

/** A directory link styled as a button: a plain GET link, so it carries only its filters. */
function SearchLink({ search, lang, main }: { search: GuideSearch; lang: Lang; main: boolean }) {
  return (
    <a class={main ? 'button' : 'button button--secondary'} href={search.href}>
      {search.label[lang]}
    </a>
  );
}

/**
 * All five differences, each with the reasons the answers gave for it; where no answer spoke
 * to one, how the two kinds of group differ on it (from the comparison), so the result always
 * explains the whole choice.
 */
function Reasons({ m, lang, reasons }: { m: GuideMessages; lang: Lang; reasons: Reason[] }) {
  const compare = compareMessages(lang);
  const columns = compare.content.columns;
  return (
    <dl class="guide-reasons">
      {DIFFERENCES.map((difference) => {
        const here = reasons.filter((r) => r.difference === difference);
        const general = compare.summaries[difference];
        return (
          <div class="guide-reason">
            <dt>{m.result.differences[difference]}</dt>
            {here.length > 0 ? (
              here.map((r) => <dd>{r.text[lang]}</dd>)
            ) : (
              <dd>
                {columns.support}: {general.support}. {columns.therapy}: {general.therapy}.
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

export function GuideResult({ m, lang, answers, recommendation: rec }: ResultView) {
  const primary = rec.searches.filter((s) => s.role === 'primary');
  const secondary = rec.searches.find((s) => s.role === 'secondary');
  return (
    <section class="guide-result" aria-labelledby="guide-result-title">
      <h1 id="guide-result-title">{rec.title[lang]}</h1>
      <p class="lead">{rec.summary[lang]}</p>
      {primary.length ? (
        <p class="guide-actions">
          {primary.map((search) => (
            <SearchLink search={search} lang={lang} main />
          ))}
        </p>
      ) : null}
      {rec.searches.length ? <p class="hint">{m.result.searchNote}</p> : null}
      {rec.outcome === 'individual_first' ? <p>{m.result.individual}</p> : null}

      {rec.reasons.length ? (
        <>
          <h2>{m.result.why}</h2>
          <p>{m.result.whyLead}</p>
          <Reasons m={m} lang={lang} reasons={rec.reasons} />
        </>
      ) : null}

      {rec.secondary ? (
        <section class="guide-secondary" aria-labelledby="guide-also">
          <h2 id="guide-also">{m.result.also}</h2>
          <h3>{m.result.alsoKind[rec.secondary.kind]}</h3>
          <p>{rec.secondary.reason.text[lang]}</p>
          {secondary ? (
            <p>
              <SearchLink search={secondary} lang={lang} main={primary.length === 0} />
            </p>
          ) : null}
        </section>
      ) : null}

      <h2>{m.result.more}</h2>
      <ul class="guide-links">
        <li>
          <a href="/compare">{m.result.compare}</a>
        </li>
        <li>
          <a href="/crisis">{m.result.crisis}</a>
        </li>
      </ul>

      <form method="post" action="/guide" class="guide-actions">
        <AnswerInputs answers={answers} />
        <input type="hidden" name="step" value="result" />
        <button type="submit" class="button button--secondary" name="go" value="back">
          {m.changeAnswers}
        </button>
        <a href="/guide" class="guide-restart">
          {m.startAgain}
        </a>
      </form>
      <p class="muted">{m.result.forgotten}</p>
    </section>
  );
}
