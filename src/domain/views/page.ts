/** The page envelope every list endpoint answers with. */
import { z } from "zod";

/** Which page of how many items, without the items. */
export const PageInfoSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** A page of a list of `item`. */
export const pageOf = <T extends z.ZodType>(item: T) => PageInfoSchema.extend({ items: z.array(item) });

/** One page of a list with the total number of items. */
export type Page<T> = z.infer<typeof PageInfoSchema> & { items: T[] };
