import type { CompareContent } from '../content.js';
import { differencesOrder } from '../content.js';
import type { compareMessages } from '../messages/index.js';

type Props = { content: CompareContent; text: ReturnType<typeof compareMessages> };

/** Two lists side by side that stack on narrow screens. */
function Pair(props: { content: CompareContent; support: unknown; therapy: unknown }) {
  return (
    <div class="compare-pair">
      <section class="compare-side compare-side--support">
        <h3>{props.content.columns.support}</h3>
        {props.support}
      </section>
      <section class="compare-side compare-side--therapy">
        <h3>{props.content.columns.therapy}</h3>
        {props.therapy}
      </section>
    </div>
  );
}

/** A titled section of the page, named by its heading for landmark navigation. */
function Section(props: { id: string; heading: string; children?: unknown }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      {props.children}
    </section>
  );
}

const prose = (paragraphs: string[]) => paragraphs.map((p) => <p>{p}</p>);

const list = (items: string[]) => (
  <ul>
    {items.map((item) => (
      <li>{item}</li>
    ))}
  </ul>
);

const steps = (items: string[]) => (
  <ol>
    {items.map((item) => (
      <li>{item}</li>
    ))}
  </ol>
);

export function ComparePage({ content, text }: Props) {
  return (
    <article class="compare">
      <h1>{content.title}</h1>
      <p class="lead">{content.intro}</p>

      <Section id="compare-differences" heading={content.differencesHeading}>
        {/* Rows stack into cards below 40rem (see styles.css); the table keeps its semantics. */}
        <table class="compare-table">
          <caption class="visually-hidden">{text.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{content.columns.aspect}</th>
              <th scope="col">{content.columns.support}</th>
              <th scope="col">{content.columns.therapy}</th>
            </tr>
          </thead>
          <tbody>
            {differencesOrder.map((key) => {
              const row = content.differences[key];
              return (
                <tr>
                  <th scope="row">{row.label}</th>
                  {(['support', 'therapy'] as const).map((side) => (
                    <td class={`compare-cell compare-cell--${side}`}>
                      <span class="compare-cell__kind" aria-hidden="true">
                        {content.columns[side]}
                      </span>
                      <p>{row[side]}</p>
                      <p class="compare-example">
                        <strong>{content.exampleLabel}:</strong> {row.example[side]}
                      </p>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>

      <Section id="compare-fits" heading={content.whenFits.heading}>
        <Pair
          content={content}
          support={list(content.whenFits.support)}
          therapy={list(content.whenFits.therapy)}
        />
        <p class="notice">{content.whenFits.oneToOneFirst}</p>
      </Section>
      <Section id="compare-combining" heading={content.combining.heading}>
        {prose(content.combining.paragraphs)}
      </Section>
      <Section id="compare-first" heading={content.firstMeeting.heading}>
        <Pair
          content={content}
          support={steps(content.firstMeeting.support)}
          therapy={steps(content.firstMeeting.therapy)}
        />
      </Section>
      <Section id="compare-privacy" heading={content.confidentiality.heading}>
        {prose(content.confidentiality.paragraphs)}
      </Section>

      <p class="notice compare-note">{content.notAdvice}</p>

      <Section id="compare-next" heading={text.nextSteps}>
        <p>{text.nextStepsIntro}</p>
        <ul class="compare-actions">
          <li>
            <a class="button" href="/guide">
              {content.cta.guide}
            </a>
          </li>
          <li>
            <a class="button button--secondary" href="/groups?kind=support">
              {content.cta.findSupport}
            </a>
          </li>
          <li>
            <a class="button button--secondary" href="/groups?kind=therapy">
              {content.cta.findTherapy}
            </a>
          </li>
        </ul>
      </Section>
    </article>
  );
}
