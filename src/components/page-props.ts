import type { VariantId } from '../pipeline/variants.ts';

/** Props of a part that links the page in every variant (the layout, the header, the variant switch). */
export interface PageProps {
  variant: VariantId;
  /** Path of this page, e.g. /zh-hans/articles/x/. */
  path: string;
}
