/** A page of a list: which page (from 1) and how many items on it. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** One page of a list with the total number of items. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** LIMIT and OFFSET of a page request. */
export function limitOffset(page: PageRequest): { limit: number; offset: number } {
  return { limit: page.pageSize, offset: (page.page - 1) * page.pageSize };
}
