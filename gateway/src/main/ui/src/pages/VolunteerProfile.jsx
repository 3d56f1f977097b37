import { useState } from 'react';
import { api } from '../api.js';
import { Link } from '../App.jsx';
import { Alert, Checkboxes, CommuneField, CONTRACTS, decidedBy, DEPARTMENTS, Field, formatDate, Loading, Problem, PROFESSIONS, Select, UNITS, useAction, useResource } from '../components/ui.jsx';

const STATUS_TEXT = {
  DRAFT: ['info', 'Brouillon : complétez votre profil puis soumettez-le à l\'ARS.'],
  SUBMITTED: ['info', 'Profil soumis : l\'ARS le vérifie. Vous serez proposé aux établissements une fois vérifié.'],
  VERIFIED: ['success', 'Profil vérifié : vous pouvez être proposé aux établissements.'],
  REJECTED: ['warning', 'Profil non validé par l\'ARS : corrigez-le puis soumettez-le à nouveau.'],
  PAUSED: ['warning', 'Participation en pause : aucun établissement ne vous sollicitera.'],
};

function Creation({ me, onCreated }) {
  const [form, setForm] = useState({ firstName: me?.firstName || '', lastName: me?.lastName || '', professions: [], department: null });
  const action = useAction();
  const submit = (e) => {
    e.preventDefault();
    action.run(() => api('/api/volunteers/me', { method: 'POST', body: form })).then((v) => v && onCreated());
  };
  const f = action.fieldErrors;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Devenir volontaire</h1>
      <p>Commencez par l'essentiel ; vous compléterez votre profil ensuite.</p>
      <Problem error={action.error} />
      <Field id="firstName" label="Prénom" value={form.firstName} error={f.firstName} onChange={(v) => setForm({ ...form, firstName: v })} autoComplete="given-name" />
      <Field id="lastName" label="Nom" value={form.lastName} error={f.lastName} onChange={(v) => setForm({ ...form, lastName: v })} autoComplete="family-name" />
      <Checkboxes legend="Profession(s)" name="professions" options={PROFESSIONS} values={form.professions} error={f.professions}
                  onChange={(v) => setForm({ ...form, professions: v })} />
      <Select id="department" label="Département" options={DEPARTMENTS} value={form.department} error={f.department}
              onChange={(v) => setForm({ ...form, department: v })} />
      <button className="fr-btn" type="submit" disabled={action.pending}>{action.pending ? 'Création…' : 'Créer mon profil'}</button>
    </form>
  );
}

const SHIFTS = [['JOUR', 'Jour'], ['NUIT', 'Nuit'], ['WEEK_END', 'Week-end'], ['DOUZE_HEURES', 'Postes de 12 h']];

/** The wizard's steps and the API fields each one edits: a field error or a missing item leads to its step. */
const STEPS = [
  { title: 'Identité et contact', fields: ['firstName', 'lastName', 'phone', 'preferredChannel'] },
  { title: 'Situation', fields: ['situation'] },
  { title: 'Profession et diplômes', fields: ['professions', 'specialty', 'professionalId', 'diplomas'] },
  { title: 'Expérience', fields: ['experience'] },
  { title: 'Lieu et déplacements', fields: ['mobility'] },
  { title: 'Contrats et horaires', fields: ['preferences'] },
  { title: 'Consentement et envoi', fields: ['consent', 'availability'] },
];
const stepOf = (field) => STEPS.findIndex((s) => s.fields.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`)));

function Stepper({ step }) {
  return (
    <div className="fr-stepper">
      <h2 className="fr-stepper__title">
        {STEPS[step].title}
        <span className="fr-stepper__state">Étape {step + 1} sur {STEPS.length}</span>
      </h2>
      <div className="fr-stepper__steps" data-fr-current-step={step + 1} data-fr-steps={STEPS.length} />
      {step + 1 < STEPS.length && <p className="fr-stepper__details"><span className="fr-text--bold">Étape suivante :</span> {STEPS[step + 1].title}</p>}
    </div>
  );
}

/** Every step reachable at once, each marked with what it still lacks before submission. */
function StepIndex({ step, missing, goTo }) {
  return (
    <nav className="fr-mb-3w" aria-label="Étapes du profil">
      <ul className="rr-steps">
        {STEPS.map((s, i) => {
          const lacking = missing.filter((m) => stepOf(m.field) === i).length;
          return (
            <li key={s.title}>
              <button type="button" className="fr-link" aria-current={i === step ? 'step' : undefined} onClick={() => goTo(i)}>
                {i + 1}. {s.title}
              </button>
              {lacking > 0 && <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1w">{lacking} à compléter</span>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Diplomas({ diplomas, onChange, errors }) {
  const update = (i, patch) => onChange(diplomas.map((d, j) => (i === j ? { ...d, ...patch } : d)));
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend">Diplômes<span className="fr-hint-text">Diplôme d'État, spécialisation, diplôme universitaire…</span></legend>
      {diplomas.length === 0 && <p className="fr-fieldset__element rr-muted">Aucun diplôme indiqué pour l'instant.</p>}
      {diplomas.map((d, i) => (
        <div className="fr-fieldset__element rr-card" key={i}>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-5"><Field id={`diploma-${i}-title`} label="Intitulé" value={d.title} error={errors[`diplomas[${i}].title`]} onChange={(v) => update(i, { title: v })} /></div>
            <div className="fr-col-12 fr-col-md-2"><Field id={`diploma-${i}-year`} label="Année" type="number" inputMode="numeric" value={d.year} error={errors[`diplomas[${i}].year`]} onChange={(v) => update(i, { year: v })} /></div>
            <div className="fr-col-12 fr-col-md-5"><Field id={`diploma-${i}-institution`} label="Établissement de formation" value={d.institution} error={errors[`diplomas[${i}].institution`]} onChange={(v) => update(i, { institution: v })} /></div>
          </div>
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => onChange(diplomas.filter((_, j) => j !== i))}>
            Retirer ce diplôme<span className="fr-sr-only"> ({d.title || `n° ${i + 1}`})</span>
          </button>
        </div>
      ))}
      <div className="fr-fieldset__element">
        {errors.diplomas && <p className="fr-error-text">{errors.diplomas}</p>}
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" onClick={() => onChange([...diplomas, { title: '', year: '', institution: '' }])}>Ajouter un diplôme</button>
      </div>
    </fieldset>
  );
}

function formOf(volunteer) {
  const p = volunteer.profile;
  return {
    firstName: volunteer.firstName, lastName: volunteer.lastName, phone: p.phone, preferredChannel: p.preferredChannel,
    situationStatus: p.situation?.status ?? null, employerType: p.situation?.employerType ?? null,
    employerAgreesToSecondment: p.situation?.employerAgreesToSecondment ?? false, studyProgramme: p.situation?.studyProgramme,
    studyYear: p.situation?.studyYear, school: p.situation?.school, retirementYear: p.situation?.retirementYear,
    professions: p.professions, specialty: p.specialty, professionalId: p.professionalId, diplomas: p.diplomas,
    years: p.experience.years, units: p.experience.units, languages: p.experience.languages.join(', '),
    communeInsee: p.mobility.communeInsee,
    communeLabel: volunteer.commune ? `${volunteer.commune.name} (${volunteer.commune.postcodes[0]})` : '',
    maxTravelKm: p.mobility.maxTravelKm, hasCar: p.mobility.hasCar, departmentsAccepted: p.mobility.departmentsAccepted,
    contractTypes: p.preferences.contractTypes, shiftTypes: p.preferences.shiftTypes, maxHoursPerWeek: p.preferences.maxHoursPerWeek,
    earliestStart: p.preferences.earliestStart, wantsHousing: p.preferences.wantsHousing,
    weeklyContactBudget: p.preferences.weeklyContactBudget,
    contactConsent: volunteer.consent?.contactConsent ?? 'ESTABLISHMENTS_AND_ARS', consented: !!volunteer.consent,
  };
}

const num = (v) => (v === '' || v === null || v === undefined ? null : Number(v));

function requestOf(volunteer, form) {
  return {
    version: volunteer.version, firstName: form.firstName, lastName: form.lastName,
    profile: {
      phone: form.phone, preferredChannel: form.preferredChannel,
      situation: form.situationStatus ? { status: form.situationStatus, employerType: form.employerType,
        employerAgreesToSecondment: form.employerAgreesToSecondment, studyProgramme: form.studyProgramme,
        studyYear: num(form.studyYear), school: form.school, retirementYear: num(form.retirementYear) } : null,
      professions: form.professions, specialty: form.specialty || null, professionalId: form.professionalId || null,
      diplomas: form.diplomas.map((d) => ({ title: d.title, year: num(d.year) ?? 0, institution: d.institution || null })),
      experience: { years: num(form.years) ?? 0, units: form.units,
        languages: form.languages.split(',').map((l) => l.trim()).filter(Boolean) },
      mobility: { communeInsee: form.communeInsee, maxTravelKm: num(form.maxTravelKm) ?? 0, hasCar: form.hasCar,
        departmentsAccepted: form.departmentsAccepted },
      preferences: { contractTypes: form.contractTypes, shiftTypes: form.shiftTypes,
        maxHoursPerWeek: num(form.maxHoursPerWeek) ?? 0, earliestStart: form.earliestStart || null,
        wantsHousing: form.wantsHousing, weeklyContactBudget: num(form.weeklyContactBudget) ?? 3 },
    },
  };
}

/** A draft opens where something is still missing (the last step when only submitting is left); others at the start. */
function firstStepFor(volunteer) {
  if (volunteer.status !== 'DRAFT' && volunteer.status !== 'REJECTED') return 0;
  const steps = volunteer.missingForSubmission.map((m) => stepOf(m.field)).filter((i) => i >= 0);
  return steps.length ? Math.min(...steps) : STEPS.length - 1;
}

/** What the profile lacks, each item a way to the step (or page) where it is filled in. */
function Missing({ missing, goTo }) {
  if (missing.length === 0) return <Alert type="success">Votre profil est complet.</Alert>;
  return (
    <div className="fr-alert fr-alert--warning fr-mb-3w" role="status">
      <h3 className="fr-alert__title">Avant de soumettre votre profil</h3>
      <ul>
        {missing.map((m) => (
          <li key={m.field}>
            {m.message}{' '}
            {m.field === 'availability'
              ? <Link to="/espace/disponibilites">Mes disponibilités</Link>
              : stepOf(m.field) >= 0 && <button type="button" className="fr-link" onClick={() => goTo(stepOf(m.field))}>Étape « {STEPS[stepOf(m.field)].title} »</button>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Edition({ volunteer, reload, notice, setNotice, step, setStep }) {
  const [form, setForm] = useState(() => formOf(volunteer));
  const set = (patch) => setForm({ ...form, ...patch });
  const save = useAction();
  const lifecycle = useAction();
  const f = { ...save.fieldErrors, ...lifecycle.fieldErrors };
  const elsewhere = Object.entries(f).filter(([field]) => stepOf(field) !== step && stepOf(field) >= 0);
  const last = step === STEPS.length - 1;

  const goTo = (next) => { setNotice(null); setStep(next); window.scrollTo(0, 0); };
  const saveThen = async (next) => {
    setNotice(null);
    let updated = await save.run(() => api('/api/volunteers/me', { method: 'PUT', body: requestOf(volunteer, form) }));
    if (updated && form.consented && (!volunteer.consent || volunteer.consent.contactConsent !== form.contactConsent)) {
      updated = await save.run(() => api('/api/volunteers/me/consent', { method: 'PUT',
        body: { version: updated.version, privacyNoticeVersion: '2026-11', contactConsent: form.contactConsent } }));
    }
    if (!updated) return;
    // the next step shows only once the saved profile is back, so nothing typed there is lost on reload
    await reload();
    if (next === step) setNotice('Profil enregistré.');
    setStep(next);
  };
  const submitStep = (e) => { e.preventDefault(); saveThen(last ? step : step + 1); };
  const lifecycleCall = (path) => lifecycle.run(() => api(path, { method: 'POST', body: { version: volunteer.version } })).then((r) => r && reload());
  const [statusType, statusText] = STATUS_TEXT[volunteer.status];

  return (
    <form onSubmit={submitStep} noValidate>
      <h1>Mon profil de volontaire</h1>
      <Alert type={statusType}>{statusText}{volunteer.status === 'REJECTED' ? ` Motif : ${volunteer.rejectionReason}${decidedBy(volunteer.decision)}.` : ''}</Alert>
      {(volunteer.status === 'VERIFIED' || volunteer.statusBeforePause === 'VERIFIED') && (
        <p className="fr-text--sm">Changer votre nom, vos professions, votre numéro RPPS ou ADELI ou vos diplômes renvoie votre profil à la vérification de l'ARS : vous ne serez plus proposé aux établissements d'ici là.</p>
      )}
      {volunteer.status !== 'DRAFT' && (
        <p>
          {volunteer.status === 'PAUSED'
            ? <button className="fr-btn fr-btn--secondary fr-btn--sm" type="button" disabled={lifecycle.pending} onClick={() => lifecycleCall('/api/volunteers/me/resume')}>Reprendre ma participation</button>
            : <button className="fr-btn fr-btn--tertiary fr-btn--sm" type="button" disabled={lifecycle.pending} onClick={() => lifecycleCall('/api/volunteers/me/pause')}>Mettre ma participation en pause</button>}
        </p>
      )}
      {volunteer.stale && volunteer.status !== 'DRAFT' && (
        <Alert type="warning" title="Vos disponibilités datent">Confirmez-les dans <Link to="/espace/disponibilites">Mes disponibilités</Link> pour continuer à être proposé en priorité.</Alert>
      )}
      {volunteer.purgeAfter && (
        <Alert type="error" title={`Votre profil sera supprimé le ${formatDate(volunteer.purgeAfter)}`}>
          Sans nouvelle de votre part depuis 24 mois, votre profil sera supprimé. Pour le garder, confirmez vos disponibilités
          dans <Link to="/espace/disponibilites">Mes disponibilités</Link>.
        </Alert>
      )}
      <StepIndex step={step} missing={volunteer.missingForSubmission} goTo={goTo} />
      <Stepper step={step} />
      {notice && <Alert type="success">{notice}</Alert>}
      <Problem error={save.error || lifecycle.error} />
      {elsewhere.length > 0 && (
        <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <h3 className="fr-alert__title">À corriger dans d'autres étapes</h3>
          <ul>
            {elsewhere.map(([field, message]) => (
              <li key={field}>{message}{' '}<button type="button" className="fr-link" onClick={() => goTo(stepOf(field))}>Étape « {STEPS[stepOf(field)].title} »</button></li>
            ))}
          </ul>
        </div>
      )}

      {step === 0 && (
        <>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6"><Field id="firstName" label="Prénom" value={form.firstName} error={f.firstName} onChange={(v) => set({ firstName: v })} autoComplete="given-name" /></div>
            <div className="fr-col-12 fr-col-md-6"><Field id="lastName" label="Nom" value={form.lastName} error={f.lastName} onChange={(v) => set({ lastName: v })} autoComplete="family-name" /></div>
            <div className="fr-col-12 fr-col-md-6"><Field id="phone" label="Téléphone" hint="Format français, ex. 06 12 34 56 78" type="tel" value={form.phone} error={f.phone} onChange={(v) => set({ phone: v })} autoComplete="tel" /></div>
            <div className="fr-col-12 fr-col-md-6"><Select id="channel" label="Je préfère être contacté par" value={form.preferredChannel} options={[['EMAIL', 'Courriel'], ['SMS', 'SMS'], ['TELEPHONE', 'Téléphone']]} onChange={(v) => set({ preferredChannel: v })} /></div>
          </div>
          <p className="fr-text--sm rr-muted">Courriel : {volunteer.email} (celui de votre compte)</p>
        </>
      )}

      {step === 1 && (
        <>
          <Select id="situation" label="Situation" value={form.situationStatus} error={f['situation.status']}
                  options={[['ACTIVE', 'En activité (salarié)'], ['LIBERAL', 'Libéral'], ['STUDENT', 'Étudiant'], ['RETIRED', 'Retraité']]}
                  onChange={(v) => set({ situationStatus: v })} />
          {form.situationStatus === 'ACTIVE' && (
            <>
              <Select id="employerType" label="Employeur" value={form.employerType} options={[['HOPITAL', 'Hôpital'], ['EHPAD', 'EHPAD'], ['AUTRE', 'Autre']]} onChange={(v) => set({ employerType: v })} />
              <div className="fr-checkbox-group fr-mb-2w">
                <input type="checkbox" id="agreement" checked={form.employerAgreesToSecondment} onChange={(e) => set({ employerAgreesToSecondment: e.target.checked })} />
                <label className="fr-label" htmlFor="agreement">Mon employeur accepte une mise à disposition</label>
              </div>
            </>
          )}
          {form.situationStatus === 'STUDENT' && (
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-5"><Field id="programme" label="Formation" value={form.studyProgramme} onChange={(v) => set({ studyProgramme: v })} /></div>
              <div className="fr-col-12 fr-col-md-2"><Field id="studyYear" label="Année" type="number" value={form.studyYear} error={f['situation.studyYear']} onChange={(v) => set({ studyYear: v })} /></div>
              <div className="fr-col-12 fr-col-md-5"><Field id="school" label="École / institut" value={form.school} onChange={(v) => set({ school: v })} /></div>
              <p className="fr-col-12 fr-text--sm">Un étudiant infirmier de 2e ou 3e année peut exercer comme aide-soignant.</p>
            </div>
          )}
          {form.situationStatus === 'RETIRED' && (
            <>
              <Field id="retirementYear" label="Année de départ à la retraite" type="number" value={form.retirementYear} error={f['situation.retirementYear']} onChange={(v) => set({ retirementYear: v })} />
              <p className="fr-text--sm">Cumul emploi-retraite : les revenus d'une activité reprise après la liquidation de votre pension sont cumulables, sous conditions (âge légal, toutes pensions liquidées) ; renseignez-vous auprès de votre caisse.</p>
            </>
          )}
        </>
      )}

      {step === 2 && (
        <>
          <Checkboxes legend="Profession(s)" name="professions" options={PROFESSIONS} values={form.professions} error={f.professions} onChange={(v) => set({ professions: v })} />
          {form.professions.includes('MEDECIN') && <Field id="specialty" label="Spécialité" value={form.specialty} error={f.specialty} onChange={(v) => set({ specialty: v })} />}
          <Field id="professionalId" label="Numéro RPPS (11 chiffres) ou ADELI (9 chiffres)" hint="Il figure sur votre carte CPS ou dans l'Annuaire Santé" value={form.professionalId} error={f.professionalId} onChange={(v) => set({ professionalId: v })} inputMode="numeric" />
          <Diplomas diplomas={form.diplomas} errors={f} onChange={(v) => set({ diplomas: v })} />
        </>
      )}

      {step === 3 && (
        <>
          <Field id="years" label="Années d'expérience" type="number" value={form.years} error={f['experience.years']} onChange={(v) => set({ years: v })} />
          <Checkboxes legend="Services où j'ai exercé" name="units" options={UNITS} values={form.units} onChange={(v) => set({ units: v })} />
          <Field id="languages" label="Langues parlées" hint="Séparées par des virgules" value={form.languages} onChange={(v) => set({ languages: v })} />
        </>
      )}

      {step === 4 && (
        <>
          <CommuneField id="commune" label="Commune de résidence" value={form.communeInsee} chosen={form.communeLabel} error={f['mobility.communeInsee']} onChange={(code, text) => set({ communeInsee: code, communeLabel: text })} />
          <Field id="maxTravelKm" label="Distance maximale de déplacement (km)" type="number" value={form.maxTravelKm} error={f['mobility.maxTravelKm']} onChange={(v) => set({ maxTravelKm: v })} />
          <div className="fr-checkbox-group fr-mb-2w">
            <input type="checkbox" id="hasCar" checked={form.hasCar} onChange={(e) => set({ hasCar: e.target.checked })} />
            <label className="fr-label" htmlFor="hasCar">J'ai un véhicule</label>
          </div>
          <Checkboxes legend="Départements acceptés" name="departments" options={DEPARTMENTS} values={form.departmentsAccepted} error={f['mobility.departmentsAccepted']} onChange={(v) => set({ departmentsAccepted: v })} />
        </>
      )}

      {step === 5 && (
        <>
          <Checkboxes legend="Types de contrat acceptés" name="contracts" options={CONTRACTS} values={form.contractTypes} error={f['preferences.contractTypes']} onChange={(v) => set({ contractTypes: v })} />
          <Checkboxes legend="Horaires acceptés" name="shifts" options={SHIFTS} values={form.shiftTypes} error={f['preferences.shiftTypes']} onChange={(v) => set({ shiftTypes: v })} />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-4"><Field id="maxHours" label="Heures par semaine au plus" type="number" value={form.maxHoursPerWeek} error={f['preferences.maxHoursPerWeek']} onChange={(v) => set({ maxHoursPerWeek: v })} /></div>
            <div className="fr-col-12 fr-col-md-4"><Field id="earliestStart" label="Disponible à partir du" type="date" value={form.earliestStart} onChange={(v) => set({ earliestStart: v })} /></div>
            <div className="fr-col-12 fr-col-md-4"><Field id="budget" label="Sollicitations par semaine au plus" type="number" value={form.weeklyContactBudget} error={f['preferences.weeklyContactBudget']} onChange={(v) => set({ weeklyContactBudget: v })} /></div>
          </div>
          <div className="fr-checkbox-group fr-mb-2w">
            <input type="checkbox" id="housing" checked={form.wantsHousing} onChange={(e) => set({ wantsHousing: e.target.checked })} />
            <label className="fr-label" htmlFor="housing">J'ai besoin d'un hébergement</label>
          </div>
        </>
      )}

      {last && (
        <>
          <div className={`fr-checkbox-group fr-mb-2w${f.consent ? ' fr-checkbox-group--error' : ''}`}>
            <input type="checkbox" id="consent" checked={form.consented} onChange={(e) => set({ consented: e.target.checked })} />
            <label className="fr-label" htmlFor="consent">J'ai lu la <Link to="/donnees-personnelles">notice sur les données personnelles</Link> (version 2026-11) et je l'accepte</label>
            {f.consent && <p className="fr-error-text">{f.consent}</p>}
          </div>
          <Select id="contactConsent" label="Qui peut me contacter" value={form.contactConsent}
                  options={[['ESTABLISHMENTS_AND_ARS', 'Les établissements et l\'ARS'], ['ARS_ONLY', 'L\'ARS seulement']]}
                  onChange={(v) => set({ contactConsent: v })} />
          <Missing missing={volunteer.missingForSubmission} goTo={goTo} />
        </>
      )}

      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        {step > 0 && <li><button className="fr-btn fr-btn--tertiary" type="button" disabled={save.pending} onClick={() => saveThen(step - 1)}>Précédent</button></li>}
        <li><button className="fr-btn" type="submit" disabled={save.pending}>{save.pending ? 'Enregistrement…' : last ? 'Enregistrer' : 'Enregistrer et continuer'}</button></li>
        {last && (volunteer.status === 'DRAFT' || volunteer.status === 'REJECTED') && (
          <li><button className="fr-btn fr-btn--secondary" type="button" disabled={lifecycle.pending || volunteer.missingForSubmission.length > 0}
                      onClick={() => lifecycleCall('/api/volunteers/me/submit')}>Soumettre à l'ARS</button></li>
        )}
      </ul>
    </form>
  );
}

export default function VolunteerProfile({ me }) {
  const { loading, data, error, reload } = useResource('/api/volunteers/me');
  const [notice, setNotice] = useState(null);
  const [chosenStep, setStep] = useState(null);
  if (loading && !data) return <Loading />;
  if (error?.status === 404) return <Creation me={me} onCreated={reload} />;
  if (error) return <Problem error={error} />;
  const step = chosenStep ?? firstStepFor(data);
  return <Edition key={data.version} volunteer={data} reload={reload} notice={notice} setNotice={setNotice} step={step} setStep={setStep} />;
}
