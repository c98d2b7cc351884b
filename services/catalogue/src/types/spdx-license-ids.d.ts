declare module "spdx-license-ids" {
  const ids: string[];
  export = ids;
}
