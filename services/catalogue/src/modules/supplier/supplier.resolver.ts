import { Args, Ctx, ObjectType, Query, Resolver } from "type-graphql";
import { Connection, decodeOffsetCursor, PageArgs, toPage } from "@gouvtech/kit";
import type { CatalogueContext } from "../../context";
import { Supplier } from "./supplier.entity";

@ObjectType("SupplierConnection")
export class SupplierConnection extends Connection("Supplier", Supplier) {}

@Resolver(() => Supplier)
export class SupplierResolver {
  @Query(() => SupplierConnection, { description: "Suppliers, by name." })
  async suppliers(@Args() args: PageArgs, @Ctx() ctx: CatalogueContext): Promise<SupplierConnection> {
    const offset = decodeOffsetCursor(args.after);
    const [rows, total] = await ctx.services.dataSource.manager
      .createQueryBuilder(Supplier, "s")
      .orderBy("lower(s.name)")
      .addOrderBy("s.id")
      .offset(offset)
      .limit(args.first)
      .getManyAndCount();
    return Object.assign(new SupplierConnection(), toPage(rows, offset, total));
  }
}
