import { useEffect, useRef } from 'react';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';

/** The app's one modal question (a native <dialog>): its choices and Avbryt; Escape cancels. */
export function QuestionDialog() {
  const question = useStore((s) => s.question);
  const answer = useStore((s) => s.answer);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (question && !dialog.open) dialog.showModal();
    if (!question && dialog.open) dialog.close();
  }, [question]);
  return (
    <dialog
      ref={ref}
      className="question"
      aria-labelledby="question-title"
      onCancel={(e) => {
        e.preventDefault();
        answer(null);
      }}
    >
      {question ? (
        <>
          <h2 id="question-title">{question.title}</h2>
          <p>{question.message}</p>
          <div className="question-actions">
            {question.choices.map((c) => (
              <button
                key={c.id}
                type="button"
                className={c.primary ? 'primary' : undefined}
                // biome-ignore lint/a11y/noAutofocus: the dialog's first choice takes focus, as a native dialog does
                autoFocus={c.primary}
                onClick={() => answer(c.id)}
              >
                {c.label}
              </button>
            ))}
            <button type="button" onClick={() => answer(null)}>
              {sv.errors.cancel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
