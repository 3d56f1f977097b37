import { Component, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { api, login, logout } from './api.js';
import { Alert, Loading, Problem, useAction } from './components/ui.jsx';
import Home from './pages/Home.jsx';
import { Accessibility, LegalNotice, PrivacyNotice } from './pages/Legal.jsx';
import VolunteerProfile from './pages/VolunteerProfile.jsx';
import VolunteerAvailability from './pages/VolunteerAvailability.jsx';
import VolunteerRequests from './pages/VolunteerRequests.jsx';
import VolunteerData from './pages/VolunteerData.jsx';
import Establishments from './pages/Establishments.jsx';
import Needs from './pages/Needs.jsx';
import NeedDetail from './pages/NeedDetail.jsx';
import Verification from './pages/Verification.jsx';
import AllNeeds from './pages/AllNeeds.jsx';
import Volunteers from './pages/Volunteers.jsx';
import EstablishmentDirectory from './pages/EstablishmentDirectory.jsx';
import Notifications from './pages/Notifications.jsx';
import CandidateSearch from './pages/CandidateSearch.jsx';
import RegionalAllocation from './pages/RegionalAllocation.jsx';

// the ARS dashboard draws its map and charts with a library and outlines nobody else needs: loaded on demand
const Dashboard = lazy(() => import('./pages/Dashboard.jsx'));

const NOTIFICATIONS = '/espace/notifications';
/** A need's own page, open to every role: the services decide who may read it. */
const NEED_PAGE = /^\/espace\/besoins\/([^/]+)$/;

const MENUS = {
  volunteer: [['/espace/profil', 'Mon profil'], ['/espace/disponibilites', 'Mes disponibilités'],
    ['/espace/demandes', 'Demandes et missions'], ['/espace/donnees', 'Mes données']],
  establishment: [['/espace/besoins', 'Besoins'], ['/espace/candidats', 'Rechercher des candidats'],
    ['/espace/etablissements', 'Mes établissements']],
  'ars-operator': [['/espace/tableau-de-bord', 'Tableau de bord'], ['/espace/verifications', 'Vérifications'],
    ['/espace/volontaires', 'Volontaires'], ['/espace/annuaire-etablissements', 'Établissements'],
    ['/espace/tous-les-besoins', 'Tous les besoins'],
    ['/espace/allocation-regionale', 'Allocation régionale']],
};

/** Client-side navigation on top of the history API: links stay real links (keyboard, new tab). */
export function navigate(path) {
  window.history.pushState({}, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export function Link({ to, children, ...rest }) {
  return <a href={to} onClick={(e) => { if (!e.metaKey && !e.ctrlKey) { e.preventDefault(); navigate(to); } }} {...rest}>{children}</a>;
}

function usePath() {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return path;
}

function roleOf(me) {
  return ['ars-operator', 'establishment', 'volunteer'].find((role) => me?.roles?.includes(role));
}

/** Unread notifications, refreshed every minute and whenever the inbox changes. */
function useUnread(me) {
  const [unread, setUnread] = useState(0);
  const refresh = () => api('/api/notifications/unread-count').then((r) => setUnread(r.unread)).catch(() => {});
  useEffect(() => {
    if (!roleOf(me)) return undefined;
    refresh();
    const timer = setInterval(refresh, 60_000);
    return () => clearInterval(timer);
  }, [me]); // eslint-disable-line react-hooks/exhaustive-deps
  return [unread, refresh];
}

function unreadLabel(unread) {
  return `Notifications${unread > 0 ? ` (${unread} non lue${unread > 1 ? 's' : ''})` : ''}`;
}

function AccountButtons({ me, unread }) {
  return me ? (
    <>
      {roleOf(me) && (
        <li><Link className="fr-btn fr-icon-notification-3-line fr-btn--icon-left" to={NOTIFICATIONS}>{unreadLabel(unread)}</Link></li>
      )}
      <li><span className="fr-btn fr-icon-account-circle-line fr-btn--icon-left">{me.name || me.username}</span></li>
      <li><button className="fr-btn fr-icon-logout-box-r-line fr-btn--icon-left" onClick={logout}>Se déconnecter</button></li>
    </>
  ) : (
    <li><button className="fr-btn fr-icon-lock-line fr-btn--icon-left" onClick={login}>Se connecter</button></li>
  );
}

/** The tab order inside the phone menu loops, as in any modal: what lies behind it is covered. */
function keepFocusWithin(event) {
  if (event.key !== 'Tab') return;
  const focusable = event.currentTarget.querySelectorAll('a[href], button:not([disabled])');
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
  else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
}

function MenuLinks({ menu, path }) {
  return (
    <ul className="fr-nav__list">
      {menu.map(([to, text]) => (
        <li className="fr-nav__item" key={to}>
          <Link className="fr-nav__link" to={to} aria-current={path.startsWith(to) ? 'page' : undefined}>{text}</Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * DSFR's header: on a desktop the account buttons and the menu bar; on a phone the brand and a menu button, the
 * buttons and the menu in a modal over the page, opened and closed here rather than by DSFR's script.
 */
function Header({ me, path, unread }) {
  const menu = MENUS[roleOf(me)] || [];
  const [open, setOpen] = useState(false);
  const menuButton = useRef(null);
  const closeButton = useRef(null);
  const close = () => { setOpen(false); menuButton.current?.focus(); };
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (!open) return undefined;
    closeButton.current?.focus();
    const onKey = (e) => { if (e.key === 'Escape') close(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo"><p className="fr-logo">République<br />Française</p></div>
                <div className="fr-header__navbar">
                  {roleOf(me) && (
                    <Link className={`fr-btn ${unread > 0 ? 'fr-icon-notification-3-fill' : 'fr-icon-notification-3-line'}`}
                          to={NOTIFICATIONS} title={unreadLabel(unread)}>{unreadLabel(unread)}</Link>
                  )}
                  <button ref={menuButton} type="button" className="fr-btn--menu fr-btn" aria-controls="menu-telephone"
                          aria-haspopup="dialog" aria-expanded={open} title="Menu" onClick={() => setOpen(true)}>Menu</button>
                </div>
              </div>
              <div className="fr-header__service">
                <Link to="/" title="Accueil — Renfort RH"><p className="fr-header__service-title">Renfort RH</p></Link>
                <p className="fr-header__service-tagline">ARS Normandie — renfort des établissements de santé</p>
              </div>
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <ul className="fr-btns-group"><AccountButtons me={me} unread={unread} /></ul>
              </div>
            </div>
          </div>
        </div>
      </div>
      {open && (
        <div className="fr-header__menu fr-modal fr-modal--opened fr-hidden-lg" id="menu-telephone" role="dialog"
             aria-modal="true" aria-label="Menu" onKeyDown={keepFocusWithin}>
          <div className="fr-container">
            <button ref={closeButton} type="button" className="fr-btn--close fr-btn" aria-controls="menu-telephone" title="Fermer"
                    onClick={close}>Fermer</button>
            <div className="fr-header__menu-links">
              <ul className="fr-btns-group"><AccountButtons me={me} unread={unread} /></ul>
            </div>
            {menu.length > 0 && (
              <nav className="fr-nav" role="navigation" aria-label="Menu principal"><MenuLinks menu={menu} path={path} /></nav>
            )}
          </div>
        </div>
      )}
      {menu.length > 0 && (
        <div className="fr-header__menu fr-modal--opened fr-hidden fr-unhidden-lg" id="menu">
          <div className="fr-container">
            <nav className="fr-nav" role="navigation" aria-label="Menu principal"><MenuLinks menu={menu} path={path} /></nav>
          </div>
        </div>
      )}
    </header>
  );
}

function Footer() {
  return (
    <footer className="fr-footer" role="contentinfo">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link to="/" title="Accueil — Renfort RH"><p className="fr-logo">République<br />Française</p></Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">Renfort RH est un service de l'Agence régionale de santé de Normandie.</p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item"><Link className="fr-footer__bottom-link" to="/accessibilite">Accessibilité : non conforme</Link></li>
            <li className="fr-footer__bottom-item"><Link className="fr-footer__bottom-link" to="/mentions-legales">Mentions légales</Link></li>
            <li className="fr-footer__bottom-item"><Link className="fr-footer__bottom-link" to="/donnees-personnelles">Données personnelles</Link></li>
          </ul>
        </div>
      </div>
    </footer>
  );
}

/** A new account says who it is; signing in again brings a token with that role. */
function RoleChoice() {
  const action = useAction();
  const choose = (role) => action.run(() => api('/api/account/role', { method: 'POST', body: { role } })).then((r) => r && login());
  return (
    <>
      <h1>Bienvenue sur Renfort RH</h1>
      <p>Votre compte est créé. Dites-nous qui vous êtes pour accéder à votre espace.</p>
      <Problem error={action.error} />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li><button className="fr-btn" disabled={action.pending} onClick={() => choose('volunteer')}>Je suis un professionnel de santé volontaire</button></li>
        <li><button className="fr-btn fr-btn--secondary" disabled={action.pending} onClick={() => choose('establishment')}>Je représente un établissement</button></li>
      </ul>
      <p className="fr-text--sm">Les agents de l'ARS reçoivent leur accès de l'ARS.</p>
    </>
  );
}

/**
 * A screen that fails to draw, or to load (the dashboard's script after a new release replaced it), says so and
 * offers to reload instead of leaving the page blank.
 */
class ScreenFailure extends Component {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert type="error" title="Cet écran n'a pas pu s'afficher">
        Rechargez la page ; si cela se reproduit, signalez-le à l'ARS.{' '}
        <button className="fr-btn fr-btn--sm fr-btn--secondary" type="button" onClick={() => window.location.reload()}>Recharger la page</button>
      </Alert>
    );
  }
}

/** A space's address its role may not open (or /espace itself) leads to the first page of its menu. */
function shownPath(me, path) {
  const role = roleOf(me);
  if (!role || !path.startsWith('/espace') || path === NOTIFICATIONS || NEED_PAGE.test(path)) return path;
  const allowed = MENUS[role].map(([to]) => to);
  return allowed.includes(path) ? path : allowed[0];
}

function Space({ me, path, onInboxChange }) {
  const role = roleOf(me);
  if (!role) {
    return <RoleChoice />;
  }
  if (path === NOTIFICATIONS) return <Notifications onChange={onInboxChange} />;
  const needMatch = path.match(NEED_PAGE);
  if (needMatch) return <NeedDetail me={me} needId={decodeURIComponent(needMatch[1])} />;
  const pages = {
    '/espace/profil': VolunteerProfile, '/espace/disponibilites': VolunteerAvailability,
    '/espace/demandes': VolunteerRequests, '/espace/donnees': VolunteerData,
    '/espace/etablissements': Establishments, '/espace/besoins': Needs, '/espace/candidats': CandidateSearch,
    '/espace/verifications': Verification, '/espace/volontaires': Volunteers, '/espace/annuaire-etablissements': EstablishmentDirectory,
    '/espace/tous-les-besoins': AllNeeds, '/espace/tableau-de-bord': Dashboard,
    '/espace/allocation-regionale': RegionalAllocation,
  };
  const Page = pages[path];
  return <Suspense fallback={<Loading />}><Page me={me} /></Suspense>;
}

export default function App() {
  const [me, setMe] = useState(undefined);
  const requested = usePath();
  const path = shownPath(me, requested);
  useEffect(() => {
    if (path !== requested) window.history.replaceState({}, '', path);
  }, [path, requested]);
  useEffect(() => { api('/api/me').then(setMe).catch(() => setMe(null)); }, []);
  const [unread, refreshUnread] = useUnread(me);
  useEffect(() => {
    const titles = { '/': 'Accueil', [NOTIFICATIONS]: 'Notifications', '/mentions-legales': 'Mentions légales', '/donnees-personnelles': 'Données personnelles',
      '/accessibilite': 'Accessibilité' };
    document.title = `${titles[path] || 'Mon espace'} — Renfort RH`;
  }, [path]);

  let content;
  if (path === '/mentions-legales') content = <LegalNotice />;
  else if (path === '/donnees-personnelles') content = <PrivacyNotice />;
  else if (path === '/accessibilite') content = <Accessibility />;
  else if (path.startsWith('/espace')) {
    if (me === undefined) content = <Loading />;
    else if (me === null) { login(); content = <Loading label="Redirection vers la connexion…" />; }
    else content = <Space me={me} path={path} onInboxChange={refreshUnread} />;
  } else content = <Home me={me} />;

  return (
    <>
      <div className="fr-skiplinks">
        <nav className="fr-container" role="navigation" aria-label="Accès rapide">
          <ul className="fr-skiplinks__list"><li><a className="fr-link" href="#contenu">Aller au contenu</a></li></ul>
        </nav>
      </div>
      <Header me={me} path={path} unread={unread} />
      <main id="contenu" className="fr-container rr-main" role="main" tabIndex={-1}><ScreenFailure key={path}>{content}</ScreenFailure></main>
      <Footer />
    </>
  );
}
