import type { Page } from "playwright-core";

/** Signs in through the sign-in page with one of the development accounts, as a person would. */
export async function signInAs(page: Page, accountName: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByRole("button", { name: `Se connecter en tant que ${accountName}` }).click();
  await page
    .getByRole("button", { name: new RegExp(`Se déconnecter \\(${accountName.replace(/[()]/g, "\\$&")}\\)`) })
    .first()
    .waitFor();
}
