import { launch, signIn, screenshot, GATEWAY } from './support.mjs';
const browser = await launch();
const tours = {
  volontaire: ['/espace/profil', '/espace/disponibilites', '/espace/demandes', '/espace/donnees', '/espace/notifications'],
  etablissement: ['/espace/besoins', '/espace/candidats', '/espace/etablissements', '/espace/notifications'],
  ars: ['/espace/tableau-de-bord', '/espace/verifications', '/espace/volontaires', '/espace/annuaire-etablissements', '/espace/tous-les-besoins', '/espace/allocation-regionale'],
};
for (const [user, paths] of Object.entries(tours)) {
  const page = await signIn(browser, { username: user, password: 'Renfort2026!' });
  for (const path of paths) {
    await page.goto(`${GATEWAY}${path}`);
    await page.waitForTimeout(2500);
    await screenshot(page, `tour-${user}-${path.split('/').pop()}`);
  }
  await page.context().close();
}
await browser.close();
