import { useState } from 'react';
import { api } from '../api.js';
import { Problem, useAction } from './ui.jsx';

function YesNo({ name, legend, value, onChange, error }) {
  return (
    <fieldset className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`} aria-labelledby={`${name}-legend`}>
      <legend className="fr-fieldset__legend fr-text--regular" id={`${name}-legend`}>{legend}</legend>
      {[['yes', 'Oui', true], ['no', 'Non', false]].map(([key, text, choice]) => (
        <div className="fr-fieldset__element fr-fieldset__element--inline" key={key}>
          <div className="fr-radio-group">
            <input type="radio" id={`${name}-${key}`} name={name} checked={value === choice} onChange={() => onChange(choice)} />
            <label className="fr-label" htmlFor={`${name}-${key}`}>{text}</label>
          </div>
        </div>
      ))}
      {error && <p className="fr-fieldset__element fr-error-text">{error}</p>}
    </fieldset>
  );
}

/** Private feedback after a completed mission: read by the ARS only, once per side. */
export default function MissionFeedback({ id, path, onDone }) {
  const [tookPlace, setTookPlace] = useState(null);
  const [again, setAgain] = useState(null);
  const [comment, setComment] = useState('');
  const action = useAction();
  const send = () => action.run(() => api(path, { method: 'POST', body: {
    noShow: tookPlace === null ? null : !tookPlace, wouldWorkAgain: again, comment: comment || null,
  } })).then((r) => r && onDone());
  return (
    <div className="fr-mt-2w">
      <p className="fr-text--bold fr-mb-1w">Votre avis sur cette mission (lu uniquement par l'ARS)</p>
      <YesNo name={`took-place-${id}`} legend="La mission a-t-elle eu lieu comme prévu ?" value={tookPlace} onChange={setTookPlace} error={action.fieldErrors.noShow} />
      <YesNo name={`again-${id}`} legend="Retravailleriez-vous ensemble ?" value={again} onChange={setAgain} error={action.fieldErrors.wouldWorkAgain} />
      <div className={`fr-input-group${action.fieldErrors.comment ? ' fr-input-group--error' : ''}`}>
        <label className="fr-label" htmlFor={`comment-${id}`}>Commentaire (facultatif)</label>
        <textarea className="fr-input" id={`comment-${id}`} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
        {action.fieldErrors.comment && <p className="fr-error-text">{action.fieldErrors.comment}</p>}
      </div>
      <Problem error={Object.keys(action.fieldErrors).length === 0 ? action.error : null} />
      <button type="button" className="fr-btn fr-btn--secondary" onClick={send} disabled={action.pending}>Envoyer mon avis</button>
    </div>
  );
}
