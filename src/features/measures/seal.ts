import { openIntake, sealIntake } from '../membership/intake-crypto.js';
import { type Answer, type InstrumentCode, parseAnswers, score } from './instruments.js';

/**
 * A response's answers and score, sealed together with the intake key (AES-256-GCM, membership's
 * intake-crypto: one implementation of the sealing for every sensitive field). The response's
 * own id is the associated data, so a sealed response copied onto another row does not open.
 * The score is sealed too: a clear score column would say as much about a person as the answers.
 */
export type OpenedResponse = { answers: Answer[]; score: number };

export function sealResponse(
  key: Buffer,
  responseId: string,
  instrument: InstrumentCode,
  answers: readonly Answer[],
): string {
  return sealIntake(key, responseId, {
    instrument,
    answers: answers.join(''),
    score: String(score(instrument, answers)),
  });
}

/** Opens one response; throws when the key, the id or the bytes are wrong, or it is malformed. */
export function openResponse(
  key: Buffer,
  responseId: string,
  instrument: InstrumentCode,
  sealed: string,
): OpenedResponse {
  const opened = openIntake(key, responseId, sealed);
  const answers =
    opened.instrument === instrument && typeof opened.answers === 'string'
      ? parseAnswers(instrument, [...opened.answers])
      : null;
  if (!answers || opened.score !== String(score(instrument, answers))) {
    throw new Error('a sealed measure response is not in the expected form');
  }
  return { answers, score: score(instrument, answers) };
}
