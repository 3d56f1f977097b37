import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertAccessible, GATEWAY, launch, newContext, newUser, openPhoneMenu, screenshot, signIn } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { width: 360, height: 740 };
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('the public pages say what Renfort RH is, on a phone and a desktop, accessibly', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', { width: 1280, height: 900 }]]) {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await page.goto(`${GATEWAY}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.match(await page.textContent('h1'), /professionnels de santé volontaires/);
    await assertAccessible(page);
    await screenshot(page, `home-${name}`);
    for (const path of ['/mentions-legales', '/donnees-personnelles', '/accessibilite']) {
      await page.goto(`${GATEWAY}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await assertAccessible(page);
    }
    await context.close();
  }
});

test('a self-registered account chooses to be a volunteer and lands in the volunteer space', async () => {
  const newcomer = await newUser('offline_access', 'Lucie', 'Petit');
  const page = await signIn(browser, newcomer, PHONE);
  await page.getByRole('heading', { name: 'Bienvenue sur Renfort RH' }).waitFor();
  await assertAccessible(page);
  const loggedInAgain = page.waitForResponse((r) => r.url().includes('/login/oauth2/code/'));
  await page.getByRole('button', { name: 'Je suis un professionnel de santé volontaire' }).click();
  await loggedInAgain;
  await page.getByRole('heading', { name: 'Devenir volontaire' }).waitFor();
});

test('a screen whose script cannot be loaded says so and offers to reload, instead of a blank page', async () => {
  const operator = await newUser('ars-operator', 'Luc', 'Marchand');
  const page = await signIn(browser, operator);
  await page.route('**/assets/Dashboard-*.js', (route) => route.abort());
  await page.goto(`${GATEWAY}/espace/tableau-de-bord`);
  await page.getByRole('alert').getByText("Cet écran n'a pas pu s'afficher").waitFor();
  await assertAccessible(page);
  await page.unroute('**/assets/Dashboard-*.js');
  await page.getByRole('button', { name: 'Recharger la page' }).click();
  await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
});

test('a need is staffed through the screens: volunteer, ARS and establishment', async () => {
  // A name of its own per run: the ARS queue may hold volunteers of earlier runs.
  const lastName = `Morel-${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
  const volunteer = await newUser('volunteer', 'Inès', lastName);
  const staff = await newUser('establishment', 'Paul', 'Leroy');
  const ars = await newUser('ars-operator', 'Anne', 'Roux');
  const ehpad = `EHPAD Les Charmilles ${Math.random().toString(36).slice(2, 7)}`;

  // The volunteer creates and completes their profile, sets their availability and submits it.
  const v = await signIn(browser, volunteer, PHONE);
  await v.getByRole('heading', { name: 'Devenir volontaire' }).waitFor();
  await assertAccessible(v);
  // on a phone the menu opens over the page and Escape closes it
  await openPhoneMenu(v);
  const phoneMenu = v.getByRole('dialog', { name: 'Menu' });
  await phoneMenu.getByRole('link', { name: 'Mes disponibilités' }).waitFor();
  await assertAccessible(v);
  await screenshot(v, 'volunteer-menu-phone');
  await v.keyboard.press('Escape');
  await phoneMenu.waitFor({ state: 'detached' });
  // their account's names are already there
  assert.equal(await v.getByLabel('Prénom').inputValue(), 'Inès');
  assert.equal(await v.getByLabel('Nom', { exact: true }).inputValue(), lastName);
  await v.getByLabel('Aide-soignant').check({ force: true });
  await v.getByLabel('Département').selectOption('76');
  await v.getByRole('button', { name: 'Créer mon profil' }).click();
  // The wizard opens at the first step still incomplete and moves on at each save.
  await v.getByRole('heading', { name: 'Mon profil de volontaire' }).waitFor();
  const next = () => v.getByRole('button', { name: 'Enregistrer et continuer' }).click();
  const atStep = (title) => v.getByRole('heading', { name: new RegExp(`^${title}`) }).waitFor();
  await atStep('Identité et contact');
  await v.getByLabel('Téléphone').fill('06 11 22 33 44');
  await next();
  await atStep('Situation');
  await v.getByLabel('Situation', { exact: true }).selectOption('LIBERAL');
  await next();
  await atStep('Profession et diplômes');
  await v.getByRole('button', { name: 'Ajouter un diplôme' }).click();
  await v.locator('#diploma-0-year').fill('2015');
  await next();
  assert.equal(await v.locator('#diploma-0-title-error').textContent(), 'Indiquez l\'intitulé du diplôme.');
  await v.locator('#diploma-0-title').fill('Diplôme d\'État d\'aide-soignant');
  await v.locator('#diploma-0-institution').fill('IFAS du CHU de Rouen');
  await assertAccessible(v);
  await screenshot(v, 'volunteer-profile-diplomas-phone');
  await next();
  await atStep('Expérience');
  await v.getByLabel('Années d\'expérience').fill('6');
  await next();
  await atStep('Lieu et déplacements');
  await v.getByLabel('Commune de résidence').fill('76000');
  await v.getByRole('button', { name: /^Rouen/ }).click();
  await v.getByLabel('Distance maximale de déplacement (km)').fill('30');
  await next();
  await atStep('Contrats et horaires');
  await v.getByLabel('CDD court').check({ force: true });
  await v.getByLabel('Nuit').check({ force: true });
  await next();
  await atStep('Consentement et envoi');
  await v.getByLabel(/J'ai lu la/).check({ force: true });
  await v.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await v.getByText('Profil enregistré.').waitFor();
  await v.getByText('Indiquez vos disponibilités.').waitFor();
  await assertAccessible(v);
  await screenshot(v, 'volunteer-profile-phone');
  await v.locator('.fr-alert').getByRole('link', { name: 'Mes disponibilités' }).click();
  await v.getByLabel(/Je suis disponible à tout moment/).fill('30');
  await v.getByRole('button', { name: 'Enregistrer' }).click();
  await v.getByText('Disponibilités enregistrées et confirmées.').waitFor();
  await assertAccessible(v);
  await screenshot(v, 'volunteer-availability-phone');
  await v.locator('.fr-alert').getByRole('link', { name: 'Mon profil' }).click();
  await v.getByText('Votre profil est complet.').waitFor();
  await v.getByRole('button', { name: 'Soumettre à l\'ARS' }).click();
  await v.getByText(/Profil soumis/).waitFor();

  // The establishment registers; the ARS verifies it and the volunteer.
  const e = await signIn(browser, staff);
  // the main menu's link: the needs page may also point there while the staff member has no verified establishment
  await e.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes établissements' }).click();
  await e.getByLabel('Numéro FINESS').fill(validFiness());
  await e.getByLabel('Nom', { exact: true }).fill(ehpad);
  await e.getByLabel('Statut juridique').selectOption('PUBLIC');
  await e.getByLabel('Catégorie').selectOption('EHPAD');
  await e.getByLabel('Commune').fill('76000');
  await e.getByRole('button', { name: /^Rouen/ }).click();
  await e.getByRole('button', { name: 'Demander l\'inscription' }).click();
  await e.getByText('En attente de vérification par l\'ARS').waitFor();
  // Its admin completes its details afterwards: address and phone.
  await e.getByRole('button', { name: 'Modifier les informations' }).click();
  const edit = e.locator('form', { has: e.getByRole('heading', { name: 'Modifier les informations' }) });
  await edit.getByLabel('Adresse').fill('12 rue du Gros-Horloge');
  await edit.getByLabel('Téléphone').fill('02 35 12 34 56');
  await edit.getByRole('button', { name: 'Enregistrer les informations' }).click();
  await e.getByText('Informations enregistrées.').waitFor();
  await e.getByText('12 rue du Gros-Horloge — Rouen (76000) — 02 35 12 34 56').waitFor();
  await assertAccessible(e);
  await screenshot(e, 'establishment-details');

  const a = await signIn(browser, ars);
  await a.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
  await a.getByRole('link', { name: 'Vérifications' }).click();
  await a.getByRole('heading', { name: 'Vérifications' }).waitFor();
  // the queue is served oldest first, a page at a time: the operator narrows it to find a newcomer
  await a.getByLabel('Département', { exact: true }).selectOption('76');
  await a.getByLabel('Profession (volontaires)', { exact: true }).selectOption('AIDE_SOIGNANT');
  const volunteerCard = a.locator('.rr-card', { hasText: `Inès ${lastName}` });
  await volunteerCard.getByText(/Annuaire Santé/).waitFor();
  await screenshot(a, 'ars-verification-queue');
  await volunteerCard.getByRole('button', { name: 'Vérifier' }).click();
  const establishmentCard = a.locator('.rr-card', { hasText: ehpad });
  // The ARS first refuses the establishment: its admin is told why, in the inbox, and submits it again.
  const refusal = 'Numéro du standard à confirmer';
  await establishmentCard.getByLabel('Motif de refus').fill(refusal);
  await establishmentCard.getByRole('button', { name: 'Refuser' }).click();
  await establishmentCard.waitFor({ state: 'detached' });
  const staffBell = e.locator('a[href="/espace/notifications"]:visible');
  await eventually(e, async () => /non lue/.test(await staffBell.textContent()));
  await staffBell.click();
  await e.locator('.rr-card', { hasText: 'Inscription de l\'établissement non validée' }).getByRole('link', { name: 'Ouvrir' }).click();
  await e.getByText(`Motif : ${refusal} (décision de l'ARS Normandie du `).waitFor();
  await screenshot(e, 'establishment-refused');
  await e.getByRole('button', { name: 'Soumettre à nouveau à l\'ARS' }).click();
  await e.getByText(`Soumis à nouveau à l'ARS après un refus (motif : ${refusal}).`).waitFor();
  await a.reload();
  await establishmentCard.getByText(`Motif du refus précédent : ${refusal}`).waitFor();
  await establishmentCard.getByRole('button', { name: 'Vérifier' }).click();
  await establishmentCard.waitFor({ state: 'detached' });
  await assertAccessible(a);
  await screenshot(a, 'ars-verification');
  // Verified, its name, category and commune are the ARS's to correct; its admin keeps the address and phone up to date.
  await e.reload();
  await e.getByRole('button', { name: 'Modifier les informations' }).click();
  const verifiedEdit = e.locator('form', { has: e.getByRole('heading', { name: 'Modifier les informations' }) });
  await verifiedEdit.getByText(/ont été vérifiés par l'ARS avec le numéro FINESS/).waitFor();
  assert.equal(await verifiedEdit.getByLabel('Nom', { exact: true }).count(), 0);
  await verifiedEdit.getByRole('button', { name: 'Abandonner', exact: true }).click();

  // The ARS finds her in the volunteer base by name, verified.
  await a.getByRole('link', { name: 'Volontaires', exact: true }).click();
  await a.getByLabel('Nom ou prénom').fill(`ines ${lastName.toLowerCase()}`);
  await a.getByText('1 volontaire(s), les plus récemment inscrits d\'abord.').waitFor();
  const inBase = a.locator('tr', { hasText: `Inès ${lastName}` });
  await inBase.waitFor();
  assert.match(await inBase.textContent(), /Vérifié/);
  await inBase.getByRole('button', { name: `Inès ${lastName}` }).click();
  await a.getByText('06 11 22 33 44', { exact: false }).waitFor();
  await assertAccessible(a);
  await screenshot(a, 'ars-volunteers');

  // The establishment posts a need, sees the volunteer in the explained shortlist and asks for contact.
  await publishNursingAssistantNeed(e, ehpad, 4);
  await e.getByRole('button', { name: 'Modifier le besoin' }).click();
  await assertAccessible(e);
  await e.getByLabel('Indication de rémunération').fill('Grille de la fonction publique hospitalière');
  await e.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await e.getByText('Rémunération : Grille de la fonction publique hospitalière').waitFor();
  await e.getByText(/^Modifications enregistrées/).waitFor();
  const candidate = e.locator(`li[data-volunteer-id="${volunteer.id}"]`);
  await eventually(e, () => candidate.count());
  await candidate.getByText('Pourquoi ce candidat').click();
  // matching learns the need a moment after it is published: the page waits for it rather than saying it is unknown
  assert.equal(await e.getByText('Introuvable').count(), 0);
  await assertAccessible(e);
  await screenshot(e, 'establishment-shortlist');
  await candidate.getByRole('button', { name: 'Demander un contact' }).click();
  await e.getByText('Demande envoyée').first().waitFor();
  const needPage = e.url();
  // Someone else's need: its page says so, without asking matching for its candidates meanwhile.
  const matchingCalls = [];
  const countMatchingCalls = (request) => { if (request.url().includes('/api/matching/needs/')) matchingCalls.push(request.url()); };
  v.on('request', countMatchingCalls);
  await v.goto(needPage);
  await v.locator('.fr-alert--error').waitFor();
  await v.waitForTimeout(1000);
  assert.deepEqual(matchingCalls, []);
  v.off('request', countMatchingCalls);

  // The same volunteer shows up when searching the base without a need, near the establishment.
  await e.getByRole('link', { name: 'Rechercher des candidats' }).click();
  await e.getByLabel('Profession').selectOption('AIDE_SOIGNANT');
  await e.getByLabel('Type de contrat').selectOption('CDD_COURT');
  await e.getByLabel('Distance maximale en km (facultatif)').fill('10'); // both are in Rouen
  // who can come one day at least over five days, the need's among them
  await e.getByLabel('Date (facultatif)').fill(inDays(2));
  await e.getByLabel('Jusqu\'au (facultatif)').fill(inDays(6));
  await e.getByLabel('Début').fill('07:00');
  await e.getByLabel('Fin').fill('19:00');
  await e.getByRole('button', { name: 'Rechercher' }).click();
  // the best 20 first; on a stack with more data she may rank further down
  const found = e.locator(`li[data-volunteer-id="${volunteer.id}"]`);
  const listed = e.locator('ol[aria-label="Candidats trouvés"] > li');
  const more = e.getByRole('button', { name: 'Afficher 20 candidats de plus' });
  await listed.first().waitFor();
  while (await found.count() === 0 && await more.count() > 0) {
    const shown = await listed.count();
    await more.click();
    await Promise.race([listed.nth(shown).waitFor(), more.waitFor({ state: 'detached' })]);
  }
  await found.waitFor();
  await found.locator('p', { hasText: /^Disponible (chaque jour de la période \(5\)|\d jour\(s\) sur 5 : )/ }).waitFor(); // unfolded
  await assertAccessible(e);
  await screenshot(e, 'establishment-candidate-search');
  await e.goto(needPage);

  // The volunteer is told in their inbox and goes from there to the request, accepts it; the establishment
  // sees the contact details and confirms.
  const bell = v.locator('a[href="/espace/notifications"]:visible');
  await eventually(v, async () => /non lue/.test(await bell.textContent()));
  await bell.click();
  await v.getByRole('heading', { name: 'Notifications' }).waitFor();
  // the bell may count another notification (her verified profile) before this one reaches the inbox
  const requestNotice = v.locator('.rr-card', { hasText: 'souhaite vous contacter' });
  await eventually(v, () => requestNotice.count());
  await assertAccessible(v);
  await screenshot(v, 'volunteer-notifications-phone');
  await requestNotice.getByRole('link', { name: 'Ouvrir' }).click();
  const accept = v.getByRole('button', { name: 'Accepter d\'être contacté' });
  await eventually(v, () => accept.count());
  await v.getByText('Lieu : Rouen (76) — à moins d\'1 km de chez vous').waitFor();
  await accept.click();
  await v.getByText(/Acceptée/).waitFor();
  await v.getByText(/Créneaux : .*, 07:00 → 19:00$/).waitFor(); // a day's shift ends at a time, not at a repeated date
  await screenshot(v, 'volunteer-requests-phone');
  await e.reload();
  await e.getByRole('button', { name: 'Voir ses coordonnées' }).click();
  await e.getByText('06 11 22 33 44', { exact: false }).waitFor();
  await e.getByRole('button', { name: 'Confirmer la mission' }).click();
  await e.getByText('Mission confirmée').first().waitFor();
  const [sheet] = await Promise.all([e.waitForEvent('download'), e.getByRole('link', { name: 'Fiche de mission (PDF)' }).click()]);
  assert.match(sheet.suggestedFilename(), /^fiche-de-mission-.*\.pdf$/);
  // The volunteer sees the mission ahead and takes it to their own calendar, a shift an event.
  await v.reload();
  await v.getByRole('heading', { name: 'Missions à venir (1)' }).waitFor();
  const [calendar] = await Promise.all([v.waitForEvent('download'), v.getByRole('link', { name: /Télécharger mes missions pour mon agenda/ }).click()]);
  assert.equal(calendar.suggestedFilename(), 'missions-renfort-rh.ics');
  const events = readFileSync(await calendar.path(), 'utf8').replace(/\r\n /g, '');
  assert.match(events, new RegExp(`BEGIN:VEVENT[\\s\\S]*SUMMARY:Mission Renfort RH — Aide-soignant — ${ehpad}`));
  // Or subscribes their calendar app to the missions: the address works without signing in, and is shown once.
  await v.getByRole('button', { name: 'Créer mon adresse d\'abonnement' }).click();
  const address = await v.getByLabel('Adresse d\'abonnement').inputValue();
  const subscribed = await fetch(address);
  assert.equal(subscribed.status, 200);
  assert.match((await subscribed.text()).replace(/\r\n /g, ''), new RegExp(`SUMMARY:Mission Renfort RH — Aide-soignant — ${ehpad}`));
  await screenshot(v, 'volunteer-calendar-subscription-phone');
  await v.reload();
  await v.getByText(/Abonnement actif depuis le .*Dernière lecture par votre agenda/).waitFor();
  await assertAccessible(v);
  await screenshot(v, 'volunteer-missions-phone');

  // The ARS sees the need filled.
  await a.getByRole('link', { name: 'Tous les besoins' }).click();
  const row = a.locator('tr', { hasText: ehpad });
  await eventually(a, () => row.filter({ hasText: 'Pourvu' }).count());
  assert.match(await row.textContent(), /Pourvu/);
  await assertAccessible(a);
  await screenshot(a, 'ars-all-needs');

  // The ARS finds the establishment in its directory, with its team and where its needs stand.
  await a.getByRole('link', { name: 'Établissements', exact: true }).click();
  await a.getByLabel('Nom ou numéro FINESS').fill(ehpad.toLowerCase());
  await a.locator('tr', { hasText: ehpad }).getByRole('button', { name: ehpad }).click();
  await a.getByText(/^1 publié\(s\), 0 ouvert\(s\)/).waitFor();
  await a.getByText('12 rue du Gros-Horloge, Rouen (76000)').waitFor();
  await assertAccessible(a);
  await screenshot(a, 'ars-establishments');
  await a.getByRole('link', { name: 'Tableau de bord' }).click();
  await a.getByRole('img', { name: 'Tension par département' }).waitFor();
  // the map's classes follow the figures: the most strained department is in the darkest shade
  const departments = await a.getByRole('img', { name: 'Tension par département' }).locator('path').evaluateAll((paths) => paths.map((p) => ({
    tension: Number(p.querySelector('title').textContent.split(' : ')[1].split(' pour')[0].replace(/\s/g, '').replace(',', '.')),
    fill: p.getAttribute('fill'),
  })));
  const mostStrained = departments.reduce((most, next) => (next.tension > most.tension ? next : most));
  assert.ok(mostStrained.tension > 0);
  assert.equal(mostStrained.fill, '#ce614a');
  await assertAccessible(a);
  await screenshot(a, 'ars-dashboard');

  // Crisis mode: the establishment posts the same need again a week later, from the first one; the ARS plans it
  // jointly with the regional optimiser, sees the plan's value, its gap to the bound and the positions left
  // uncovered, then applies it.
  await e.goto(needPage);
  await e.getByRole('button', { name: 'Publier un besoin semblable' }).click();
  assert.equal(await e.getByLabel('Profession').inputValue(), 'AIDE_SOIGNANT');
  assert.equal(await e.getByLabel('Date').inputValue(), inDays(11));
  await e.getByRole('button', { name: 'Publier le besoin' }).click();
  await e.waitForURL((url) => url.href !== needPage && url.pathname.startsWith('/espace/besoins/'));
  await e.getByText(inDays(11).split('-').reverse().join('/')).waitFor();
  // Their list of needs, by status: the copy is the one open, the first one is filled.
  await e.getByRole('link', { name: 'Besoins' }).click();
  await e.getByLabel('Statut').selectOption('OPEN');
  await e.getByText('1 besoin(s) ouvert(s), 0 poste(s) pourvu(s) sur 1.').waitFor();
  await e.getByLabel('Statut').selectOption('FILLED');
  await e.getByText('0 besoin(s) ouvert(s), 1 poste(s) pourvu(s) sur 1.').waitFor();
  await a.getByRole('link', { name: 'Allocation régionale' }).click();
  await a.getByRole('heading', { name: 'Allocation régionale' }).waitFor();
  await a.getByLabel('Seine-Maritime (76)').check({ force: true });
  await a.getByLabel('Profession', { exact: true }).selectOption('AIDE_SOIGNANT');
  const planned = a.locator('table', { hasText: 'Premier créneau' }).locator('tr', { hasText: ehpad });
  for (let attempt = 0; attempt < 30 && !(await planned.count()); attempt++) {
    if (attempt > 0) await a.waitForTimeout(500);
    await a.getByRole('button', { name: 'Calculer le plan' }).click();
    await a.getByRole('button', { name: 'Calculer le plan' }).waitFor();
  }
  await a.locator('.rr-card', { hasText: 'Écart à la borne' }).waitFor();
  await assertAccessible(a);
  await screenshot(a, 'ars-regional-allocation');
  await a.getByRole('button', { name: 'Appliquer le plan' }).click();
  await a.getByRole('button', { name: /^Envoyer \d+ demande/ }).click();
  await a.getByText(/Plan appliqué le/).waitFor();
  await screenshot(a, 'ars-regional-allocation-applied');
  await a.getByRole('link', { name: 'Tableau de bord' }).click();

  // The ARS withdraws the volunteer's verification (struck off, say): her mission is cancelled, which she and the
  // establishment are told, and her profile comes back to her with the reason.
  await a.getByRole('link', { name: 'Volontaires', exact: true }).click();
  await a.getByLabel('Nom ou prénom').fill(`ines ${lastName.toLowerCase()}`);
  await a.getByText('1 volontaire(s), les plus récemment inscrits d\'abord.').waitFor();
  const verified = a.locator('tr', { hasText: `Inès ${lastName}` });
  await verified.getByRole('button', { name: `Inès ${lastName}` }).click();
  await a.getByRole('button', { name: 'Retirer la vérification' }).click();
  await a.locator('.fr-error-text', { hasText: 'Indiquez le motif.' }).waitFor(); // on its field
  await a.getByLabel('Motif du retrait').fill('Radiée du tableau de l\'Ordre');
  await screenshot(a, 'ars-withdraws-verification');
  await a.getByRole('button', { name: 'Retirer la vérification' }).click();
  await a.getByText('Aucun volontaire ne correspond à ces critères.').waitFor(); // no longer among the verified
  // A volunteer opened from elsewhere (the dashboard's feedback links here) shows whatever the filters.
  await a.goto(`${GATEWAY}/espace/volontaires?volontaire=${encodeURIComponent(volunteer.id)}`);
  await a.getByRole('heading', { name: `Inès ${lastName} — Refusé` }).waitFor();
  await a.getByText('Radiée du tableau de l\'Ordre', { exact: true }).waitFor();
  // every decision on her verification, newest first, with its author
  await a.getByText(/^Vérification retirée \(motif : Radiée du tableau de l'Ordre\) — .*, Anne Roux$/).waitFor();
  await a.getByText(/^Vérifié — .*, Anne Roux$/).waitFor();
  await a.getByText('Aucun retour après mission.').waitFor();
  await assertAccessible(a);
  await openPhoneMenu(v);
  await v.getByRole('link', { name: 'Demandes et missions' }).click();
  await eventually(v, () => v.getByText('Mission annulée').count());
  await v.getByText('Mission annulée').first().waitFor();
  await v.goto(`${GATEWAY}/espace/profil`);
  await v.getByText('Profil non validé par l\'ARS : corrigez-le puis soumettez-le à nouveau. Motif : Radiée du tableau de l\'Ordre').waitFor();
  await e.goto(`${GATEWAY}/espace/notifications`);
  await eventually(e, () => e.getByText(/est annulée par l'ARS Normandie/).count());
  await e.getByText(/est annulée par l'ARS Normandie\. Motif : L'ARS a retiré la vérification du profil de ce volontaire\./).first().waitFor();
  await a.getByRole('link', { name: 'Tableau de bord' }).click();

  // The ARS withdraws the establishment's verification (closed by a decision, say): its staff are told, see the reason
  // and may submit it again.
  await a.getByRole('link', { name: 'Établissements', exact: true }).click();
  await a.getByLabel('Nom ou numéro FINESS').fill(ehpad.toLowerCase());
  await a.locator('tr', { hasText: ehpad }).getByRole('button', { name: ehpad }).click();
  // the ARS corrects what it verified, here the switchboard's number
  await a.getByRole('button', { name: 'Corriger les informations' }).click();
  await a.getByLabel('Téléphone').fill('02 35 98 76 54');
  await a.getByRole('button', { name: 'Enregistrer les informations' }).click();
  await a.getByText('02 35 98 76 54', { exact: true }).waitFor();
  await a.getByText(/^Téléphone — .+, /).waitFor(); // and the correction is kept, with when and who
  await screenshot(a, 'ars-establishment-corrected');
  await a.getByLabel('Motif du retrait').fill('Activité suspendue par décision administrative');
  await a.getByRole('button', { name: 'Retirer la vérification' }).click();
  await a.getByText('Aucun établissement ne correspond à ces critères.').waitFor(); // no longer among the verified
  await e.goto(`${GATEWAY}/espace/notifications`);
  await eventually(e, () => e.getByText('L\'ARS a retiré la vérification de votre établissement').count());
  await e.getByText('L\'ARS a corrigé les informations de votre établissement').waitFor();
  await e.goto(`${GATEWAY}/espace/etablissements`);
  await e.getByText('Motif : Activité suspendue par décision administrative (décision de l\'ARS Normandie du ').waitFor();
  await e.getByRole('button', { name: 'Soumettre à nouveau à l\'ARS' }).waitFor();
  await assertAccessible(e);
  await a.getByRole('link', { name: 'Tableau de bord' }).click();

  // The ARS reads the API documentation of every service in one place.
  await a.getByRole('link', { name: /Documentation de l'API/ }).click();
  await a.locator('.swagger-ui .information-container').waitFor();
  await screenshot(a, 'ars-api-documentation');
});

/** The establishment publishes a one-day nursing assistant need, CDD court, in the given number of days. */
async function publishNursingAssistantNeed(page, establishment, days) {
  await page.getByRole('link', { name: 'Besoins' }).click();
  await page.getByLabel('Profession').selectOption('AIDE_SOIGNANT');
  await page.getByLabel('Type de contrat').selectOption('CDD_COURT');
  await page.getByLabel('Date').fill(inDays(days));
  await page.getByRole('button', { name: 'Publier le besoin' }).click();
  await page.getByRole('heading', { name: `Aide-soignant — ${establishment}` }).waitFor();
  await page.getByRole('heading', { name: 'Sollicitation progressive' }).waitFor(); // without reloading: the page waits for matching
}

/** Reloads the page until the condition holds (events take a moment to reach the other services). */
async function eventually(page, count, attempts = 30) {
  for (let attempt = 0; attempt < attempts && !(await count()); attempt++) {
    await page.waitForTimeout(500);
    await page.reload();
  }
}

/** A FINESS number in Seine-Maritime with a valid Luhn key. */
function validFiness() {
  const first = `76${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
  let sum = 0;
  [...first].reverse().forEach((c, i) => { let d = Number(c); if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } sum += d; });
  return first + ((10 - (sum % 10)) % 10);
}
