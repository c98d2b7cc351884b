import type { Page } from "playwright-core";

/** Signs in through the sign-in page with one of the development accounts, as a person would. */
export async function signInAs(page: Page, accountName: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByRole("button", { name: `Se connecter en tant que ${accountName}` }).click();
  await page
    .getByRole("button", { name: new RegExp(`Se déconnecter \\(${accountName.replace(/[()]/g, "\\$&")}\\)`) })
    .first()
    .waitFor();
  // The sign-in lands on a page that loads its own data: let it finish, so that a test
  // counting the requests of the next page does not count this one.
  await page.waitForLoadState("networkidle");
}
