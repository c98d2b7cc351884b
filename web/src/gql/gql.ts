/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Administration {\n    referencing: solutions(first: 100, sort: RECENT, filter: { statuses: [PENDING_REVIEW] }) {\n      totalCount\n      edges {\n        node {\n          ...ReferencingRequest\n        }\n      }\n    }\n  }\n": typeof types.AdministrationDocument,
    "\n  fragment ReferencingRequest on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    updatedAt\n    supplier {\n      id\n      name\n    }\n  }\n": typeof types.ReferencingRequestFragmentDoc,
    "\n  mutation AcceptSolution($id: ID!, $reason: String) {\n    acceptSolution(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptSolutionDocument,
    "\n  mutation RejectSolution($id: ID!, $reason: String) {\n    rejectSolution(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.RejectSolutionDocument,
    "\n  fragment CompareSolution on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    licences\n    pricingModels\n    targetPublics\n    sillRecommendation\n    supplier {\n      id\n      name\n    }\n    purchasingCentrals {\n      central {\n        id\n        code\n      }\n    }\n  }\n": typeof types.CompareSolutionFragmentDoc,
    "\n  query Compare($a: ID!, $b: ID!, $c: ID, $d: ID, $withC: Boolean!, $withD: Boolean!) {\n    a: solution(id: $a) {\n      ...CompareSolution\n    }\n    b: solution(id: $b) {\n      ...CompareSolution\n    }\n    c: solution(id: $c) @include(if: $withC) {\n      ...CompareSolution\n    }\n    d: solution(id: $d) @include(if: $withD) {\n      ...CompareSolution\n    }\n  }\n": typeof types.CompareDocument,
    "\n  query Explore($first: Int!, $after: String, $filter: SolutionFilter, $search: String, $sort: SolutionSort) {\n    solutions(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {\n      totalCount\n      facets {\n        categories {\n          ...FacetValue\n        }\n        distributions {\n          ...FacetValue\n        }\n        deployments {\n          ...FacetValue\n        }\n        purchasingCentrals {\n          ...FacetValue\n        }\n        targetPublics {\n          ...FacetValue\n        }\n      }\n      edges {\n        node {\n          ...SolutionCard\n        }\n      }\n    }\n  }\n": typeof types.ExploreDocument,
    "\n  fragment FacetValue on FacetCount {\n    value\n    label\n    count\n  }\n": typeof types.FacetValueFragmentDoc,
    "\n  fragment SolutionCard on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    supplier {\n      id\n      name\n    }\n  }\n": typeof types.SolutionCardFragmentDoc,
    "\n  fragment SolutionFacts on Solution {\n    distribution\n    deployment\n    licences\n    pricingModels\n    targetPublics\n    sillRecommendation\n    publishedAt\n    supplier {\n      id\n      name\n      kind\n      website\n    }\n    categories {\n      id\n      code\n      label\n      theme {\n        id\n        label\n      }\n    }\n    purchasingCentrals {\n      reference\n      central {\n        id\n        code\n        name\n        website\n      }\n    }\n  }\n": typeof types.SolutionFactsFragmentDoc,
    "\n  query SolutionPage($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      tagline\n      description\n      website\n      status\n      isDemo\n      sillRecommendation\n      ...SolutionFacts\n    }\n  }\n": typeof types.SolutionPageDocument,
    "\n  mutation CreateSolution($input: SolutionInput!) {\n    createSolution(input: $input) {\n      id\n      slug\n      name\n      status\n      version\n    }\n  }\n": typeof types.CreateSolutionDocument,
    "\n  query SupplierSpace {\n    mySolutions(first: 100, sort: NAME) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          tagline\n          status\n          statusReason\n          version\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.SupplierSpaceDocument,
    "\n  mutation SubmitSolution($id: ID!, $expectedVersion: Int!) {\n    submitSolution(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": typeof types.SubmitSolutionDocument,
};
const documents: Documents = {
    "\n  query Administration {\n    referencing: solutions(first: 100, sort: RECENT, filter: { statuses: [PENDING_REVIEW] }) {\n      totalCount\n      edges {\n        node {\n          ...ReferencingRequest\n        }\n      }\n    }\n  }\n": types.AdministrationDocument,
    "\n  fragment ReferencingRequest on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    updatedAt\n    supplier {\n      id\n      name\n    }\n  }\n": types.ReferencingRequestFragmentDoc,
    "\n  mutation AcceptSolution($id: ID!, $reason: String) {\n    acceptSolution(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.AcceptSolutionDocument,
    "\n  mutation RejectSolution($id: ID!, $reason: String) {\n    rejectSolution(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.RejectSolutionDocument,
    "\n  fragment CompareSolution on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    licences\n    pricingModels\n    targetPublics\n    sillRecommendation\n    supplier {\n      id\n      name\n    }\n    purchasingCentrals {\n      central {\n        id\n        code\n      }\n    }\n  }\n": types.CompareSolutionFragmentDoc,
    "\n  query Compare($a: ID!, $b: ID!, $c: ID, $d: ID, $withC: Boolean!, $withD: Boolean!) {\n    a: solution(id: $a) {\n      ...CompareSolution\n    }\n    b: solution(id: $b) {\n      ...CompareSolution\n    }\n    c: solution(id: $c) @include(if: $withC) {\n      ...CompareSolution\n    }\n    d: solution(id: $d) @include(if: $withD) {\n      ...CompareSolution\n    }\n  }\n": types.CompareDocument,
    "\n  query Explore($first: Int!, $after: String, $filter: SolutionFilter, $search: String, $sort: SolutionSort) {\n    solutions(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {\n      totalCount\n      facets {\n        categories {\n          ...FacetValue\n        }\n        distributions {\n          ...FacetValue\n        }\n        deployments {\n          ...FacetValue\n        }\n        purchasingCentrals {\n          ...FacetValue\n        }\n        targetPublics {\n          ...FacetValue\n        }\n      }\n      edges {\n        node {\n          ...SolutionCard\n        }\n      }\n    }\n  }\n": types.ExploreDocument,
    "\n  fragment FacetValue on FacetCount {\n    value\n    label\n    count\n  }\n": types.FacetValueFragmentDoc,
    "\n  fragment SolutionCard on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    supplier {\n      id\n      name\n    }\n  }\n": types.SolutionCardFragmentDoc,
    "\n  fragment SolutionFacts on Solution {\n    distribution\n    deployment\n    licences\n    pricingModels\n    targetPublics\n    sillRecommendation\n    publishedAt\n    supplier {\n      id\n      name\n      kind\n      website\n    }\n    categories {\n      id\n      code\n      label\n      theme {\n        id\n        label\n      }\n    }\n    purchasingCentrals {\n      reference\n      central {\n        id\n        code\n        name\n        website\n      }\n    }\n  }\n": types.SolutionFactsFragmentDoc,
    "\n  query SolutionPage($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      tagline\n      description\n      website\n      status\n      isDemo\n      sillRecommendation\n      ...SolutionFacts\n    }\n  }\n": types.SolutionPageDocument,
    "\n  mutation CreateSolution($input: SolutionInput!) {\n    createSolution(input: $input) {\n      id\n      slug\n      name\n      status\n      version\n    }\n  }\n": types.CreateSolutionDocument,
    "\n  query SupplierSpace {\n    mySolutions(first: 100, sort: NAME) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          tagline\n          status\n          statusReason\n          version\n          updatedAt\n        }\n      }\n    }\n  }\n": types.SupplierSpaceDocument,
    "\n  mutation SubmitSolution($id: ID!, $expectedVersion: Int!) {\n    submitSolution(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": types.SubmitSolutionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Administration {\n    referencing: solutions(first: 100, sort: RECENT, filter: { statuses: [PENDING_REVIEW] }) {\n      totalCount\n      edges {\n        node {\n          ...ReferencingRequest\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Administration {\n    referencing: solutions(first: 100, sort: RECENT, filter: { statuses: [PENDING_REVIEW] }) {\n      totalCount\n      edges {\n        node {\n          ...ReferencingRequest\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferencingRequest on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    updatedAt\n    supplier {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReferencingRequest on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    updatedAt\n    supplier {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSolution($id: ID!, $reason: String) {\n    acceptSolution(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSolution($id: ID!, $reason: String) {\n    acceptSolution(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSolution($id: ID!, $reason: String) {\n    rejectSolution(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectSolution($id: ID!, $reason: String) {\n    rejectSolution(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompareSolution on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    licences\n    pricingModels\n    targetPublics\n    sillRecommendation\n    supplier {\n      id\n      name\n    }\n    purchasingCentrals {\n      central {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CompareSolution on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    licences\n    pricingModels\n    targetPublics\n    sillRecommendation\n    supplier {\n      id\n      name\n    }\n    purchasingCentrals {\n      central {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Compare($a: ID!, $b: ID!, $c: ID, $d: ID, $withC: Boolean!, $withD: Boolean!) {\n    a: solution(id: $a) {\n      ...CompareSolution\n    }\n    b: solution(id: $b) {\n      ...CompareSolution\n    }\n    c: solution(id: $c) @include(if: $withC) {\n      ...CompareSolution\n    }\n    d: solution(id: $d) @include(if: $withD) {\n      ...CompareSolution\n    }\n  }\n"): (typeof documents)["\n  query Compare($a: ID!, $b: ID!, $c: ID, $d: ID, $withC: Boolean!, $withD: Boolean!) {\n    a: solution(id: $a) {\n      ...CompareSolution\n    }\n    b: solution(id: $b) {\n      ...CompareSolution\n    }\n    c: solution(id: $c) @include(if: $withC) {\n      ...CompareSolution\n    }\n    d: solution(id: $d) @include(if: $withD) {\n      ...CompareSolution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Explore($first: Int!, $after: String, $filter: SolutionFilter, $search: String, $sort: SolutionSort) {\n    solutions(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {\n      totalCount\n      facets {\n        categories {\n          ...FacetValue\n        }\n        distributions {\n          ...FacetValue\n        }\n        deployments {\n          ...FacetValue\n        }\n        purchasingCentrals {\n          ...FacetValue\n        }\n        targetPublics {\n          ...FacetValue\n        }\n      }\n      edges {\n        node {\n          ...SolutionCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Explore($first: Int!, $after: String, $filter: SolutionFilter, $search: String, $sort: SolutionSort) {\n    solutions(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {\n      totalCount\n      facets {\n        categories {\n          ...FacetValue\n        }\n        distributions {\n          ...FacetValue\n        }\n        deployments {\n          ...FacetValue\n        }\n        purchasingCentrals {\n          ...FacetValue\n        }\n        targetPublics {\n          ...FacetValue\n        }\n      }\n      edges {\n        node {\n          ...SolutionCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacetValue on FacetCount {\n    value\n    label\n    count\n  }\n"): (typeof documents)["\n  fragment FacetValue on FacetCount {\n    value\n    label\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionCard on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    supplier {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SolutionCard on Solution {\n    id\n    slug\n    name\n    tagline\n    distribution\n    deployment\n    supplier {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SolutionFacts on Solution {\n    distribution\n    deployment\n    licences\n    pricingModels\n    targetPublics\n    sillRecommendation\n    publishedAt\n    supplier {\n      id\n      name\n      kind\n      website\n    }\n    categories {\n      id\n      code\n      label\n      theme {\n        id\n        label\n      }\n    }\n    purchasingCentrals {\n      reference\n      central {\n        id\n        code\n        name\n        website\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SolutionFacts on Solution {\n    distribution\n    deployment\n    licences\n    pricingModels\n    targetPublics\n    sillRecommendation\n    publishedAt\n    supplier {\n      id\n      name\n      kind\n      website\n    }\n    categories {\n      id\n      code\n      label\n      theme {\n        id\n        label\n      }\n    }\n    purchasingCentrals {\n      reference\n      central {\n        id\n        code\n        name\n        website\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionPage($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      tagline\n      description\n      website\n      status\n      isDemo\n      sillRecommendation\n      ...SolutionFacts\n    }\n  }\n"): (typeof documents)["\n  query SolutionPage($slug: String!) {\n    solution(slug: $slug) {\n      id\n      slug\n      name\n      tagline\n      description\n      website\n      status\n      isDemo\n      sillRecommendation\n      ...SolutionFacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSolution($input: SolutionInput!) {\n    createSolution(input: $input) {\n      id\n      slug\n      name\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSolution($input: SolutionInput!) {\n    createSolution(input: $input) {\n      id\n      slug\n      name\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierSpace {\n    mySolutions(first: 100, sort: NAME) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          tagline\n          status\n          statusReason\n          version\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierSpace {\n    mySolutions(first: 100, sort: NAME) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          tagline\n          status\n          statusReason\n          version\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSolution($id: ID!, $expectedVersion: Int!) {\n    submitSolution(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSolution($id: ID!, $expectedVersion: Int!) {\n    submitSolution(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;