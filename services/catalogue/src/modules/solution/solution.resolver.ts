import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { toPage } from "@gouvtech/kit";
import type { CatalogueContext } from "../../context";
import { Solution, ExternalIds } from "./solution.entity";
import { SolutionConnection } from "./solution.connection";
import { DecisionArgs, SolutionInput, SolutionRefArgs, SolutionsArgs, VersionedRefArgs } from "./solution.inputs";
import type { SolutionList } from "./solution.service";
import { toFacets } from "./solution.facets";
import { Supplier } from "../supplier/supplier.entity";
import { Category } from "../category/category.entity";
import { PurchasingCentralListing } from "../purchasing-central/purchasing-central.entity";

/** Connection whose total and facets are computed once, only when asked for. */
function connectionOf(list: SolutionList, ctx: CatalogueContext): SolutionConnection {
  let facets: ReturnType<typeof list.query.facets> | undefined;
  const rows = () => (facets ??= list.query.facets(ctx.services.dataSource.manager));
  const page = toPage(list.rows, list.offset, 0);
  const conn = new SolutionConnection();
  Object.assign(conn, page);
  Object.defineProperty(conn, "totalCount", { get: () => rows().then((r) => r.find((f) => f.facet === "total")?.count ?? 0) });
  Object.defineProperty(conn, "facets", { get: () => rows().then(toFacets) });
  Object.defineProperty(conn, "pageInfo", {
    get: () =>
      rows().then((r) => {
        const total = r.find((f) => f.facet === "total")?.count ?? 0;
        return { ...page.pageInfo, hasNextPage: list.offset + list.rows.length < total };
      }),
  });
  return conn;
}

@Resolver(() => Solution)
export class SolutionResolver {
  @Query(() => SolutionConnection, { description: "Published solutions (admins: any status), searchable and filterable." })
  async solutions(@Args() args: SolutionsArgs, @Ctx() ctx: CatalogueContext): Promise<SolutionConnection> {
    return connectionOf(await ctx.services.solutions.list(ctx.identity, args), ctx);
  }

  @Authorized("SUPPLIER")
  @Query(() => SolutionConnection, { description: "The solutions of the caller's supplier, any status." })
  async mySolutions(@Args() args: SolutionsArgs, @Ctx() ctx: CatalogueContext): Promise<SolutionConnection> {
    return connectionOf(await ctx.services.solutions.mine(ctx.identity, args), ctx);
  }

  @Query(() => Solution, { nullable: true, description: "One solution by id or slug; null when absent or not visible to the caller." })
  solution(@Args() ref: SolutionRefArgs, @Ctx() ctx: CatalogueContext): Promise<Solution | null> {
    return ctx.services.solutions.get(ctx.identity, ref, (id) => ctx.loaders.solutionById.load(id));
  }

  @Authorized("SUPPLIER")
  @Mutation(() => Solution, { description: "Creates a DRAFT solution for the caller's supplier." })
  createSolution(@Arg("input", () => SolutionInput) input: SolutionInput, @Ctx() ctx: CatalogueContext): Promise<Solution> {
    return ctx.services.solutions.create(ctx.identity, input);
  }

  @Authorized("SUPPLIER")
  @Mutation(() => Solution, { description: "Edits one of the caller's solutions; absent fields stay unchanged." })
  updateSolution(
    @Args() ref: VersionedRefArgs,
    @Arg("input", () => SolutionInput) input: SolutionInput,
    @Ctx() ctx: CatalogueContext,
  ): Promise<Solution> {
    return ctx.services.solutions.update(ctx.identity, ref.id, ref.expectedVersion, input);
  }

  @Authorized("SUPPLIER")
  @Mutation(() => Solution, { description: "Asks the catalogue team to reference the solution (DRAFT/REJECTED → PENDING_REVIEW)." })
  submitSolution(@Args() ref: VersionedRefArgs, @Ctx() ctx: CatalogueContext): Promise<Solution> {
    return ctx.services.solutions.submit(ctx.identity, ref.id, ref.expectedVersion);
  }

  @Authorized("ADMIN")
  @Mutation(() => Solution, { description: "Accepts a referencing request: the solution is published." })
  acceptSolution(@Args() args: DecisionArgs, @Ctx() ctx: CatalogueContext): Promise<Solution> {
    return ctx.services.solutions.decide(ctx.identity, args.id, "accept", args.reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => Solution, { description: "Rejects a referencing request, with a reason shown to the supplier." })
  rejectSolution(@Args() args: DecisionArgs, @Ctx() ctx: CatalogueContext): Promise<Solution> {
    return ctx.services.solutions.decide(ctx.identity, args.id, "reject", args.reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => Solution, { description: "Archives a solution, with a reason." })
  archiveSolution(@Args() args: DecisionArgs, @Ctx() ctx: CatalogueContext): Promise<Solution> {
    return ctx.services.solutions.decide(ctx.identity, args.id, "archive", args.reason);
  }

  @FieldResolver(() => Supplier, { nullable: true })
  supplier(@Root() s: Solution, @Ctx() ctx: CatalogueContext): Promise<Supplier | null> | null {
    return s.supplierId ? ctx.loaders.supplierById.load(s.supplierId) : null;
  }

  @FieldResolver(() => [Category], { description: "Needs (and themes) the solution answers." })
  categories(@Root() s: Solution, @Ctx() ctx: CatalogueContext): Promise<Category[]> {
    return ctx.loaders.categoriesBySolution.load(s.id);
  }

  @FieldResolver(() => [PurchasingCentralListing])
  purchasingCentrals(@Root() s: Solution, @Ctx() ctx: CatalogueContext): Promise<PurchasingCentralListing[]> {
    return ctx.loaders.listingsBySolution.load(s.id);
  }

  @FieldResolver(() => ExternalIds)
  externalIds(@Root() s: Solution): ExternalIds {
    return { sillId: s.sillId, wikidataId: s.wikidataId, comptoirDuLibreId: s.comptoirDuLibreId };
  }
}
