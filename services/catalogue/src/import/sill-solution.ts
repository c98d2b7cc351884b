import { demoId } from "@gouvtech/kit";
import { Distribution, Deployment, PricingModel, SillRecommendation, TargetPublic } from "../modules/solution/solution.enums";
import { checkLicences, slugify } from "../modules/solution/solution.rules";
import { categoriesOf } from "./sill-categories";
import { sillDescription, sillTagline } from "./sill-description";
import type { SillRecord } from "./sill-record";
import { normaliseLicences } from "./spdx-licences";

/** The catalogue row a SILL record becomes: the fields the importer owns. */
export interface SillSolution {
  /** Deterministic, so that every install gives a SILL record the same id. */
  id: string;
  sillId: number;
  baseSlug: string;
  name: string;
  tagline: string;
  description: string;
  distribution: Distribution;
  licences: string[];
  deployment: Deployment;
  pricingModels: PricingModel[];
  targetPublics: TargetPublic[];
  wikidataId: string | null;
  comptoirDuLibreId: number | null;
  sillRecommendation: SillRecommendation;
  /** Category codes, sorted. */
  categories: string[];
}

const RECOMMENDATION: Record<SillRecord["recommendationStatus"], SillRecommendation> = {
  recommended: SillRecommendation.RECOMMENDED,
  "in observation": SillRecommendation.IN_OBSERVATION,
  "no longer recommended": SillRecommendation.NO_LONGER_RECOMMENDED,
};

export const sillSolutionId = (sillId: number) => demoId("sill-solution", String(sillId));

/** The software a record extends: a SILL record (name and function) or a name only. */
export interface ParentSoftware {
  name: string;
  function?: string;
}

/** A record that cannot become a row, with the reason shown to whoever runs the import. */
export class SillRecordError extends Error {}

/**
 * Builds the row, with warnings for licence parts that were dropped; throws SillRecordError
 * when the licence names no valid SPDX id (the open-source-washing rule must hold).
 */
export function toSillSolution(record: SillRecord, parent: ParentSoftware | undefined): { solution: SillSolution; warnings: string[] } {
  const { ids, unknown } = normaliseLicences(record._license);
  if (ids.length === 0) {
    throw new SillRecordError(`licence « ${record._license} » sans identifiant SPDX reconnu`);
  }
  try {
    checkLicences(Distribution.OPEN_SOURCE, ids);
  } catch (err) {
    throw new SillRecordError(`licence « ${record._license} » refusée : ${(err as Error).message}`);
  }
  const warnings = unknown.map((part) => `partie de licence non reconnue et ignorée : « ${part} »`);
  const solution: SillSolution = {
    id: sillSolutionId(record._id),
    sillId: record._id,
    baseSlug: slugify(record._name),
    name: record._name.trim(),
    tagline: sillTagline(record),
    description: sillDescription(record, ids, parent?.name.trim()),
    distribution: Distribution.OPEN_SOURCE,
    licences: ids,
    deployment: Deployment.ON_PREMISE,
    pricingModels: [PricingModel.FREE],
    targetPublics: [TargetPublic.STATE, TargetPublic.LOCAL_AUTHORITY, TargetPublic.HOSPITAL, TargetPublic.PUBLIC_OPERATOR],
    wikidataId: record.wikidataId ?? null,
    comptoirDuLibreId: record.comptoirDuLibreOrgId ?? null,
    sillRecommendation: RECOMMENDATION[record.recommendationStatus],
    categories: [...categoriesOf(record, parent?.function)].sort(),
  };
  return { solution, warnings };
}
