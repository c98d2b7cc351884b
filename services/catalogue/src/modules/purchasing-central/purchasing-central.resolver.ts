import { Ctx, Query, Resolver } from "type-graphql";
import type { CatalogueContext } from "../../context";
import { PurchasingCentral } from "./purchasing-central.entity";

@Resolver(() => PurchasingCentral)
export class PurchasingCentralResolver {
  @Query(() => [PurchasingCentral], { description: "Public purchasing centrals." })
  purchasingCentrals(@Ctx() ctx: CatalogueContext): Promise<PurchasingCentral[]> {
    return ctx.services.dataSource.manager.find(PurchasingCentral, { order: { code: "ASC" } });
  }
}
