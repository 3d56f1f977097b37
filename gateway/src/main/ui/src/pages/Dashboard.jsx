import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import departments from '../normandy-departments.json';
import { Link } from '../App.jsx';
import { Alert, Loading, Problem, formatDateTime, formatHours, formatNumber, useResource } from '../components/ui.jsx';

const WIDTH = 560;
const HEIGHT = 360;
// Tension classes (uncovered positions per 10,000 inhabitants), lightest to darkest.
const SHADES = ['#fef4f4', '#fcc0b4', '#f9987e', '#e4794a', '#ce614a'];

/**
 * The limits between the classes: equal steps, each 1, 2, 2.5 or 5 times a power of ten, the largest such that the
 * highest tension is in the darkest class, so that the map tells departments apart in a crisis as in a quiet week
 * (null when nothing is uncovered).
 */
function tensionLimits(tensions) {
  const highest = Math.max(0, ...tensions);
  if (highest === 0) return null;
  const rough = highest / (SHADES.length - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [5, 2.5, 2, 1].map((m) => m * power).find((s) => s <= rough * (1 + 1e-9));
  return SHADES.slice(1).map((_, i) => Number(((i + 1) * step).toPrecision(6)));
}

/** A department's polygons, whether its outline is one polygon or several. */
const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/** Equirectangular projection of the department outlines, scaled to the drawing. */
function projector() {
  const points = departments.features.flatMap((f) => polygonsOf(f.geometry).flat(2));
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const ratio = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
  const scale = Math.min(WIDTH / ((maxLon - minLon) * ratio), HEIGHT / (maxLat - minLat));
  return ([lon, lat]) => [(lon - minLon) * ratio * scale, (maxLat - lat) * scale];
}

const project = projector();
const PATHS = departments.features.map((f) => ({
  code: f.properties.code,
  name: f.properties.nom,
  d: polygonsOf(f.geometry).map((polygon) => polygon.map((ring) => `M${ring.map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`).join('')).join(''),
}));

const shadeOf = (tension, limits) => SHADES[limits ? limits.filter((limit) => tension >= limit).length : 0];

function TensionMap({ indicators }) {
  const byCode = Object.fromEntries(indicators.map((i) => [i.department, i]));
  const limits = tensionLimits(indicators.map((i) => i.tension));
  return (
    <figure className="fr-m-0">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="map-title map-desc">
        <title id="map-title">Tension par département</title>
        <desc id="map-desc">{indicators.map((i) => `${i.label} : ${formatNumber(i.tension)} postes non pourvus pour 10 000 habitants`).join('. ')}</desc>
        {PATHS.map((p) => (
          <path key={p.code} d={p.d} fill={shadeOf(byCode[p.code]?.tension ?? 0, limits)} stroke="#161616" strokeWidth="0.8">
            <title>{`${p.name} : ${formatNumber(byCode[p.code]?.tension ?? 0)} pour 10 000 habitants`}</title>
          </path>
        ))}
      </svg>
      <figcaption className="fr-text--sm">
        {limits ? (
          <>
            Postes non pourvus pour 10 000 habitants :{' '}
            {SHADES.map((shade, i) => (
              <span key={shade} className="fr-mr-2w rr-nowrap">
                <svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill={shade} stroke="#161616" /></svg>{' '}
                {i === 0 ? `moins de ${formatNumber(limits[0])}` : i === SHADES.length - 1 ? `${formatNumber(limits[i - 1])} et plus` : `${formatNumber(limits[i - 1])} à ${formatNumber(limits[i])}`}
              </span>
            ))}
          </>
        ) : 'Aucun poste non pourvu.'}
      </figcaption>
    </figure>
  );
}

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Supply against demand per group (departments, professions), with the same figures as text for screen readers.
 * Groups with long names (professions) are drawn as rows, whose labels need no slanting.
 */
function SupplyDemandChart({ indicators, by, horizontal = false }) {
  const canvas = useRef(null);
  useEffect(() => {
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: indicators.map((i) => i.label),
        datasets: [
          { label: 'Volontaires disponibles maintenant', data: indicators.map((i) => i.availableNow), backgroundColor: '#000091' },
          { label: 'Volontaires vérifiés', data: indicators.map((i) => i.verified), backgroundColor: '#6a6af4' },
          { label: 'Postes non pourvus', data: indicators.map((i) => i.uncoveredPositions), backgroundColor: '#ce614a' },
        ],
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, indexAxis: horizontal ? 'y' : 'x',
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    return () => chart.destroy();
  }, [indicators, horizontal]);
  return (
    <figure className="fr-mt-4w fr-mb-0 fr-mx-0">
      <div className="rr-chart" style={horizontal ? { height: `${Math.max(18, 3 + indicators.length * 2.5)}rem` } : undefined}>
        <canvas ref={canvas} role="img" aria-label={`Par ${by} : ${indicators.map((i) => `${i.label}, ${i.verified} volontaires vérifiés dont ${i.availableNow} disponibles, ${i.uncoveredPositions} postes non pourvus`).join(' ; ')}`} />
      </div>
      <figcaption className="fr-text--sm">Offre et demande par {by} (détail dans le tableau).</figcaption>
    </figure>
  );
}

/** Mails and SMS to users: a failing mail server shows here, and nothing is lost meanwhile. */
function Delivery() {
  const { data, error } = useResource('/api/notifications/delivery');
  if (error) return <Problem error={error} />;
  if (!data) return null;
  return (
    <>
      {data.failing > 0 && (
        <Alert type="warning" title={`${data.failing} message${data.failing > 1 ? 's' : ''} en échec d'envoi`}>
          {`Premier échec le ${formatDateTime(data.oldestFailingSince)}. Les envois sont retentés automatiquement ; vérifiez le serveur de messagerie.`}
        </Alert>
      )}
      <p className="fr-text--sm">
        Messages aux utilisateurs : {formatNumber(data.sentLast24Hours)} envoyé{data.sentLast24Hours > 1 ? 's' : ''} en 24 h,{' '}
        {formatNumber(data.waiting)} en attente (regroupement, heures calmes, adresse pas encore connue ou nouvel essai), {formatNumber(data.failing)} en échec.
      </p>
    </>
  );
}

/** The same indicators per profession: where volunteers are missing, whatever the place. */
function Professions() {
  const { data, error } = useResource('/api/matching/monitoring/professions');
  if (error) return <Problem error={error} />;
  if (!data) return null;
  return (
    <section className="fr-mt-4w" aria-labelledby="professions-title">
      <h2 id="professions-title" className="fr-h4">Par profession</h2>
      {data.length === 0 ? <p className="rr-muted">Aucun volontaire ni besoin pour l'instant.</p> : (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-lg-6"><SupplyDemandChart indicators={data} by="profession" horizontal /></div>
          <div className="fr-col-12 fr-col-lg-6">
            <div className="fr-table"><table tabIndex={0}>
              <caption>Indicateurs par profession</caption>
              <thead><tr><th scope="col">Profession</th><th scope="col">Vérifiés</th><th scope="col">Besoins ouverts</th><th scope="col">Non pourvus</th><th scope="col">Taux de réponse</th><th scope="col">Délai de pourvoi (médiane)</th></tr></thead>
              <tbody>{data.map((i) => (
                <tr key={i.profession}>
                  <th scope="row">{i.label}</th><td>{i.verified} / {i.volunteers}</td><td>{i.openNeeds}</td><td>{i.uncoveredPositions}</td>
                  <td>{i.requestsSent ? `${formatNumber(i.responseRate)} %` : '—'}</td>
                  <td>{formatHours(i.medianHoursToFill)}</td>
                </tr>
              ))}</tbody>
            </table></div>
          </div>
        </div>
      )}
    </section>
  );
}

/** Private feedback after missions (the ARS only); volunteers reported absent are flagged. */
function MissionFeedback() {
  const { data, error } = useResource('/api/matching/feedback');
  if (error) return <Problem error={error} />;
  if (!data) return null;
  return (
    <section className="fr-mt-4w" aria-labelledby="feedback-title">
      <h2 id="feedback-title" className="fr-h4">Retours après mission</h2>
      {data.length === 0 ? <p className="rr-muted">Aucun retour pour l'instant : chaque partie peut en laisser un quand une mission se termine.</p> : (
        <div className="fr-table"><table tabIndex={0}>
          <caption className="fr-sr-only">Retours après mission, les plus récents d'abord</caption>
          <thead><tr><th scope="col">Le</th><th scope="col">Mission</th><th scope="col">De la part de</th><th scope="col">A eu lieu</th><th scope="col">Retravailler ensemble</th><th scope="col">Commentaire</th><th scope="col">Absences du volontaire (12 mois)</th></tr></thead>
          <tbody>{data.slice(0, 50).map((f) => (
            <tr key={`${f.proposalId}/${f.from}`}>
              <td>{formatDateTime(f.at)}</td>
              <td>{f.establishmentName} — <Link to={`/espace/volontaires?volontaire=${encodeURIComponent(f.volunteerId)}`}>{f.initials}</Link></td>
              <td>{f.from === 'ESTABLISHMENT' ? 'Établissement' : 'Volontaire'}</td>
              <td>{f.noShow ? <span className="fr-badge fr-badge--error fr-badge--sm">Non</span> : 'Oui'}</td>
              <td>{f.wouldWorkAgain ? 'Oui' : 'Non'}</td><td>{f.comment || '—'}</td>
              <td>{f.volunteerNoShowsThisYear >= 2 ? <strong>{f.volunteerNoShowsThisYear} (répétées)</strong> : f.volunteerNoShowsThisYear}</td>
            </tr>
          ))}</tbody>
        </table></div>
      )}
    </section>
  );
}

export default function Dashboard() {
  const { loading, data, error } = useResource('/api/matching/monitoring');
  if (loading && !data) return <Loading />;
  if (error) return <Problem error={error} />;
  const total = (key) => data.reduce((sum, i) => sum + i[key], 0);
  const tiles = [['Volontaires vérifiés', total('verified')], ['Disponibles maintenant', total('availableNow')],
    ['Besoins ouverts', total('openNeeds')], ['Postes non pourvus', total('uncoveredPositions')],
    ['Demandes envoyées', total('requestsSent')], ['Profils à relancer', total('stale')]];
  return (
    <>
      <h1>Tableau de bord</h1>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        {tiles.map(([text, value]) => (
          <div className="fr-col-6 fr-col-md-4 fr-col-lg-2" key={text}>
            <div className="rr-card"><p className="fr-h3 fr-mb-0">{formatNumber(value)}</p><p className="fr-text--sm fr-mb-0">{text}</p></div>
          </div>
        ))}
      </div>
      <Delivery />
      {total('volunteers') === 0 && <Alert title="Encore aucun volontaire">Les indicateurs se rempliront au fil des inscriptions et des besoins publiés.</Alert>}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6"><TensionMap indicators={data} /></div>
        <div className="fr-col-12 fr-col-lg-6"><SupplyDemandChart indicators={data} by="département" /></div>
        <div className="fr-col-12">
          <div className="fr-table"><table tabIndex={0}>
            <caption>Indicateurs par département</caption>
            <thead><tr>
              <th scope="col">Département</th><th scope="col">Vérifiés</th><th scope="col">Besoins ouverts</th>
              <th scope="col">Non pourvus</th><th scope="col">Taux de réponse</th><th scope="col">Tension (non pourvus pour 10 000 hab.)</th>
              <th scope="col">Délai de pourvoi (médiane)</th>
            </tr></thead>
            <tbody>{data.map((i) => (
              <tr key={i.department}>
                <th scope="row">{i.label}</th><td>{i.verified} / {i.volunteers}</td><td>{i.openNeeds}</td>
                <td>{i.uncoveredPositions}</td><td>{i.requestsSent ? `${formatNumber(i.responseRate)} %` : '—'}</td><td>{formatNumber(i.tension)}</td>
                <td>{formatHours(i.medianHoursToFill)}</td>
              </tr>
            ))}</tbody>
          </table></div>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href="/api/matching/monitoring/export.csv" download>Exporter les indicateurs en CSV</a>
          <p className="fr-mt-2w"><a className="fr-link" href="/swagger-ui.html">Documentation de l'API de chaque service (OpenAPI)</a></p>
        </div>
      </div>
      <Professions />
      <MissionFeedback />
    </>
  );
}
