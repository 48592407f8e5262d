import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/layout.js';

/** The five differences people weigh when choosing; the comparison page expands on them. */
const DIFFERENCES = [
  {
    point: 'Leadership',
    support: 'A peer who has lived through the same thing',
    therapy: 'A licensed mental-health professional',
  },
  {
    point: 'Purpose',
    support: 'Company, understanding and practical tips from others',
    therapy: 'Treatment: changing patterns with a clinician’s help',
  },
  {
    point: 'Structure',
    support: 'Informal and ongoing; come when you can',
    therapy: 'Planned sessions, often a fixed number, with an agenda',
  },
  {
    point: 'Confidentiality',
    support: 'A promise members make to each other',
    therapy: 'A professional duty, with stricter rules',
  },
  {
    point: 'Techniques',
    support: 'Sharing experience and helping each other',
    therapy: 'Named methods such as CBT, DBT or ACT',
  },
];

export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) =>
    renderPage(
      c,
      {
        title: 'Gatherwell',
        description: 'Find, choose between and join support groups and group therapy.',
      },
      <>
        <section class="hero">
          <h1>Find a group where you are understood</h1>
          <p class="lead">
            Gatherwell helps you find and join support groups led by people who have been there, and
            therapy groups led by licensed professionals: near you or online, at times that suit
            you.
          </p>
        </section>
        <section aria-labelledby="two-kinds">
          <h2 id="two-kinds">Two kinds of group</h2>
          <p>
            Both bring people together around a shared challenge, such as grief, recovery, illness
            or caring for someone. They differ in five ways.
          </p>
          {/* Focusable so keyboard users can scroll it when a narrow screen makes it overflow. */}
          <section class="table-scroll" aria-labelledby="two-kinds" tabindex={0}>
            <table class="compare">
              <caption class="visually-hidden">Support groups compared with group therapy</caption>
              <thead>
                <tr>
                  <th scope="col">&nbsp;</th>
                  <th scope="col">Support group</th>
                  <th scope="col">Group therapy</th>
                </tr>
              </thead>
              <tbody>
                {DIFFERENCES.map((row) => (
                  <tr>
                    <th scope="row">{row.point}</th>
                    <td>{row.support}</td>
                    <td>{row.therapy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </section>
        <section aria-labelledby="privacy">
          <h2 id="privacy">Your privacy comes first</h2>
          <p>
            Being in a group about grief or addiction is health information. You can take part under
            a first name or a pseudonym, and only a group’s leaders see who its members are.
          </p>
        </section>
      </>,
    ),
  );
  return app;
}
