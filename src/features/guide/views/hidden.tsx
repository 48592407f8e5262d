import { answersToFields, type GuideAnswers } from '../answers.js';
import type { FieldName, StepId } from '../codes.js';

/** The values a field currently holds, as the form posts them (`day` as "1", not 1). */
export function chosen(answers: GuideAnswers, name: FieldName): string[] {
  return answersToFields(answers)
    .filter(([field]) => field === name)
    .map(([, value]) => value);
}

/**
 * The earlier answers, carried in the POST body (never the URL) to the next screen. The fields
 * of the step on screen are left out: its own controls post them.
 */
export function AnswerInputs({ answers, except }: { answers: GuideAnswers; except?: StepId }) {
  return (
    <>
      {answersToFields(answers, except).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
