import { ObjectType } from "type-graphql";
import { Connection } from "@gouvtech/kit";
import { Review } from "./review.entity";

@ObjectType("ReviewConnection")
export class ReviewConnection extends Connection("Review", Review) {}
