import type { BaseContext } from "@gouvtech/kit";
import type { CommunityLoaders } from "./loaders";
import type { CommunityServices } from "./services";

export interface CommunityContext extends BaseContext {
  loaders: CommunityLoaders;
  services: CommunityServices;
}
