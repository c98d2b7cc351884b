import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { CatalogueContext } from "../../context";
import { Category } from "./category.entity";

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: "The taxonomy: themes, each with its needs." })
  async categories(@Ctx() ctx: CatalogueContext): Promise<Category[]> {
    return (await ctx.loaders.allCategories()).filter((c) => c.parentId === null);
  }

  @FieldResolver(() => [Category], { description: "Needs under a theme (empty for a need)." })
  async needs(@Root() c: Category, @Ctx() ctx: CatalogueContext): Promise<Category[]> {
    return (await ctx.loaders.allCategories()).filter((n) => n.parentId === c.id);
  }

  @FieldResolver(() => Category, { nullable: true, description: "Theme of a need (null for a theme)." })
  async theme(@Root() c: Category, @Ctx() ctx: CatalogueContext): Promise<Category | null> {
    return c.parentId ? ((await ctx.loaders.allCategories()).find((t) => t.id === c.parentId) ?? null) : null;
  }
}
