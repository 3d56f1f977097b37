import { useEffect, useRef, useState } from 'react';
import { api } from '../api.js';

/** A labelled input whose error comes from the API's problem+json field errors. */
export function Field({ id, label, hint, error, type = 'text', value, onChange, ...rest }) {
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      <input className={`fr-input${error ? ' fr-input--error' : ''}`} id={id} type={type}
             value={value ?? ''} onChange={(e) => onChange(e.target.value)}
             aria-describedby={error ? `${id}-error` : undefined} {...rest} />
      {error && <p id={`${id}-error`} className="fr-error-text">{error}</p>}
    </div>
  );
}

/** A commune searched by postcode or name in the bundled reference; `chosen` is the one kept, as shown. */
export function CommuneField({ id, label, value, chosen, onChange, error }) {
  const [query, setQuery] = useState(chosen || '');
  const [options, setOptions] = useState([]);
  useEffect(() => {
    if (query.length < 2 || query === chosen) { setOptions([]); return undefined; }
    const timer = setTimeout(() => api(`/api/volunteers/communes?q=${encodeURIComponent(query)}`).then(setOptions).catch(() => setOptions([])), 200);
    return () => clearTimeout(timer);
  }, [query, chosen]);
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>{label}<span className="fr-hint-text">Code postal ou nom, puis choisissez dans la liste</span></label>
      <input className="fr-input" id={id} value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off"
             aria-describedby={`${id}-status`} />
      <p id={`${id}-status`} className="fr-hint-text">{value ? `Commune retenue : ${chosen || value}` : 'Aucune commune choisie'}</p>
      {options.length > 0 && (
        <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
          {options.map((c) => (
            <li key={c.inseeCode}>
              <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm"
                      onClick={() => { onChange(c.inseeCode, `${c.name} (${c.postcodes[0]})`); setQuery(`${c.name} (${c.postcodes[0]})`); setOptions([]); }}>
                {c.name} ({c.postcodes.join(', ')})
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="fr-error-text">{error}</p>}
    </div>
  );
}

export function Select({ id, label, error, value, onChange, options, placeholder = 'Choisir' }) {
  return (
    <div className={`fr-select-group${error ? ' fr-select-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>{label}</label>
      <select className="fr-select" id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}
              aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{placeholder}</option>
        {options.map(([code, text]) => <option key={code} value={code}>{text}</option>)}
      </select>
      {error && <p id={`${id}-error`} className="fr-error-text">{error}</p>}
    </div>
  );
}

export function Checkboxes({ legend, name, options, values, onChange, error }) {
  const toggle = (code) => onChange(values.includes(code) ? values.filter((v) => v !== code) : [...values, code]);
  return (
    <fieldset className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`} aria-labelledby={`${name}-legend`}>
      <legend className="fr-fieldset__legend" id={`${name}-legend`}>{legend}</legend>
      {options.map(([code, text]) => (
        <div className="fr-fieldset__element fr-fieldset__element--inline" key={code}>
          <div className="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id={`${name}-${code}`} checked={values.includes(code)} onChange={() => toggle(code)} />
            <label className="fr-label" htmlFor={`${name}-${code}`}>{text}</label>
          </div>
        </div>
      ))}
      {error && <p className="fr-fieldset__element fr-error-text">{error}</p>}
    </fieldset>
  );
}

export function Alert({ type = 'info', title, children }) {
  return (
    <div className={`fr-alert fr-alert--${type} fr-mb-3w`} role={type === 'error' ? 'alert' : 'status'}>
      {title && <h3 className="fr-alert__title">{title}</h3>}
      {children && <p>{children}</p>}
    </div>
  );
}

/** The problem+json of a failed call: title and detail, field messages shown by the fields themselves. */
export function Problem({ error }) {
  if (!error) return null;
  return <Alert type="error" title={error.problem?.title || 'Une erreur est survenue'}>{error.message}</Alert>;
}

/** A table row whose first cell, a button, opens a row of details below it (mounted only when open). */
export function ExpandableRow({ id, title, cells, children }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr>
        <th scope="row">
          <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" aria-expanded={open}
                  aria-controls={open ? id : undefined} onClick={() => setOpen(!open)}>{title}</button>
        </th>
        {cells.map((cell, i) => <td key={i}>{cell}</td>)}
      </tr>
      {open && <tr id={id}><td colSpan={cells.length + 1}>{children}</td></tr>}
    </>
  );
}

/** The DSFR pagination of a list the API serves a page at a time ({@code page} counted from 0). */
export function Pagination({ page, size, total, onChange }) {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return null;
  const link = (target, text, className = '', extra = {}) => (target < 0 || target >= pages || target === page
    ? <a className={`fr-pagination__link ${className}`} role="link" aria-disabled="true" {...extra}>{text}</a>
    : <a className={`fr-pagination__link ${className}`} href={`#page-${target + 1}`} title={extra.title}
        onClick={(e) => { e.preventDefault(); onChange(target); }}>{text}</a>);
  const shown = [];
  for (let p = Math.max(0, page - 2); p <= Math.min(pages - 1, page + 2); p++) shown.push(p);
  return (
    <nav role="navigation" className="fr-pagination fr-mt-2w" aria-label="Pagination">
      <ul className="fr-pagination__list">
        <li>{link(0, 'Première page', 'fr-pagination__link--first')}</li>
        <li>{link(page - 1, 'Page précédente', 'fr-pagination__link--prev fr-pagination__link--lg-label')}</li>
        {shown.map((p) => (
          <li key={p}>{p === page
            ? <a className="fr-pagination__link" aria-current="page" title={`Page ${p + 1}`}>{p + 1}</a>
            : link(p, String(p + 1), '', { title: `Page ${p + 1}` })}</li>
        ))}
        <li>{link(page + 1, 'Page suivante', 'fr-pagination__link--next fr-pagination__link--lg-label')}</li>
        <li>{link(pages - 1, 'Dernière page', 'fr-pagination__link--last')}</li>
      </ul>
    </nav>
  );
}

export function Loading({ label = 'Chargement…' }) {
  return <p className="fr-text--sm rr-muted" role="status" aria-live="polite">{label}</p>;
}

/** How long a resource another service learns through events may answer 404 before the page says so. */
const CATCH_UP_MS = 10_000;

/**
 * GETs a resource on mount and whenever {@code deps} change; reload() after a change. Only the latest request's answer
 * is shown: an earlier one arriving late (a whole list, slower than the search typed meanwhile) is dropped.
 * With {@code catchUp}, a 404 is asked again every 400 ms for up to 10 s, still loading meanwhile: matching learns a
 * need from the needs service's events, so it answers 404 for a moment after the need is published.
 */
export function useResource(path, deps = [], { catchUp = false } = {}) {
  const [state, setState] = useState({ loading: true, data: null, error: null });
  const latest = useRef(0);
  const load = () => {
    const request = ++latest.current;
    const until = Date.now() + CATCH_UP_MS;
    setState((s) => ({ ...s, loading: true }));
    const current = () => request === latest.current;
    const settle = (next) => { if (current()) setState(next); };
    const attempt = () => api(path).then((data) => settle({ loading: false, data, error: null }))
      .catch((error) => (catchUp && error.status === 404 && Date.now() < until && current()
        ? new Promise((resolve) => { setTimeout(resolve, 400); }).then(attempt)
        : settle({ loading: false, data: null, error })));
    return attempt();
  };
  useEffect(() => {
    load();
    return () => { latest.current++; }; // a page left, or a new path: answers still to come are dropped, retries stop
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps
  return { ...state, reload: load };
}

/** Runs an API action, keeping its pending state and its problem for display. */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState(null);
  const run = async (action) => {
    setPending(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setPending(false);
    }
  };
  return { pending, error, run, fieldErrors: error?.fieldErrors || {} };
}

export const PROFESSIONS = [
  ['MEDECIN', 'Médecin'], ['INTERNE', 'Interne en médecine'], ['INFIRMIER', 'Infirmier diplômé d\'État (IDE)'],
  ['IADE', 'Infirmier anesthésiste (IADE)'], ['IBODE', 'Infirmier de bloc opératoire (IBODE)'],
  ['PUERICULTRICE', 'Puéricultrice'], ['AIDE_SOIGNANT', 'Aide-soignant'],
  ['AUXILIAIRE_PUERICULTURE', 'Auxiliaire de puériculture'], ['ASH', 'Agent de service hospitalier (ASH)'],
  ['SAGE_FEMME', 'Sage-femme'], ['MASSEUR_KINESITHERAPEUTE', 'Masseur-kinésithérapeute'],
  ['MANIPULATEUR_ERM', 'Manipulateur en électroradiologie médicale'], ['PHARMACIEN', 'Pharmacien'],
  ['PREPARATEUR_PHARMACIE', 'Préparateur en pharmacie'], ['PSYCHOLOGUE', 'Psychologue'],
  ['AES', 'Accompagnant éducatif et social (AES)'], ['ETUDIANT_SANTE', 'Étudiant en santé'],
];
export const DEPARTMENTS = [['14', 'Calvados (14)'], ['27', 'Eure (27)'], ['50', 'Manche (50)'], ['61', 'Orne (61)'], ['76', 'Seine-Maritime (76)']];
export const CONTRACTS = [['CDD_COURT', 'CDD court'], ['VACATION', 'Vacation'], ['MISE_A_DISPOSITION', 'Mise à disposition']];
export const URGENCIES = [['CRITICAL', 'Critique'], ['HIGH', 'Élevée'], ['NORMAL', 'Normale']];
export const UNITS = [
  ['URGENCES', 'Urgences'], ['REANIMATION', 'Réanimation'], ['BLOC', 'Bloc opératoire'], ['MEDECINE', 'Médecine'],
  ['CHIRURGIE', 'Chirurgie'], ['GERIATRIE', 'Gériatrie'], ['PEDIATRIE', 'Pédiatrie'], ['MATERNITE', 'Maternité'],
  ['PSYCHIATRIE', 'Psychiatrie'], ['EHPAD', 'EHPAD'], ['HANDICAP', 'Handicap'], ['SSR', 'SSR'],
  ['DOMICILE', 'Domicile'], ['PMI', 'PMI'],
];
export const label = (list, code) => (list.find(([c]) => c === code) || [code, code])[1];
export const formatDateTime = (value) => value ? new Date(value).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }) : '—';
/** A number written the French way (1 526,5), '—' when unknown. */
export const formatNumber = (value, digits = 2) => (value == null ? '—' : value.toLocaleString('fr-FR', { maximumFractionDigits: digits }));
/** A duration given in hours, in the unit a person would use: minutes under an hour, days beyond two. */
export const formatHours = (hours) => {
  if (hours == null) return '—';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${formatNumber(hours, 1)} h`;
  return `${formatNumber(hours / 24, 1)} j`;
};
export const formatDate = (value) => value ? new Date(value).toLocaleDateString('fr-FR', { dateStyle: 'long' }) : '—';
/** When the ARS decided on a verification (or corrected an establishment), and which operator did (their name goes with it). */
export const formatDecision = (decision) => (decision ? `${formatDateTime(decision.at)}, ${decision.by}` : '—');
/** The same after a reason the ARS gave, for the person it concerns; nothing for decisions older than the record of them. */
export const decidedBy = (decision) => (decision ? ` (décision de l'ARS Normandie du ${formatDecision(decision)})` : '');
const OUTCOMES = { VERIFIED: 'Vérifié', REJECTED: 'Refusé', VERIFICATION_WITHDRAWN: 'Vérification retirée' };
/** ARS: every decision taken on a verification, newest first — what, why, when, by whom (older records say less). */
export function DecisionHistory({ last, earlier = [] }) {
  return (
    <ul className="rr-decisions">
      {[last, ...earlier].map((d) => (
        <li key={d.at}>{OUTCOMES[d.outcome] || 'Décision'}{d.reason ? ` (motif : ${d.reason})` : ''} — {formatDecision(d)}</li>
      ))}
    </ul>
  );
}

/**
 * ARS: takes back a verification it no longer stands by, with the reason the verified party reads; {@code consequences}
 * says what follows. {@code version}, when given, is the one read.
 */
export function WithdrawVerification({ id, path, version, consequences, reload }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const withdraw = () => action.run(() => api(path, { method: 'POST', body: { version, reason } })).then((r) => r && reload());
  return (
    <div className="fr-mt-2w">
      <h3 className="fr-h6">Retirer la vérification</h3>
      <p className="fr-text--sm">{consequences}</p>
      <Problem error={action.error} />
      <div className="rr-actions">
        <Field id={id} label="Motif du retrait" value={reason} error={action.fieldErrors.reason} onChange={setReason} />
        <button className="fr-btn fr-btn--secondary fr-btn--sm" onClick={withdraw} disabled={action.pending}>Retirer la vérification</button>
      </div>
    </div>
  );
}
